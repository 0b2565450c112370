/**
 * Person titles and honorifics that precede a name and are NOT part of the CoNLL name span
 * ("President Vladimir Putin" → PER "Vladimir Putin"), in capitalised and lowercase news styles.
 * Also role words that news puts directly before a name ("striker Alan Shearer", "actor Tom Hanks").
 *
 * `isPersonTitle` accepts an optional run of modifiers before the title core: "former", "then-",
 * "acting", a nationality ("Russian President"), a country ("U.S. Secretary of State"), a known
 * organization ("Kremlin spokesman", "Apple CEO") or a party adjective ("Republican Sen.").
 */
import { isCountry } from './countries';
import { isNationality } from './nationalities';
import { isOrganization } from './organizations';
import { LazyMap, LazySet, splitList } from './util';

export type Gender = 'male' | 'female';

/** Titles, stored lowercase; `~m`/`~f` marks a title that implies the bearer's gender. */
const TITLES =
  // honorifics
  'mr.~m|mr~m|mister~m|mrs.~f|mrs~f|ms.~f|ms~f|miss~f|dr.|dr|doctor|prof.|prof|professor|sir~m|dame~f|' +
  'lord~m|lady~f|madam~f|madame~f|mme~f|mme.~f|monsieur~m|m.~m|' +
  'baron~m|baroness~f|earl~m|duke~m|duchess~f|count~m|countess~f|' +
  // heads of state and government
  'president|vice president|vice-president|president-elect|prime minister|' +
  'deputy prime minister|first minister|premier|chancellor|vice chancellor|' +
  'vice-chancellor|head of state|leader|supreme leader|opposition leader|dictator|strongman|' +
  // ministers and secretaries
  'minister|deputy minister|foreign minister|defense minister|defence minister|finance minister|' +
  'interior minister|home minister|health minister|economy minister|energy minister|' +
  'justice minister|education minister|trade minister|agriculture minister|culture minister|labour minister|' +
  'labor minister|' +
  'minister of state|chief minister|secretary|secretary of state|' +
  'secretary of defense|secretary of the treasury|defense secretary|defence secretary|' +
  'treasury secretary|commerce secretary|energy secretary|homeland security secretary|labor secretary|' +
  'health secretary|education secretary|' +
  'foreign secretary|home secretary|business secretary|chief secretary|press secretary|' +
  'secretary-general|secretary general|under secretary|undersecretary|' +
  'assistant secretary|deputy secretary|attorney general|attorney-general|' +
  'deputy attorney general|solicitor general|surgeon general|chief of staff|national security adviser|' +
  'national security advisor|adviser|advisor|' +
  // legislators
  'senator|sen.|sen|congressman~m|congresswoman~f|representative|rep.|rep|assemblyman~m|assemblywoman~f|' +
  'councilman~m|councilwoman~f|councillor|councilor|alderman|mp|mep|speaker|' +
  'house speaker|majority leader|minority leader|senate majority leader|senate minority leader|' +
  'whip|chief whip|lawmaker|legislator|deputy|' +
  // governors and local
  'governor|gov.|gov|lieutenant governor|lt. gov.|mayor|deputy mayor|lord mayor|governor-general|' +
  'governor general|' +
  // judiciary and law
  'judge|justice|chief justice|associate justice|magistrate|prosecutor|chief prosecutor|public prosecutor|' +
  'district attorney|special counsel|attorney|lawyer|defense attorney|' +
  // military and police
  'general|gen.|gen|lieutenant general|lt. gen.|major general|maj. gen.|brigadier general|' +
  'brig. gen.|brigadier|colonel|col.|col|lieutenant colonel|lt. col.|lieutenant|lt.|lt|major|maj.|captain|' +
  'capt.|capt|sergeant|sgt.|sgt|staff sergeant|corporal|cpl.|private|admiral|adm.|' +
  'vice admiral|rear admiral|commander|cmdr.|cmdr|field marshal|marshal|air marshal|' +
  'commodore|ensign|warlord|chief inspector|inspector|insp.|detective|det.|' +
  'superintendent|supt.|constable|sheriff|trooper|' +
  'agent|special agent|police chief|fire chief|chief|commissioner|police commissioner|' +
  // royalty and religion
  'king~m|queen~f|prince~m|princess~f|crown prince~m|crown princess~f|emperor~m|empress~f|tsar~m|czar~m|' +
  'shah~m|emir~m|amir~m|sultan~m|sheikh~m|sheik~m|pope~m|cardinal~m|' +
  'archbishop|bishop|rev.|rev|reverend|the rev.|father~m|fr.~m|brother~m|sister~f|mother~f|pastor|deacon|' +
  'monsignor~m|rabbi|imam~m|mullah~m|ayatollah~m|grand ayatollah~m|mufti~m|patriarch~m|' +
  'metropolitan~m|cleric|preacher|' +
  // business, institutions
  'chairman|chairwoman~f|chairperson|chair|vice chairman|vice chair|ceo|chief executive|' +
  'chief executive officer|coo|cfo|cto|' +
  'co-founder|founder|owner|director|director-general|director general|managing director|' +
  'executive director|deputy director|executive|head|boss|ambassador|envoy|special envoy|consul|' +
  'high commissioner|spokesman~m|spokeswoman~f|spokesperson|official|economist|analyst|' +
  'strategist|dean|principal|' +
  // sport
  'coach|head coach|manager|assistant manager|skipper|striker|midfielder|defender|goalkeeper|keeper|forward|' +
  'winger|full-back|fullback|centre-back|center-back|quarterback|' +
  'pitcher|catcher|shortstop|outfielder|batsman|batter|bowler|' +
  'jockey|trainer|referee|umpire|world champion|champion|' +
  'golfer|cyclist|rider|driver|racer|sprinter|swimmer|boxer|fighter|wrestler|skier|skater|gymnast|runner|' +
  'tennis player|player|teammate|compatriot|countryman|' +
  // culture, media, professions
  'actor|actress~f|singer|rapper|songwriter|singer-songwriter|musician|guitarist|drummer|' +
  'conductor|composer|comedian|filmmaker|producer|author|writer|novelist|poet|playwright|' +
  'artist|painter|sculptor|photographer|architect|designer|model|' +
  'journalist|reporter|correspondent|columnist|editor|presenter|host|anchor|broadcaster|' +
  'commentator|pundit|blogger|influencer|historian|scientist|researcher|physicist|chemist|biologist|' +
  'surgeon|nurse|businessman~m|businesswoman~f|billionaire|tycoon|' +
  'magnate|mogul|entrepreneur|investor|banker|financier|activist|campaigner|dissident|' +
  'candidate|nominee|challenger|incumbent|veteran|survivor|witness|suspect|defendant|plaintiff|detainee|' +
  'prisoner|hostage|victim|rebel leader|militant leader|spy chief|intelligence chief|' +
  'army chief|foreign policy chief|party leader|';

