/**
 * Role nouns: after "the" (optionally with modifiers: "the Russian leader", "the former secretary",
 * "the Republican nominee", "the 45-year-old") they refer back to a person; organization role nouns
 * ("the ministry", "the company") refer back to an organization; document nouns ("the statement",
 * "the letter") can "speak" for their author. Stored lowercase; plurals are generated.
 */
import { isNationality } from './nationalities';
import { LazyMap, LazySet, splitList } from './util';

export type RoleKind = 'person' | 'organization' | 'document';
export interface RoleInfo {
  kind: RoleKind;
  gender?: 'male' | 'female';
  plural?: boolean;
}

/** `~m` / `~f` mark a noun that implies the person's gender. */
const PERSON =
  'leader|president|vice president|head of state|head of government|prime minister|premier|minister|' +
  'foreign minister|defense minister|defence minister|finance minister|interior minister|secretary|' +
  'secretary of state|secretary-general|secretary general|foreign secretary|home secretary|defense secretary|' +
  'press secretary|senator|congressman~m|congresswoman~f|representative|lawmaker|legislator|parliamentarian|mp|' +
  'deputy|governor|mayor|chancellor|president-elect|candidate|nominee|frontrunner|front-runner|challenger|' +
  'incumbent|spokesman~m|spokeswoman~f|spokesperson|official|officer|aide|adviser|advisor|ambassador|envoy|' +
  'diplomat|consul|general|commander|chief|director|director-general|chairman|chairwoman~f|chairperson|chair|' +
  'ceo|chief executive|executive|founder|co-founder|owner|boss|head|businessman~m|businesswoman~f|tycoon|' +
  'billionaire|magnate|mogul|entrepreneur|investor|banker|lawyer|attorney|prosecutor|judge|justice|magistrate|' +
  'coach|manager|player|star|striker|midfielder|defender|goalkeeper|captain|skipper|veteran|champion|actor|' +
  'actress~f|singer|rapper|musician|artist|author|writer|novelist|poet|filmmaker|producer|comedian|presenter|' +
  'host|journalist|reporter|correspondent|editor|columnist|analyst|economist|strategist|professor|scholar|' +
  'historian|scientist|researcher|expert|doctor|physician|surgeon|nurse|activist|campaigner|dissident|critic|' +
  'opponent|rival|ally|protester|demonstrator|lobbyist|pollster|king~m|queen~f|prince~m|princess~f|emperor~m|' +
  'empress~f|monarch|crown prince~m|pope~m|cardinal~m|archbishop|bishop|priest~m|pastor|rabbi|imam~m|' +
  'cleric|ayatollah~m|sheikh~m|emir~m|sultan~m|dictator|strongman|ruler|' +
  'politician|regulator|negotiator|mediator|inspector|investigator|detective|police officer|' +
  'policeman~m|policewoman~f|sheriff|soldier|pilot|sergeant|colonel|lieutenant|admiral|marshal|militant|rebel|' +
  'fighter|gunman~m|attacker|assailant|suspect|defendant|accused|plaintiff|witness|victim|survivor|detainee|' +
  'prisoner|hostage|refugee|migrant|man~m|woman~f|boy~m|girl~f|father~m|mother~f|son~m|daughter~f|husband~m|' +
  'wife~f|brother~m|sister~f|widow~f|widower~m|grandfather~m|grandmother~f|uncle~m|aunt~f|nephew~m|niece~f|' +
  'boyfriend~m|girlfriend~f|fiance~m|fiancee~f|fiancé~m|fiancée~f|lord~m|lady~f|duke~m|duchess~f|baroness~f|' +
  'gentleman~m|monk~m|nun~f|teenager|teen|child|student|teacher|resident|neighbor|neighbour|' +
  'friend|colleague|partner|spouse|relative|source|insider|observer|commentator|pundit|blogger|influencer|' +
  'voter|fan|supporter|worker|employee|chef|farmer|driver|patient|' +
  'whistleblower|hacker|spy|' +
  'agent|operative|' +
  'head coach|first lady~f|speaker|majority leader|' +
  'minority leader|whip|attorney general|surgeon general|chief of staff|national security adviser|' +
  'deputy prime minister|vice-president|vice chancellor|lieutenant governor|crown princess~f|tsar~m|czar~m|' +
  'shah~m|supreme leader|opposition leader|party leader|rebel leader|army chief|spy chief|' +
  'foreign policy chief|top diplomat|top general|top official';

