/**
 * Role nouns: after "the" (optionally with modifiers: "the Russian leader", "the former secretary",
 * "the Republican nominee", "the 45-year-old") they refer back to a person; organization role nouns
 * ("the ministry", "the company") refer back to an organization; document nouns ("the statement",
 * "the letter") can "speak" for their author. Stored lowercase; plurals are generated.
 */
import { isNationality } from './nationalities';
import type { Gender } from '../types';
import { registerList, wordSet } from './registry';
import { lazy, LazyMap, LazySet, splitList } from './util';

export type RoleKind = 'person' | 'organization' | 'document';
export interface RoleInfo {
  kind: RoleKind;
  gender?: Gender;
  plural?: boolean;
}

/**
 * Words for people, grouped by field, each once: the titles that stand before a name ("President
 * Vladimir Putin", "striker Alan Shearer") and the role nouns that refer back to someone named
 * before ("the president said"). `~m` / `~f`: the word implies the bearer's gender. `:t`: only a
 * title ("Mr.", "Sen."); `:r`: only a descriptor ("the teenager", "a source"); neither: both.
 */
export const PERSON_WORDS =
  // honorifics
  'mr.~m:t|mr~m:t|mister~m:t|mrs.~f:t|mrs~f:t|ms.~f:t|ms~f:t|miss~f:t|dr.:t|dr:t|doctor|prof.:t|prof:t|' +
  'professor|sir~m:t|dame~f:t|lord~m|lady~f|madam~f:t|madame~f:t|mme~f:t|mme.~f:t|monsieur~m:t|m.~m:t|' +
  'baron~m:t|baroness~f|earl~m:t|duke~m|duchess~f|count~m:t|countess~f:t|' +
  // heads of state and government
  'president|vice president|vice-president|president-elect|prime minister|deputy prime minister|' +
  'first minister:t|premier|chancellor|vice chancellor|vice-chancellor:t|head of state|leader|' +
  'supreme leader|opposition leader|dictator|strongman|' +
  // ministers and secretaries
  'minister|deputy minister:t|foreign minister|defense minister|defence minister|finance minister|' +
  'interior minister|home minister:t|health minister:t|economy minister:t|energy minister:t|' +
  'justice minister:t|education minister:t|trade minister:t|agriculture minister:t|culture minister:t|' +
  'labour minister:t|labor minister:t|minister of state:t|chief minister:t|secretary|secretary of state|' +
  'secretary of defense:t|secretary of the treasury:t|defense secretary|defence secretary:t|' +
  'treasury secretary:t|commerce secretary:t|energy secretary:t|homeland security secretary:t|' +
  'labor secretary:t|health secretary:t|education secretary:t|foreign secretary|home secretary|' +
  'business secretary:t|chief secretary:t|press secretary|secretary-general|secretary general|' +
  'under secretary:t|undersecretary:t|assistant secretary:t|deputy secretary:t|attorney general|' +
  'attorney-general:t|deputy attorney general:t|solicitor general:t|surgeon general|chief of staff|' +
  'national security adviser|national security advisor:t|adviser|advisor|' +
  // legislators
  'senator|sen.:t|sen:t|del.:t|congressman~m|congresswoman~f|representative|rep.:t|rep:t|assemblyman~m:t|' +
  'assemblywoman~f:t|councilman~m:t|councilwoman~f:t|councillor:t|councilor:t|alderman:t|mp|mep:t|speaker|' +
  'house speaker:t|majority leader|minority leader|senate majority leader:t|senate minority leader:t|whip|' +
  'chief whip:t|lawmaker|legislator|deputy|' +
  // governors and local
  'governor|gov.:t|gov:t|lieutenant governor|lt. gov.:t|mayor|deputy mayor:t|lord mayor:t|' +
  'governor-general:t|governor general:t|' +
  // judiciary and law
  'judge|justice|chief justice:t|associate justice:t|magistrate|prosecutor|chief prosecutor:t|' +
  'public prosecutor:t|district attorney:t|atty.:t|atty. gen.:t|special counsel:t|attorney|lawyer|defense attorney:t|' +
  // military and police
  'general|gen.:t|gen:t|lieutenant general:t|lt. gen.:t|major general:t|maj. gen.:t|brigadier general:t|' +
  'brig. gen.:t|brigadier:t|colonel|col.:t|col:t|lieutenant colonel:t|lt. col.:t|lieutenant|lt.:t|lt:t|' +
  'major:t|maj.:t|captain|capt.:t|capt:t|sergeant|sgt.:t|sgt:t|staff sergeant:t|corporal:t|cpl.:t|' +
  'private:t|admiral|adm.:t|vice admiral:t|rear admiral:t|commander|cmdr.:t|cmdr:t|field marshal:t|marshal|' +
  'pvt.:t|spc.:t|cdr.:t|air marshal:t|commodore:t|ensign:t|warlord:t|chief inspector:t|inspector|insp.:t|detective|det.:t|' +
  'superintendent:t|supt.:t|constable:t|sheriff|trooper:t|agent|special agent:t|police chief:t|' +
  'fire chief:t|chief|commissioner:t|police commissioner:t|' +
  // royalty and religion
  'king~m|queen~f|prince~m|princess~f|crown prince~m|crown princess~f|emperor~m|empress~f|tsar~m|czar~m|' +
  'shah~m|emir~m|amir~m:t|sultan~m|sheikh~m|sheik~m:t|pope~m|cardinal~m|archbishop|bishop|rev.:t|rev:t|' +
  'reverend:t|the rev.:t|father~m|fr.~m:t|brother~m|sister~f|mother~f|pastor|deacon:t|monsignor~m:t|msgr.~m:t|rabbi|' +
  'imam~m|mullah~m:t|ayatollah~m|grand ayatollah~m:t|mufti~m:t|patriarch~m:t|metropolitan~m:t|cleric|' +
  'preacher:t|' +
  // business, institutions
  'chairman|chairwoman~f|chairperson|chair|vice chairman:t|vice chair:t|ceo|chief executive|' +
  'chief executive officer:t|coo:t|cfo:t|cto:t|co-founder|founder|owner|director|director-general|' +
  'director general:t|managing director:t|executive director:t|deputy director:t|administrator|executive|head|boss|' +
  'ambassador|amb.:t|envoy|special envoy:t|consul|high commissioner:t|spokesman~m|spokeswoman~f|spokesperson|' +
  'official|economist|analyst|strategist|dean:t|principal:t|' +
  // sport
  'coach|head coach|manager|assistant manager:t|skipper|striker|midfielder|defender|goalkeeper|keeper:t|' +
  'forward:t|winger:t|full-back:t|fullback:t|centre-back:t|center-back:t|quarterback:t|pitcher:t|catcher:t|' +
  'shortstop:t|outfielder:t|batsman:t|batter:t|bowler:t|jockey:t|trainer:t|referee:t|umpire:t|' +
  'world champion:t|champion|golfer:t|cyclist:t|rider:t|driver|racer:t|sprinter:t|swimmer:t|boxer:t|' +
  'fighter|wrestler:t|skier:t|skater:t|gymnast:t|runner:t|tennis player:t|player|teammate:t|compatriot:t|' +
  'countryman:t|' +
  // culture, media, professions
  'actor|actress~f|singer|rapper|songwriter:t|singer-songwriter:t|musician|guitarist:t|drummer:t|' +
  'conductor:t|composer:t|comedian|filmmaker|producer|author|writer|novelist|poet|playwright:t|artist|' +
  'painter:t|sculptor:t|photographer:t|architect:t|designer:t|model:t|journalist|reporter|correspondent|' +
  'columnist|editor|presenter|host|anchor:t|broadcaster:t|commentator|pundit|blogger|commenter|poster|influencer|historian|' +
  'scientist|researcher|physicist:t|chemist:t|biologist:t|surgeon|nurse|businessman~m|businesswoman~f|' +
  'billionaire|tycoon|magnate|mogul|entrepreneur|investor|banker|financier:t|activist|campaigner|dissident|' +
  'candidate|nominee|challenger|incumbent|veteran|survivor|witness|suspect|defendant|plaintiff|detainee|' +
  'prisoner|hostage|victim|rebel leader|militant leader:t|spy chief|intelligence chief:t|army chief|' +
  'foreign policy chief|party leader|' +
  // descriptors only: they refer back to someone ("the teenager said") but do not stand before a name
  'head of government:r|parliamentarian:r|frontrunner:r|front-runner:r|officer:r|aide:r|diplomat:r|star:r|' +
  'scholar:r|expert:r|physician:r|critic:r|opponent:r|rival:r|ally:r|protester:r|demonstrator:r|lobbyist:r|' +
  'pollster:r|monarch:r|priest~m:r|ruler:r|politician:r|regulator:r|negotiator:r|mediator:r|investigator:r|' +
  'police officer:r|policeman~m:r|policewoman~f:r|soldier:r|pilot:r|militant:r|rebel:r|gunman~m:r|' +
  'attacker:r|assailant:r|accused:r|refugee:r|migrant:r|man~m:r|woman~f:r|boy~m:r|girl~f:r|son~m:r|' +
  'daughter~f:r|husband~m:r|wife~f:r|widow~f:r|widower~m:r|grandfather~m:r|grandmother~f:r|uncle~m:r|' +
  'aunt~f:r|nephew~m:r|niece~f:r|boyfriend~m:r|girlfriend~f:r|fiance~m:r|fiancee~f:r|fiancé~m:r|' +
  'fiancée~f:r|gentleman~m:r|monk~m:r|nun~f:r|teenager:r|teen:r|child:r|student:r|teacher:r|resident:r|' +
  'neighbor:r|neighbour:r|friend:r|colleague:r|partner:r|spouse:r|relative:r|source:r|insider:r|observer:r|' +
  'voter:r|fan:r|supporter:r|worker:r|employee:r|chef:r|farmer:r|patient:r|whistleblower:r|hacker:r|spy:r|' +
  'operative:r|first lady~f:r|top diplomat:r|top general:r|top official:r|';