/** Modifier words that may precede a title core ("former President", "acting Prime Minister"). */
const MODIFIERS =
  'former|then|late|acting|interim|incoming|outgoing|caretaker|deputy|ex|first|new|newly elected|re-elected|' +
  'reelected|elected|current|sitting|longtime|long-time|veteran|retired|top|senior|junior|chief|assistant|' +
  'associate|principal|regional|provincial|state|federal|local|national|international|foreign|fellow|star|' +
  'legendary|disgraced|embattled|exiled|jailed|ousted|deposed|slain|murdered|assassinated|republican|' +
  'democratic|democrat|labour|labor|conservative|tory|liberal|socialist|communist|green|independent|centrist|' +
  'far-right|far-left|right-wing|left-wing|populist|nationalist|opposition|ruling|pro-kremlin|pro-western|u.s.|' +
  'us|u.n.|un|eu|nato|white house|kremlin|pentagon|state department|house|senate|world|olympic|premier league|' +
  'nba|nfl|hollywood|oscar-winning|award-winning|grammy-winning|nobel|nobel laureate|the|a|an|his|her|their|' +
  'its|our|your';

/**
 * Single-word titles that, when capitalised and standing alone, are more often the start of some other
 * name ("Major League", "Private Eye", "Chief Executive", "Star Wars") than a title: accepted lowercase
 * ("striker", "star") or after a modifier ("Brazil striker"), not bare and capitalised.
 */
const CAPITALISED_RISKY: ReadonlySet<string> = new LazySet(() =>
  splitList(
    'major|private|chief|head|chair|deputy|host|model|driver|runner|agent|keeper|seed|official|witness|victim|' +
      'champion|count|executive|principal|whip|player|rider|fighter|trainer|survivor|suspect|veteran|owner|founder|' +
      'boss|incumbent|challenger|defendant|plaintiff|detainee|prisoner|hostage|teammate|compatriot|countryman|' +
      'forward|leader|advisor|adviser|lawyer|manager|candidate|nominee|designer|artist|author|writer|editor|' +
      'producer|conductor|anchor|m.|banker|investor|activist|cleric|preacher|entrepreneur|supermodel',
  ),
);

const DOTLESS_ALLOWED = /^(?:mr|mrs|ms|dr|prof|rev|sgt|capt|col|gen|lt|maj|cmdr|adm|supt|insp|det|fr|sen|rep|gov|pte|cpl|pvt)$/;