const ORGANIZATION =
  'ministry|company|agency|department|group|party|bank|firm|organization|organisation|committee|council|' +
  'government|campaign|administration|court|club|team|board|commission|union|alliance|bloc|coalition|militia|' +
  'army|military|navy|air force|police|network|newspaper|paper|broadcaster|channel|magazine|station|university|' +
  'school|college|hospital|charity|foundation|institute|regulator|watchdog|authority|office|embassy|consulate|' +
  'mission|parliament|legislature|assembly|senate|congress|cabinet|carrier|airline|automaker|carmaker|retailer|' +
  'lender|insurer|chipmaker|manufacturer|conglomerate|startup|start-up|giant|tech giant|exchange|fund|side|' +
  'league|federation|association|body|panel|tribunal|junta|regime|movement|outlet|publication|news agency|' +
  'service|bureau|secretariat|presidency|palace|kremlin|white house|pentagon|house|supreme court|central bank|' +
  'operator|utility|producer|group of companies|corporation|business|brand|label|studio|publisher|think tank|' +
  'ngo|syndicate|cartel|gang|consortium|holding|subsidiary|unit|division|branch|directorate|' +
  "prosecutor's office|prosecutors' office|opposition|ruling party|security service|intelligence agency|" +
  'spy agency|militant group|rebel group|armed group|terrorist group|insurgent group';

const DOCUMENT =
  'statement|address|letter|report|message|tweet|post|communique|communiqué|declaration|decree|memo|memorandum|' +
  'document|speech|release|press release|news release|email|e-mail|op-ed|article|ruling|verdict|judgment|' +
  'judgement|filing|court filing|complaint|indictment|lawsuit|resolution|text|text message|note|notice|' +
  'announcement|bulletin|transcript|interview|editorial|column|book|memoir|essay|blog|blog post|video|' +
  'video message|video address|broadcast|petition|motion|bill|law|order|executive order|directive|guidance|' +
  'proposal|plan|agreement|treaty|accord|charter|constitution|manifesto|summary|analysis|study|survey|poll|' +
  'paper|white paper|brief|affidavit|testimony|opinion|majority opinion|dissent|warrant|subpoena|contract|' +
  'cable|dispatch|podcast|documentary|' +
  'newsletter|guideline|guidelines|regulation|rule|dossier|assessment|' +
  'forecast|review|audit|inquiry report|findings|readout|joint statement|';

function pluralOf(noun: string): string {
  const words = noun.split(' ');
  const of = words.indexOf('of');
  const headAt = of > 0 ? of - 1 : words.length - 1;
  const h = words[headAt];
  let p: string;
  if (/man$/.test(h) && !/(?:human|german|ottoman|shaman)$/.test(h)) p = h.slice(0, -3) + 'men';
  else if (h === 'child') p = 'children';
  else if (h === 'person') p = 'people';
  else if (h === 'wife') p = 'wives';
  else if (h === 'chief') p = 'chiefs';
  else if (/[^aeiou]y$/.test(h)) p = h.slice(0, -1) + 'ies';
  else if (/(?:s|sh|ch|x|z)$/.test(h)) p = h + 'es';
  else p = h + 's';
  words[headAt] = p;
  return words.join(' ');
}

/** Every role noun (lowercase) → kind and gender. Person nouns include plurals ("officials", "spokesmen"). */
export const roleNouns: ReadonlyMap<string, RoleInfo> = new LazyMap(() => {
  const m = new Map<string, RoleInfo>();
  const add = (data: string, kind: RoleKind, plurals: boolean) => {
    for (const raw of splitList(data)) {
      const [noun, g] = raw.split('~');
      const gender = g === 'm' ? 'male' : g === 'f' ? 'female' : undefined;
      const info: RoleInfo = gender ? { kind, gender } : { kind };
      if (!m.has(noun)) m.set(noun, info);
      if (plurals) {
        const pl = pluralOf(noun);
        if (pl !== noun && !m.has(pl)) m.set(pl, { ...info, plural: true });
      }
    }
  };
  add(PERSON, 'person', true);
  add(ORGANIZATION, 'organization', false);
  add(DOCUMENT, 'document', false);
  return m;
});