const ORGANIZATION =
  'ministry|company|agency|department|group|party|bank|firm|organization|organisation|committee|council|' +
  'government|campaign|administration|court|club|team|board|commission|union|alliance|bloc|coalition|militia|' +
  'army|military|navy|air force|police|network|newspaper|paper|broadcaster|channel|magazine|station|university|' +
  'school|college|hospital|charity|foundation|institute|watchdog|authority|office|embassy|consulate|' +
  'mission|parliament|legislature|assembly|senate|congress|cabinet|carrier|airline|automaker|carmaker|retailer|' +
  'lender|insurer|chipmaker|manufacturer|conglomerate|startup|start-up|giant|tech giant|exchange|fund|side|' +
  'league|federation|association|body|panel|tribunal|junta|regime|movement|outlet|publication|news agency|' +
  'service|bureau|secretariat|presidency|palace|kremlin|white house|pentagon|house|supreme court|central bank|' +
  'operator|utility|group of companies|corporation|business|brand|label|studio|publisher|think tank|' +
  'ngo|syndicate|cartel|gang|consortium|holding|subsidiary|unit|division|branch|directorate|' +
  "prosecutor's office|prosecutors' office|opposition|ruling party|security service|intelligence agency|" +
  'spy agency|militant group|rebel group|armed group|terrorist group|insurgent group|daily|tabloid|broadsheet|' +
  'weekly|website|news site|wire service';