/** Every title, lowercase ("president", "prime minister", "mr.", "gen.", "striker"), → implied gender. */
export const personTitles: ReadonlyMap<string, Gender | undefined> = new LazyMap(() => {
  const titles = new Map<string, Gender | undefined>();
  for (const raw of splitList(TITLES)) {
    const [t, g] = raw.split('~');
    const gender: Gender | undefined = g === 'm' ? 'male' : g === 'f' ? 'female' : undefined;
    if (!titles.has(t)) titles.set(t, gender);
    // dotless British style for abbreviations: "Mr", "Dr", "Lt Gen"
    if (t.indexOf('.') >= 0) {
      const dotless = t.replace(/\./g, '');
      if (dotless.split(' ').every((w) => DOTLESS_ALLOWED.test(w) || !/^[a-z]{1,4}$/.test(w) || titles.has(w))) {
        if (!titles.has(dotless)) titles.set(dotless, gender);
      }
    }
  }
  return titles;
});

const modifiers: ReadonlySet<string> = new LazySet(() => splitList(MODIFIERS));
const MAX_TITLE_WORDS = 5;

/** "then-President" → "President", "ex-minister" → "minister", "President-elect" stays (it is listed). */
function stripHyphenPrefix(w: string): string {
  const m = /^(?:then|ex|former|acting|interim)-(.+)$/i.exec(w);
  return m ? m[1] : w;
}

function isModifierWord(w: string): boolean {
  const l = w.toLowerCase();
  if (modifiers.has(l)) return true;
  if (/^(?:then|ex|former)-/i.test(w)) return true;
  if (isNationality(w) || isCountry(w) || isOrganization(w)) return true;
  if (w === w.toUpperCase() && /[A-Z]/.test(w) && (isNationality(w, true) || isCountry(w, true))) return true;
  return false;
}

/** Whether words[from..] is a (possibly multi-word) modifier run; each modifier is 1–3 words. */
function modifiersCover(words: string[], from: number, to: number): boolean {
  if (from === to) return true;
  for (let n = Math.min(3, to - from); n >= 1; n--) {
    const chunk = words.slice(from, from + n).join(' ');
    const ok = n === 1 ? isModifierWord(chunk) : modifiers.has(chunk.toLowerCase()) || isCountry(chunk) || isOrganization(chunk);
    if (ok && modifiersCover(words, from + n, to)) return true;
  }
  return false;
}

function toWords(words: string | readonly string[]): string[] {
  const arr = typeof words === 'string' ? words.trim().split(/\s+/) : words.map((w) => w.trim());
  return arr.filter((w) => w.length > 0);
}

/**
 * How many of the LAST words form a title core (1–5 words, longest match), or 0.
 * ["Russian", "Foreign", "Minister"] → 2 ("Foreign Minister"); ["the"] → 0.
 */
export function titleCoreLength(words: string | readonly string[]): number {
  const w = toWords(words);
  for (let n = Math.min(MAX_TITLE_WORDS, w.length); n >= 1; n--) {
    const core = w.slice(w.length - n);
    core[0] = stripHyphenPrefix(core[0]);
    if (personTitles.has(core.join(' ').toLowerCase())) return n;
  }
  return 0;
}

/**
 * Whether the words before a name form a title: a title core ("President", "Secretary of State",
 * "Mr.", "striker") optionally preceded by modifiers ("former", "Russian", "U.S.", "Kremlin",
 * "Republican", "then-"). Accepts a space-separated string or an array of words.
 * A determiner alone or modifiers alone are not titles: "the", "Russian", "former" → false.
 */
export function isPersonTitle(words: string | readonly string[]): boolean {
  const w = toWords(words);
  if (w.length === 0) return false;
  for (let n = Math.min(MAX_TITLE_WORDS, w.length); n >= 1; n--) {
    const core = w.slice(w.length - n);
    core[0] = stripHyphenPrefix(core[0]);
    const key = core.join(' ').toLowerCase();
    if (!personTitles.has(key)) continue;
    // "Major League", "Chief Executive": a bare capitalised risky word is not a title (after a modifier it is).
    if (n === w.length && CAPITALISED_RISKY.has(key) && core[0] !== core[0].toLowerCase()) continue;
    // A bare determiner + title ("the President") is fine; the determiner is never the whole thing.
    if (modifiersCover(w, 0, w.length - n)) return true;
  }
  return false;
}

/** The gender a title implies ("Mrs." → female, "King" → male, "President" → undefined). */
export function genderOfTitle(words: string | readonly string[]): Gender | undefined {
  const w = toWords(words);
  const n = titleCoreLength(w);
  if (n === 0) return undefined;
  const core = w.slice(w.length - n);
  core[0] = stripHyphenPrefix(core[0]);
  return personTitles.get(core.join(' ').toLowerCase());
}