/** Person role nouns only. */
export const personRoleNouns: ReadonlySet<string> = new LazySet(() =>
  [...roleNouns].filter(([, v]) => v.kind === 'person').map(([k]) => k),
);
/** Organization descriptors: "ministry", "company", "agency", "party", "club", "team"… */
export const organizationRoleNouns: ReadonlySet<string> = new LazySet(() => splitList(ORGANIZATION));
/** Document nouns that can speak for their author: "statement", "letter", "report", "tweet"… */
export const documentNouns: ReadonlySet<string> = new LazySet(() => splitList(DOCUMENT));

/** Modifiers that may precede a role noun inside a descriptor ("the former Republican nominee"). */
const ROLE_MODIFIERS: ReadonlySet<string> = new LazySet(() =>
  splitList(
    'former|then|late|new|current|acting|interim|incoming|outgoing|deputy|top|senior|junior|chief|assistant|' +
      'associate|veteran|longtime|long-time|young|old|elderly|retired|embattled|beleaguered|ousted|jailed|exiled|' +
      'republican|democratic|democrat|labour|labor|conservative|tory|liberal|socialist|communist|green|' +
      'independent|opposition|ruling|far-right|far-left|right-wing|left-wing|populist|nationalist|centrist|' +
      'foreign|local|regional|national|federal|state|international|global|american|u.s.|us|un|u.n.|eu|nato|' +
      'party|county|city|district|white house|kremlin|pentagon|state-run|state-owned|state-controlled|' +
      'military|army|defense|defence|security|intelligence|police|justice|health|finance|foreign policy|' +
      'german-based|london-based|u.s.-based|tech|oil|energy|car|media|news|ministry|government|official|' +
      'anonymous|unnamed|two|three|several|many|some|other|another|first|second|third|last|previous|' +
      'same|latest|recent|brief|short|long|lengthy|written|joint|final|formal|official|public|private|' +
      'televised|emailed|e-mailed|annual|weekly|monthly|daily|nightly|detailed|leaked|secret|classified|' +
      'confidential|internal|draft|signed|unsigned|open|court|appeals|federal court|supreme court|' +
      'outspoken|controversial|popular|powerful|influential|wealthy|famous|legendary|award-winning|nobel',
  ),
);

const AGE = /^\d{1,3}-year-old$/;
const AGE_WITH_NOUN = /^\d{1,3}-year-old(?:s)?$/;

function isRoleModifier(w: string): boolean {
  return (
    ROLE_MODIFIERS.has(w) ||
    isNationality(w, true) ||
    /^(?:\d{1,3}-year-old|[a-z]+-based|pro-[a-z]+|anti-[a-z]+|ex-[a-z]+|then-[a-z]+)$/.test(w)
  );
}

/**
 * What a role noun or descriptor refers to: { kind: 'person' | 'organization' | 'document', gender? }.
 * Case-insensitive. Accepts the bare noun ("spokeswoman" → person, female; "ministry" → organization;
 * "statement" → document), a multi-word noun ("head of state"), modifiers before the noun
 * ("Russian leader", "former Republican nominee", "then-president"), an "of" complement ("head of the
 * union" → head) and an age ("45-year-old" → person).
 * A leading determiner ("the", "a") is ignored. Returns undefined for anything else ("the", "weather").
 */
export function roleNounInfo(s: string): RoleInfo | undefined {
  let l = s.trim().toLowerCase();
  if (!l) return undefined;
  const direct = roleNouns.get(l);
  if (direct) return direct;
  if (AGE.test(l)) return { kind: 'person' };
  if (AGE_WITH_NOUN.test(l)) return { kind: 'person', plural: true };
  let words = l.split(/\s+/);
  if (words.length > 1 && /^(?:the|a|an|this|that|these|those|his|her|its|their|our)$/.test(words[0])) {
    words = words.slice(1);
    l = words.join(' ');
    const d = roleNouns.get(l);
    if (d) return d;
  }
  if (words.length === 1) {
    if (AGE.test(l)) return { kind: 'person' };
    const m = /^(?:then|ex|former)-(.+)$/.exec(l);
    return m ? roleNouns.get(m[1]) : undefined;
  }
  // Longest role-noun suffix whose prefix is all modifiers: "russian foreign minister" → "foreign minister".
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const info = roleNouns.get(tail) ?? (AGE.test(tail) ? { kind: 'person' as const } : undefined);
    if (info && words.slice(0, i).every(isRoleModifier)) return info;
  }
  // "the head of the union", "the minister of defence", "the ministry of finance": the noun before "of".
  const of = words.indexOf('of');
  if (of > 0) return roleNounInfo(words.slice(0, of).join(' '));
  return undefined;
}