const DOCUMENT =
  'statement|address|letter|report|message|tweet|post|communique|communiqué|declaration|decree|memo|memorandum|' +
  'document|speech|release|press release|news release|email|e-mail|op-ed|article|ruling|verdict|judgment|' +
  'judgement|filing|court filing|complaint|indictment|lawsuit|resolution|text|text message|note|notice|' +
  'announcement|bulletin|transcript|interview|editorial|column|book|memoir|essay|blog|blog post|video|' +
  'video message|video address|broadcast|petition|motion|bill|law|order|executive order|directive|guidance|' +
  'proposal|plan|agreement|treaty|accord|charter|constitution|manifesto|summary|analysis|study|survey|poll|' +
  'white paper|brief|affidavit|testimony|opinion|majority opinion|dissent|warrant|subpoena|contract|' +
  'cable|dispatch|podcast|documentary|' +
  'newsletter|guideline|guidelines|regulation|rule|dossier|assessment|' +
  'forecast|review|audit|inquiry report|findings|readout|joint statement|clip|video clip|ad|campaign ad|advert|' +
  'advertisement';

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

/** One entry of `PERSON_WORDS`, read: "spokeswoman~f" → { word: "spokeswoman", gender: "female", title: true, role: true }. */
export interface PersonWord {
  word: string;
  gender: Gender | undefined;
  /** May stand before a name ("President X"). */
  title: boolean;
  /** May refer back to someone ("the president"). */
  role: boolean;
}

