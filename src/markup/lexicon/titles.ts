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
import type { Gender } from '../types';
import { wordSet } from './registry';
import { personWords } from './roles';
import { LazyMap } from './util';

/** Modifier words that may precede a title core ("former President", "acting Prime Minister"). */
const MODIFIERS = wordSet(
  'titles.modifiers',
  'former|then|late|acting|interim|incoming|outgoing|caretaker|deputy|ex|first|new|newly elected|re-elected|' +
    'reelected|elected|current|sitting|longtime|long-time|veteran|retired|top|senior|junior|chief|assistant|' +
    'associate|principal|regional|provincial|state|federal|local|national|international|foreign|fellow|star|' +
    'legendary|disgraced|embattled|exiled|jailed|ousted|deposed|slain|murdered|assassinated|republican|' +
    'democratic|democrat|labour|labor|conservative|tory|liberal|socialist|communist|green|independent|centrist|' +
    'far-right|far-left|right-wing|left-wing|populist|nationalist|opposition|ruling|pro-kremlin|pro-western|u.s.|' +
    'us|u.n.|un|eu|nato|white house|kremlin|pentagon|state department|house|senate|world|olympic|premier league|' +
    'nba|nfl|hollywood|oscar-winning|award-winning|grammy-winning|nobel|nobel laureate|the|a|an|his|her|their|' +
    'its|our|your',
);

/**
 * Single-word titles that, when capitalised and standing alone, are more often the start of some other
 * name ("Major League", "Private Eye", "Chief Executive", "Star Wars") than a title: accepted lowercase
 * ("striker", "star") or after a modifier ("Brazil striker"), not bare and capitalised.
 */
const CAPITALISED_RISKY = wordSet(
  'titles.capitalisedRisky',
  'major|private|chief|head|chair|deputy|host|model|driver|runner|agent|keeper|seed|official|witness|victim|' +
    'champion|count|executive|principal|whip|player|rider|fighter|trainer|survivor|suspect|veteran|owner|founder|' +
    'boss|incumbent|challenger|defendant|plaintiff|detainee|prisoner|hostage|teammate|compatriot|countryman|' +
    'forward|leader|advisor|adviser|lawyer|manager|candidate|nominee|designer|artist|author|writer|editor|' +
    'producer|conductor|anchor|m.|banker|investor|activist|cleric|preacher|entrepreneur|supermodel',
);

const DOTLESS_ALLOWED = /^(?:mr|mrs|ms|dr|prof|rev|sgt|capt|col|gen|lt|maj|cmdr|adm|supt|insp|det|fr|sen|rep|gov|pte|cpl|pvt)$/;

/** Every title, lowercase ("president", "prime minister", "mr.", "gen.", "striker"), → implied gender. */
export const personTitles: ReadonlyMap<string, Gender | undefined> = new LazyMap(() => {
  const titles = new Map<string, Gender | undefined>();
  for (const { word: t, gender, title } of personWords()) {
    if (!title) continue;
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

const MAX_TITLE_WORDS = 5;

/** "then-President" → "President", "ex-minister" → "minister", "President-elect" stays (it is listed). */
function stripHyphenPrefix(w: string): string {
  const m = /^(?:then|ex|former|acting|interim)-(.+)$/i.exec(w);
  return m ? m[1] : w;
}

function isModifierWord(w: string): boolean {
  const l = w.toLowerCase();
  if (MODIFIERS.has(l)) return true;
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
    const ok = n === 1 ? isModifierWord(chunk) : MODIFIERS.has(chunk.toLowerCase()) || isCountry(chunk) || isOrganization(chunk);
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
  if (typeof words !== 'string') return isTitleWords(words);
  // The same few phrases are asked about over and over in an article: remembered (bounded).
  let known = titleAnswers.get(words);
  if (known === undefined) {
    if (titleAnswers.size > 20_000) titleAnswers.clear();
    titleAnswers.set(words, (known = isTitleWords(words)));
  }
  return known;
}

const titleAnswers = new Map<string, boolean>();

function isTitleWords(words: string | readonly string[]): boolean {
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
