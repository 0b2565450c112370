/**
 * Context cues: the words around a name that say what it names ("shares of X", "X, the oil
 * company,", "X, 45,", "X beat Y"). Each cue is data: the words, the pattern they sit in, the side of
 * the name it reads, the type it votes for and how strongly, and an example. `compileCue` turns a cue
 * into the matcher the engine runs; nothing else builds these patterns.
 *
 * Pattern notation: `{words}` stands for the cue's words; a space for one or more spaces or tabs (not
 * a line break); `_` for zero or more; anything else is regular-expression syntax. An `after` cue is
 * matched at the start of the text after the name, a `before` cue at the end of the text before it.
 */
import type { EntityType } from '../types';
import { registerList } from './registry';
import { splitList } from './util';

export interface ContextCue {
  id: string;
  description: string;
  side: 'before' | 'after';
  pattern: string;
  /** `|`-separated words or phrases; a phrase's own spaces match one space only. */
  words?: string;
  type?: EntityType;
  weight?: number;
  /** A sentence where the cue holds, the name in brackets. */
  example: string;
  caseSensitive?: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The matcher of a cue: a regular expression anchored on the name's side. */
export function compileCue(cue: ContextCue): RegExp {
  const words = cue.words ? `(?:${splitList(cue.words).map(escape).join('|')})` : '';
  const body = cue.pattern
    .replace(/ /g, '[^\\S\\n]+')
    .replace(/_/g, '[^\\S\\n]*')
    .replace('{words}', () => words);
  return new RegExp(cue.side === 'after' ? `^(?:${body})` : `(?:${body})$`, cue.caseSensitive ? 'u' : 'iu');
}

const ORG_APPOSITION_NOUNS =
  'company|firm|group|bank|maker|producer|carrier|airline|newspaper|daily|weekly|agency|consortium|conglomerate|' +
  'insurer|retailer|utility|operator|lender|brokerage|chain|subsidiary|unit|manufacturer|supplier|distributor|' +
  'publisher|broadcaster';

/**
 * Cues read right after a candidate name in its segment. Within a group the first cue that matches
 * votes and the others of the group do not (they describe alternatives of one observation).
 */
export const NAME_CONTEXT_CUES = [
  // organization appositions
  {
    id: 'org-apposition',
    description: 'An apposition after the name names a kind of organization: "X, the oil company,"',
    group: 'organization-apposition',
    side: 'after',
    pattern: ', (?:the|a|an) (?:[\\p{L}-]+ ){0,4}?{words}\\b',
    words: ORG_APPOSITION_NOUNS,
    type: 'organization',
    weight: 1.5,
    example: '[Harbour Metrics], the consultancy firm, said on Monday',
  },
  {
    id: 'press-title',
    description: 'A press word after the name: "X daily", "X newspaper", "X radio"',
    group: 'organization-apposition',
    side: 'after',
    pattern: ' {words}\\b',
    words: 'daily|newspaper|newspapers|weekly|magazine|news agency|radio|television',
    type: 'organization',
    weight: 1.5,
    example: 'the [Coastal Herald] daily reported',
  },
  {
    id: 'org-staff-after',
    description: 'Staff of an organization after the name: "X spokesperson", "X officials", "X employees"',
    group: 'organization-apposition',
    side: 'after',
    pattern: ' {words}\\b',
    words: 'spokesperson|spokesman|spokeswoman|officials|employees|executives|staffers|headquarters',
    type: 'organization',
    weight: 1,
    example: 'a [Harbour Metrics] spokesperson said',
    caseSensitive: true,
  },
  // who a one-word name is, from what follows it
  {
    id: 'person-age',
    description: 'An age after the name: "X, 45,"',
    group: 'after-name',
    side: 'after',
    pattern: ',_\\d{1,2}_,',
    type: 'person',
    weight: 1.5,
    example: '[Duran], 45, was arrested',
    caseSensitive: true,
  },
  {
    id: 'person-who',
    description: '"who" after the name: "X, who"',
    group: 'after-name',
    side: 'after',
    pattern: ',_who\\b',
    type: 'person',
    weight: 1.5,
    example: '[Okafor], who chairs the panel',
    caseSensitive: true,
  },
  {
    id: 'person-relation',
    description: 'A relative or a life event after the possessive: "X\'s wife", "X\'s lawyer", "X\'s funeral"',
    group: 'after-name',
    side: 'after',
    pattern: "['\\u2019]s {words}\\b",
    words: 'wife|husband|son|daughter|father|mother|brother|sister|family|widow|lawyer|career|death|funeral|birthday',
    type: 'person',
    weight: 1.5,
    example: "[Brandt]'s lawyer said",
    caseSensitive: true,
  },
  {
    id: 'person-verb',
    description: 'A person\'s verb after the name: "X told", "X was quoted", "X himself"',
    group: 'after-name',
    side: 'after',
    pattern: ' {words}\\b',
    words: 'told|as saying|was quoted|himself|herself',
    type: 'person',
    weight: 1.5,
    example: '[Lindqvist] told reporters',
    caseSensitive: true,
  },
  {
    id: 'said-it',
    description: 'A one-word name that says "it": "X said its profit rose"',
    group: 'after-name',
    oneWord: true,
    side: 'after',
    pattern: ' {words} (?:it|its)\\b',
    words: 'said|says|told|added',
    type: 'organization',
    weight: 1,
    example: '[Norvik] said its profit rose',
    caseSensitive: true,
  },
  {
    id: 'name-said',
    description: 'A one-word name before "said"',
    group: 'after-name',
    oneWord: true,
    side: 'after',
    pattern: ' {words}\\b',
    words: 'said|says|added',
    type: 'person',
    weight: 0.6,
    example: '[Okonjo] said the talks would resume',
    caseSensitive: true,
  },
  {
    id: 'which',
    description: '"which" after the name: "X, which"',
    group: 'after-name',
    side: 'after',
    pattern: ',_which\\b',
    type: 'organization',
    weight: 0.5,
    example: '[Norvik], which makes ferries,',
    caseSensitive: true,
  },
] as const satisfies ReadonlyArray<ContextCue & { group: string; oneWord?: true }>;

/**
 * Business context around a mention of a name nobody else typed: any one of these makes the
 * mention count for an organization (`fallback-business-context`).
 */
export const BUSINESS_CUES = [
  {
    id: 'possessive-business',
    description: 'Business words after the possessive: "X\'s shares", "X\'s chief executive"',
    side: 'after',
    pattern: "['\\u2019]s {words}\\b",
    words:
      'shares|stock|board|profits|profit|net|revenues|revenue|sales|earnings|results|shareholders|subsidiary|units|' +
      'unit|plants|plant|factory|stake|bid|offer|acquisition|merger|takeover|chief executive|chairman|management|' +
      'executives|operations|business|products|brand|headquarters',
    example: "[Norvik]'s shares fell 4 percent",
  },
  {
    id: 'shares-after',
    description: '"shares", "Inc", "plc" after the name',
    side: 'after',
    pattern: ' {words}\\b',
    words: 'shares|stock|Inc|Corp|plc|Ltd|shareholders',
    example: '[Norvik] shares fell',
  },
  {
    id: 'results-verb',
    description: 'A results verb after the name: "X posted a loss", "X reported net profit"',
    side: 'after',
    pattern: ' {words} (?:a|an|its|net|first|second|third|fourth|half|quarterly|profits?|losses?|sales|shares|\\d)\\b',
    words: 'posted|reported|announced|raised|cut|plunged|slumped|soared|rose|fell',
    example: '[Norvik] posted a loss',
  },
  {
    id: 'stake-of',
    description: '"shares of", "a stake in" before the name',
    side: 'before',
    pattern: '\\b{words} (?:of|in|for) ',
    words: 'shares|stake|stock|holding|bid|offer',
    example: 'a stake in [Norvik]',
  },
  {
    id: 'analyst-at',
    description: 'A job at the organization before the name: "an analyst at X"',
    side: 'before',
    pattern: '\\b{words} (?:at|with|of) ',
    words:
      'analysts|analyst|economists|economist|strategists|strategist|traders|trader|dealers|dealer|brokers|broker|' +
      'director|executive|officer|chairman|president',
    example: 'an analyst at [Halden Securities]',
  },
  {
    id: 'business-noun-before',
    description: 'A business noun right before the name: "software maker X"',
    side: 'before',
    pattern: '\\b{words} ',
    words:
      'company|firm|group|bank|maker|makers|giant|rival|carrier|airline|insurer|retailer|subsidiary|unit|producer|' +
      'operator|supplier|conglomerate|newspaper|daily|weekly|magazine|broadcaster|network|club|brokerage|lender|' +
      'utility|chain|consortium|consultancy|startup|start-up|platform|outlet|publisher|studio|website|app|developer|' +
      'automaker|carmaker|chipmaker|miner|exchange|airport',
    example: 'software maker [Norvik]',
  },
] as const satisfies readonly ContextCue[];

/** Where a team sits in sports prose: the verbs and roles around club and country names. */
export const TEAM_CUES = {
  before: {
    id: 'team-verb-before',
    description: 'A verb of play before the name: "beat X", "against X"',
    side: 'before',
    pattern: '(?:^|[^\\p{L}]){words} (?:the )?',
    words:
      'beat|beats|beating|defeated|defeating|against|over|v|vs|vs.|versus|lost to|losing to|loss to|defeat to|' +
      'defeat by|defeat at|drew with|draw with|draw against|tie with|tied with|host|hosts|hosted|hosting|visit|' +
      'visiting|visited|play|plays|playing|face|faces|facing|meet|meets|meeting|joined|join|joins|leave|left|' +
      'sign for|signed for|move to|moved to|transfer to',
    example: 'Plymouth beat [Exeter] 3-1',
  },
  after: {
    id: 'team-verb-after',
    description: 'A verb of play or a team word after the name: "X beat", "X coach"',
    side: 'after',
    pattern: "(?:['\\u2019]s?)? {words}\\b",
    words:
      'beat|beats|drew|draw|defeated|edged|crushed|thrashed|routed|hammered|lost|won|win|lead|leads|trail|trails|' +
      'trailed|top|tops|topped|hosts|visit|visits|play|plays|meet|meets|face|faces|clinched|retained|batted|' +
      'bowled|declared|overcame|trounced|whipped|downed|blanked|swept|rallied|scored|are|were|have|had|need|' +
      'needed|v|vs|vs.|versus|captain|coach|manager|striker|midfielder|defender|goalkeeper|forward|pitcher|' +
      'outfielder|batsman|bowler|player|players|side|fans|team|all-rounder|skipper|opener|spinner|wicketkeeper|' +
      'keeper|winger|full-back|fly-half|scrum-half|flanker|quarterback|catcher|shortstop|infielder|reliever|' +
      'rookie|squad|supporters|debut',
    example: '[Lancashire] beat Sussex by eight wickets',
  },
  playerRole: {
    id: 'team-player-role',
    description: 'A player\'s role after a one-word name: "the Chelsea defender"',
    side: 'after',
    pattern: ' {words}\\b',
    words:
      'captain|coach|manager|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|fly-half|scrum-half|' +
      'flanker|hooker|prop|lock|pitcher|outfielder|quarterback|batsman|bowler|all-rounder|skipper|opener|' +
      'spinner|wicketkeeper|chairman|supporters|fans',
    example: 'the [Chelsea] defender',
    caseSensitive: true,
  },
  locative: {
    id: 'locative-before',
    description: 'A place word before the name: "in X", "at X"',
    side: 'before',
    pattern: '(?:(?:^|[^\\p{L}]){words} (?:the )?|\\(at )',
    words: 'in|at|near|from|to|of|outside',
    example: 'the teams meet again in [Exeter]',
  },
} as const satisfies Record<string, ContextCue>;

for (const cue of [...NAME_CONTEXT_CUES, ...BUSINESS_CUES, ...Object.values(TEAM_CUES)] as ContextCue[]) {
  if (cue.words) registerList(`contextCues.${cue.id}`, () => splitList(cue.words!));
}