export const personWords = lazy((): readonly PersonWord[] =>
  splitList(PERSON_WORDS).map((entry) => {
    const [annotated, use] = entry.split(':');
    const [word, g] = annotated.split('~');
    return { word, gender: g === 'm' ? 'male' : g === 'f' ? 'female' : undefined, title: use !== 'r', role: use !== 't' };
  }),
);
registerList('roles.person', () => personWords().map((p) => p.word));
registerList('roles.personDescriptors', () =>
  personWords()
    .filter((p) => p.role)
    .map((p) => p.word),
);
registerList('roles.organization', () => splitList(ORGANIZATION));
registerList('roles.document', () => splitList(DOCUMENT));

/** Every role noun (lowercase) → kind and gender. Person nouns include plurals ("officials", "spokesmen"). */
export const roleNouns: ReadonlyMap<string, RoleInfo> = new LazyMap(() => {
  const m = new Map<string, RoleInfo>();
  const add = (noun: string, info: RoleInfo, plurals: boolean) => {
    if (!m.has(noun)) m.set(noun, info);
    if (plurals) {
      const pl = pluralOf(noun);
      if (pl !== noun && !m.has(pl)) m.set(pl, { ...info, plural: true });
    }
  };
  for (const p of personWords()) if (p.role) add(p.word, p.gender ? { kind: 'person', gender: p.gender } : { kind: 'person' }, true);
  for (const noun of splitList(ORGANIZATION)) add(noun, { kind: 'organization' }, false);
  for (const noun of splitList(DOCUMENT)) add(noun, { kind: 'document' }, false);
  return m;
});

/** Organization descriptors: "ministry", "company", "agency", "party", "club", "team"… */
export const organizationRoleNouns: ReadonlySet<string> = new LazySet(() => splitList(ORGANIZATION));

/** Modifiers that may precede a role noun inside a descriptor ("the former Republican nominee"). */
const ROLE_MODIFIERS = wordSet(
  'roles.modifiers',
  'former|then|late|new|current|acting|interim|incoming|outgoing|deputy|top|senior|junior|chief|assistant|' +
    'associate|veteran|longtime|long-time|young|old|elderly|retired|embattled|beleaguered|ousted|jailed|exiled|' +
    'republican|democratic|democrat|labour|labor|conservative|tory|liberal|socialist|communist|green|' +
    'independent|opposition|ruling|far-right|far-left|right-wing|left-wing|populist|nationalist|centrist|' +
    'foreign|local|regional|national|federal|state|international|global|american|u.s.|us|un|u.n.|eu|nato|' +
    'party|county|city|district|white house|kremlin|pentagon|state-run|state-owned|state-controlled|' +
    'military|army|defense|defence|security|intelligence|police|justice|health|finance|foreign policy|' +
    'german-based|london-based|u.s.-based|tech|oil|energy|car|media|news|ministry|government|official|' +
    'anonymous|unnamed|two|three|several|many|some|other|another|first|second|third|last|previous|' +
    'same|latest|recent|brief|short|long|lengthy|written|joint|final|formal|public|private|' +
    'televised|emailed|e-mailed|annual|weekly|monthly|daily|nightly|detailed|leaked|secret|classified|' +
    'confidential|internal|draft|signed|unsigned|open|court|appeals|federal court|supreme court|' +
    'outspoken|controversial|popular|powerful|influential|wealthy|famous|legendary|award-winning|nobel',
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
