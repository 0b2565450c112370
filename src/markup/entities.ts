/**
 * Document-level entity reasoning, cheap and run on every pass: group the name candidates of all
 * segments into entities (one entity for all its names), link acronyms to their expansions, give
 * surnames to the person they belong to, settle each entity's type from all its mentions' votes,
 * and accept names in ALL-CAPS headlines only when the article or a lexicon knows them.
 */
import * as lex from './lexicon';
import type { Candidate, Token, Votes } from './segment';
import type { Dateline, Entity, EntityType, Mention } from './types';

/** A candidate placed in the document: absolute offsets, global token indexes. */
export type DocCandidate = Candidate;

interface Group {
  key: string;
  mentions: Array<{ start: number; end: number; text: string; weak: boolean }>;
  votes: Votes;
  names: Set<string>;
  /** Full names from a lexicon or an expansion: preferred as the canonical name. */
  canonical: string | null;
  titled: boolean;
  forced: EntityType | null;
}

// Names repeat across an article and across passes: their keys are remembered (bounded).
const keys = new Map<string, string>();
const keyOf = (name: string) => {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = name
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/\./g, '')
      .replace(/\s+/g, ' ');
    keys.set(name, key);
  }
  return key;
};
const words = (name: string) => name.split(/\s+/);

export interface EntityResult {
  entities: Entity[];
  /** Entity id of the name mention starting at an offset. */
  byStart: Map<number, string>;
  /** Titles seen right before a person's name ("president", "foreign minister"), by entity id. */
  titles: Map<string, Set<string>>;
}

export function buildEntities(
  text: string,
  tokens: Token[],
  candidates: DocCandidate[],
  dateline: Dateline | null,
  headlineTokens: number[][],
): EntityResult {
  const groups = new Map<string, Group>();
  const alias = new Map<string, string>(); // key of an alias -> key of the group it names
  const group = (key: string): Group => {
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          key,
          mentions: [],
          votes: { person: 0, organization: 0, place: 0 },
          names: new Set(),
          canonical: null,
          titled: false,
          forced: null,
        }),
      );
    return g;
  };
  const resolve = (key: string) => {
    for (let i = 0; i < 5 && alias.has(key); i++) key = alias.get(key)!;
    return key;
  };

  // Acronyms defined in the text: "Shanghai Cooperation Organization (SCO)", "CSTO’s [Collective Security Treaty Organization]".
  // The expansion is read from the raw text, since a long name's words need not form one candidate.
  const expansions: Array<{ start: number; end: number; text: string; votes: Votes; title: null; weak: false }> = [];
  const expansionStarts = new Set<number>();
  for (const c of candidates) {
    if (c.weak || !/^[\p{Lu}.&]+$/u.test(c.text)) continue;
    const expansion = expansionAround(text, c);
    if (!expansion) continue;
    alias.set(keyOf(c.text), keyOf(expansion.text));
    if (!expansionStarts.has(expansion.start) && expansionStarts.add(expansion.start))
      expansions.push({ ...expansion, votes: expansionVotes(expansion.text), title: null, weak: false });
  }
  // Expansions do not overlap one another: sorted by start, the one that could cover a candidate is found by bisection.
  expansions.sort((a, b) => a.start - b.start);
  const covered = (c: { start: number; end: number }) => {
    let lo = 0,
      hi = expansions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (expansions[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && expansions[lo - 1].end > c.start;
  };
  const strong = [...candidates.filter((c) => !c.weak && !covered(c)), ...expansions].sort((a, b) => a.start - b.start);
  for (const c of strong) addMention(c);

  function addMention(c: { start: number; end: number; text: string; votes: Votes; title: string | null; weak: boolean }) {
    let key = resolve(keyOf(c.text));
    const expansion = lex.orgForAcronym(c.text);
    if (!groups.has(key) && !alias.has(keyOf(c.text)) && expansion) {
      alias.set(key, keyOf(expansion));
      key = resolve(key);
      group(key).canonical ??= expansion;
    }
    const g = group(key);
    g.mentions.push({ start: c.start, end: c.end, text: c.text, weak: c.weak });
    g.names.add(c.text);
    g.votes.person += c.votes.person;
    g.votes.organization += c.votes.organization;
    g.votes.place += c.votes.place;
    if (c.title) g.titled = true;
  }

  const sports = isSportsText(text);
  // Clause-initial lone words ("Sato: …", "Putin said"): names only if the article uses them elsewhere.
  const knownWords = new Set<string>();
  for (const g of groups.values()) for (const n of g.names) for (const w of words(n)) knownWords.add(keyOf(w));
  for (const c of candidates) {
    if (!c.weak) continue;
    const key = resolve(keyOf(c.text));
    if (groups.has(key) || knownWords.has(key) || isLexical(c.text)) addMention(c);
    // A club opening a results line or a standings row: "Pohang 3 Ulsan 2", "Ayr 3 1 2 0 8 2 5".
    else if (sports && teamContext(text, c, false) === 'table') addMention({ ...c, votes: { person: 0, organization: 1, place: 0 } });
  }
  // Club nicknames in sports copy: "the Pirates", "the Braves".
  if (sports) {
    for (const c of candidates) {
      if (c.weak || !/^\p{Lu}\p{Ll}+s$/u.test(c.text) || !/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) continue;
      if (isLexical(c.text) || lex.isNationality(c.text) || lex.isNationality(c.text.slice(0, -1))) continue;
      const g = groups.get(resolve(keyOf(c.text)));
      if (g) g.votes.organization += 2;
    }
  }

  // The dateline's place and agency.
  if (dateline?.place) {
    const g = group(resolve(keyOf(dateline.place.text)));
    g.mentions.push({ ...dateline.place, weak: false });
    g.forced = 'place';
  }
  // A dateline under a headline ("HEADLINE.\nLANDGRAAF, Netherlands 1996-08-31"): the frame reads only the first line.
  if (!dateline) {
    for (const d of datelinePlaces(text)) {
      const g = group(resolve(keyOf(d.text)));
      g.mentions.push({ ...d, weak: false });
      g.names.add(d.text);
      if (!isLexical(d.text, true) || lex.isPlace(d.text, true) || lex.isCountry(d.text, true)) g.forced = 'place';
      else g.votes.place += 3;
    }
  }
  if (dateline?.agency) {
    const g = group(resolve(keyOf(dateline.agency.text)));
    g.mentions.push({ ...dateline.agency, weak: false });
    g.names.add(dateline.agency.text);
    g.forced = 'organization';
  }

  // Names in ALL-CAPS headlines: the longest run of words the article or a lexicon knows; a person's surname alone too ("HENKE TAKES LEAD").
  const surnameOf = new Set<string>();
  for (const g of groups.values()) {
    if (!isPersonish(g)) continue;
    for (const n of g.names) {
      const w = words(n);
      if (w.length > 1 && /^\p{Lu}\p{Ll}/u.test(w[w.length - 1])) surnameOf.add(keyOf(w[w.length - 1]));
    }
  }
  for (const line of headlineTokens) {
    let from = 0;
    // A standings row in capitals: "NY RANGERS 10 8 2 22", "NEW YORK 74 59 .556 -": the leading name is a team.
    if (sports && line.length > 3) {
      const lineStart = tokens[line[0]].start;
      const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
      const row = /^((?:[A-Z][A-Z.'&-]*[ ]){0,3}[A-Z][A-Z.'&-]*)[ ]+(?:-?\d+|\.\d+)(?:[ ]+(?:-?\d+|\.\d+|\d+\/\d+|-)){2,}[ ]*$/.exec(
        text.slice(lineStart, lineEnd).replace(/\r$/, ''),
      );
      if (row && !lex.isNationality(row[1], true) && !lex.isCountry(row[1], true)) {
        const end = lineStart + row[1].length;
        addMention({ start: lineStart, end, text: row[1], votes: { person: 0, organization: 3, place: 0 }, title: null, weak: false });
        while (from < line.length && tokens[line[from]].start < end) from++;
      }
    }
    for (let i = from; i < line.length;) {
      let matched = 0;
      for (let n = Math.min(4, line.length - i); n >= 1 && !matched; n--) {
        const first = tokens[line[i]],
          last = tokens[line[i + n - 1]];
        if (n > 1 && line.slice(i, i + n - 1).some((t) => /[^\s]/.test(tokens[t].post))) continue;
        const name = text.slice(first.start, last.end);
        const key = resolve(keyOf(name));
        const known = groups.has(key) && groups.get(key)!.mentions.some((m) => !m.weak);
        const surname = n === 1 && surnameOf.has(key) && !lex.sentenceStarters.has(titleCase(name));
        if (known || surname || isLexical(name, true)) {
          const votes = lexicalVotes(name, true);
          if (surname && !known) votes.person += 1;
          addMention({ start: first.start, end: last.end, text: name, votes, title: null, weak: true });
          matched = n;
        }
      }
      i += matched || 1;
    }
  }

  // Surnames and first-name-less short forms join the person whose full name ends with them.
  const people = [...groups.values()].filter((g) => isPersonish(g) && [...g.names].some((n) => words(n).length > 1));
  const lastNames = new Map<string, Group[]>();
  const surnames = new Set<string>();
  for (const g of people) {
    for (const n of g.names) {
      const w = words(n);
      if (w.length > 1) {
        // Surnames, and given names too ("Hillary"; "Mr. Li" for Li Wei, family name first).
        surnames.add(keyOf(w[w.length - 1]));
        for (const k of [keyOf(w[w.length - 1]), keyOf(w[0])]) {
          const list = lastNames.get(k) ?? [];
          if (!list.includes(g)) list.push(g);
          lastNames.set(k, list);
        }
      }
    }
  }
  for (const g of [...groups.values()]) {
    if ([...g.names].some((n) => words(n).length > 1) || g.forced) continue;
    // A country or a known organization is not someone's given name: "U.S." in "U.S. Roman Catholic" (a surname may be: "Jordan").
    if (!surnames.has(g.key) && [...g.names].some((n) => isLexical(n)) && g.votes.place + g.votes.organization > g.votes.person) continue;
    const owners = lastNames.get(g.key);
    if (!owners?.length) continue;
    // With two people of the same surname, each short mention goes to the one named last before it.
    for (const m of g.mentions) {
      const owner = owners.length === 1 ? owners[0] : (nearestBefore(owners, m.start) ?? owners[0]);
      owner.mentions.push(m);
    }
    for (const owner of owners) owner.votes.person += 1;
    groups.delete(g.key);
  }

  // Sports results: a city or county that plays ("Leicestershire beat Somerset", "Chicago 4 Houston 3") is a team.
  if (sports) {
    // Cricket scorecards: "c Healy b Warne", "lbw b Akram", "Did not bat: Vaas, Dharmasena".
    for (const g of groups.values()) {
      if (g.forced || [...g.names].some((n) => isLexical(n))) continue;
      if (
        g.mentions.some(
          (m) =>
            /(?:^|[\s(])(?:c|b|st|lbw b|c and b|run out \()[^\S\n]+$/.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
            /^(?:Did not bat|Yet to bat|To bat|Dismissed)[^\S\n]*:/im.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start)),
        )
      )
        g.votes.person += 1;
    }
    markTeams(text, groups, group);
  }

  listedPeople(text, groups);

  const entities: Entity[] = [];
  const titles = new Map<string, Set<string>>();
  const ordered = [...groups.values()].filter((g) => g.mentions.length).sort((a, b) => firstStart(a) - firstStart(b));
  for (const g of ordered) {
    const type = decideType(g) ?? fallbackType(g, text);
    if (!type) continue;
    // "New York-based", "U.S.-led", "pro-Moscow": a name inside a hyphenated word is not a mention of its own (it still voted).
    const mentions: Mention[] = dedupe(g.mentions)
      .filter((m) => !inCompound(text, m))
      .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: 'name' as const }));
    if (!mentions.length) continue;
    const names = [...new Set(mentions.map((m) => m.text))];
    const name = g.canonical ?? pickName(names);
    // A person's short forms ("Putin", "Mr. Li" for Li Wei) are implied by the name, not aliases.
    const nameWords = new Set(words(keyOf(name)));
    const aliases = names.filter((n) => keyOf(n) !== keyOf(name) && !(type === 'person' && words(keyOf(n)).every((w) => nameWords.has(w))));
    const uniqueAliases = [...new Map(aliases.map((a) => [keyOf(a), a])).values()].filter(
      (a) => !(type !== 'person' && a.toUpperCase() === name.toUpperCase()),
    );
    entities.push({ id: '', type, name, aliases: uniqueAliases, mentions });
  }
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  const byStart = new Map<number, string>();
  for (const e of entities) for (const m of e.mentions) byStart.set(m.start, e.id);
  for (const c of candidates) {
    const id = byStart.get(c.start);
    if (id && c.title) (titles.get(id) ?? titles.set(id, new Set()).get(id)!).add(c.title);
  }
  return { entities, byStart, titles };
}

const SPORTS_HEADLINE =
  /^[^\S\n]*(?:SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|TENNIS|GOLF|RUGBY(?: UNION| LEAGUE)?|(?:ICE )?HOCKEY|NHL|NBA|NFL|MLB|ATHLETICS|CYCLING|BOXING|SQUASH|MOTOR ?RACING|MOTORCYCLING|FORMULA ONE|HORSE RACING|SWIMMING|VOLLEYBALL|HANDBALL|SKIING|ROWING|BADMINTON|SPORTS?)\b/m;
/** A results line: "Chicago 4 Houston 3", "Alba (Germany) 75 Red Star (Yugoslavia) 70 (halftime 42-41)". */
const RESULT_LINE =
  /^[^\S\n]*\p{Lu}[^\d\n()]*?(?:[^\S\n]\([^)\n]*\))?[^\S\n]+\d{1,3}[^\S\n]+\p{Lu}[^\d\n()]*?(?:[^\S\n]\([^)\n]*\))?[^\S\n]+\d{1,3}[^\S\n]*(?:\([^)\n]*\))?[^\S\n]*$/gmu;

/** Sports copy: a sports slug in the headline, or results lines. */
function isSportsText(text: string): boolean {
  if (SPORTS_HEADLINE.test(text.slice(0, 300))) return true;
  RESULT_LINE.lastIndex = 0;
  let n = 0;
  while (RESULT_LINE.exec(text) && ++n < 2);
  return n >= 2;
}

const TEAM_BEFORE =
  /(?:^|[^\p{L}])(?:beat|beats|beating|defeated|defeating|against|over|v|vs\.?|versus|lost to|losing to|loss to|defeat to|defeat by|defeat at|drew with|draw with|draw against|tie with|tied with|host|hosts|hosted|hosting|visit|visiting|visited|play|plays|playing|face|faces|facing|meet|meets|meeting|joined|join|joins|leave|left|sign for|signed for|move to|moved to|transfer to)[^\S\n]+(?:the[^\S\n]+)?$/iu;
const TEAM_AFTER =
  /^(?:['\u2019]s?)?[^\S\n]+(?:beat|beats|drew|draw|defeated|edged|crushed|thrashed|routed|hammered|lost|won|win|lead|leads|trail|trails|trailed|top|tops|topped|hosts|visit|visits|play|plays|meet|meets|face|faces|clinched|retained|batted|bowled|declared|overcame|trounced|whipped|downed|blanked|swept|rallied|scored|are|were|have|had|need|needed|v|vs\.?|versus|captain|coach|manager|striker|midfielder|defender|goalkeeper|forward|pitcher|outfielder|batsman|bowler|player|players|side|fans|team|all-rounder|skipper|opener|spinner|wicketkeeper|keeper|winger|full-back|fly-half|scrum-half|flanker|quarterback|catcher|shortstop|infielder|reliever|rookie|squad|supporters|debut)\b/iu;
const TEAM_ROLE_AFTER =
  /^[^\S\n]+(?:captain|coach|manager|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|fly-half|scrum-half|flanker|hooker|prop|lock|pitcher|outfielder|quarterback|batsman|bowler|all-rounder|skipper|opener|spinner|wicketkeeper|chairman|supporters|fans)\b/u;
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|from|to|of|outside)[^\S\n]+(?:the[^\S\n]+)?$|\(at[^\S\n]+$/iu;

/** Whether a mention sits where a team does: a results line, a standings row, a fixture, the subject or object of "beat". */
function teamContext(text: string, m: { start: number; end: number; text: string }, personLike: boolean): 'table' | 'prose' | null {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  let lineEnd = text.indexOf('\n', m.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(lineEnd, m.end + 120));
  const whole = m.start - lineStart <= 60 && lineEnd - m.end <= 120;
  if (whole && !personLike) {
    const line = text.slice(lineStart, lineEnd);
    RESULT_LINE.lastIndex = 0;
    if (RESULT_LINE.test(line) && !/\d[^\S\n]*-[^\S\n]*\d/.test(line.replace(/\([^)]*\)/g, ''))) return 'table';
    // Standings: "Greenock Morton 3 2 0 1 5 2 6", "BOSTON 69 65 .515 5 1/2".
    if (/^[^\S\n]*$/.test(before) && /^(?:[^\S\n]+(?:\d+|\.\d+|\d+\/\d+|-)){3,}[^\S\n]*$/.test(after)) return 'table';
  }
  // "the Chelsea defender", "All Black hooker": a one-word name before a player's role is a team even if it is also a given name.
  if (!personLike && !m.text.includes(' ') && TEAM_ROLE_AFTER.test(after)) return 'table';
  if (!personLike && (TEAM_BEFORE.test(before) || TEAM_AFTER.test(after))) return 'prose';
  // Scoreboards: "Glamorgan 259 and 207 (A. Dale 69)", "Kent 108-3."
  if (!personLike && /^[^\S\n]+\d{2,3}(?:-\d{1,2})?(?:[^\S\n]+and[^\S\n]+\d|[^\S\n]*[(,.;]|[^\S\n]*$)/.test(after)) return 'prose';
  // "Birmingham's Gary Breen": a player of the team.
  const player = /^['\u2019]s[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+\p{Lu}/u.exec(after);
  if (!personLike && player && lex.genderOfFirstName(player[1])) return 'prose';
  return null;
}

const GENERIC_CLUB_LEADS = new Set([
  'Club',
  'Royal',
  'Young',
  'Standard',
  'US',
  'AS',
  'SC',
  'FC',
  'AC',
  'SV',
  'SS',
  'CD',
  'CF',
  'UD',
  'SD',
  'AFC',
  'Austria',
  'Santos',
  'River',
  'Nacional',
  'Willem',
  'Rapid',
  'Racing',
  'Sporting',
]);
/** A team nickname ("Yankees", "Chicago White Sox") or a club name ("Dynamo Moscow", "Real", "Partizan"). */
function isClubName(name: string): boolean {
  const w = words(name);
  for (let k = 0; k < w.length; k++)
    if (lex.isTeamNickname(w.slice(k).join(' '))) return k === 0 || !lex.isPersonTitle(w.slice(0, k).join(' '));
  if (!lex.isClubLeadWord(w[0])) return false;
  return w.length > 1
    ? (!lex.isCountry(name) && !lex.isOrgHeadWord(w[w.length - 1])) || /^(?:FC|SC|SV|AC|CF)$/.test(w[w.length - 1])
    : !GENERIC_CLUB_LEADS.has(w[0]);
}

function markTeams(text: string, groups: Map<string, Group>, group: (key: string) => Group): void {
  const teams = new Set<Group>();
  const placeish = (g: Group) => g.votes.place > 0 && g.votes.place >= g.votes.person;
  const makeTeam = (g: Group, team: Array<{ start: number; end: number; text: string; weak: boolean }>) => {
    // A dateline's place stays a place; its team mentions become a team of their own ("NEW YORK 1996-08-30" … "New York 4 Boston 3").
    if (g.forced === 'place') {
      const tg = group(`${g.key}\u0000team`);
      tg.mentions.push(...team);
      tg.names = new Set(team.map((m) => m.text));
      tg.forced = 'organization';
      g.mentions = g.mentions.filter((m) => !team.includes(m));
      teams.add(tg);
      return;
    }
    // A place stays a place where the text goes to it: "at Headingley", "in Chicago".
    const locative = placeish(g)
      ? g.mentions.filter((m) => !team.includes(m) && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))
      : [];
    if (locative.length) {
      const pg = group(`${g.key}\u0000place`);
      pg.mentions.push(...locative);
      pg.names = new Set(locative.map((m) => m.text));
      pg.forced = 'place';
      g.mentions = g.mentions.filter((m) => !locative.includes(m));
    }
    g.forced = 'organization';
    teams.add(g);
  };
  const countryLike = new Map<Group, boolean>();
  const isCountryLike = (g: Group) => {
    let v = countryLike.get(g);
    if (v === undefined) countryLike.set(g, (v = [...g.names].some((n) => lex.isCountry(n, true) || lex.isNationality(n, true))));
    return v;
  };
  const eligible = (g: Group) => (!g.forced || (g.forced === 'place' && !g.key.includes('\u0000'))) && !g.titled && !isCountryLike(g);
  for (const g of [...groups.values()]) {
    if (!eligible(g)) continue;
    const names = [...g.names];
    const personLike = names.some((n) => {
      const w = words(n);
      return w.length > 1 && (!!lex.genderOfFirstName(w[0]) || /^\p{Lu}\.$/u.test(w[0]));
    });
    // Nicknames and club names: "the Yankees", "Chicago White Sox", "Dynamo Moscow", "Real".
    if (!personLike && !g.forced && names.some((n) => isClubName(n))) {
      makeTeam(g, g.mentions);
      continue;
    }
    const contexts = g.mentions.map((m) => teamContext(text, m, personLike));
    // Prose cues ("X beat Y") only turn places and organizations into teams: people beat people too.
    if (!contexts.includes('table') && !(contexts.includes('prose') && (placeish(g) || g.forced || g.votes.organization > g.votes.person)))
      continue;
    makeTeam(
      g,
      g.mentions.filter((_, i) => contexts[i]),
    );
  }
  // Places listed with teams are teams: "title rivals Essex, Derbyshire and Surrey".
  const all = [...groups.values()].flatMap((g) => g.mentions.map((m) => ({ m, g }))).sort((a, b) => a.m.start - b.m.start);
  const listed = (a: { end: number }, b: { start: number }) =>
    /^(?:,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+|,[^\S\n]*(?:and|or)[^\S\n]+)$/.test(text.slice(a.end, b.start));
  if (!teams.size) return;
  const pending: number[] = [];
  for (let i = 0; i < all.length; i++) if (!teams.has(all[i].g) && placeish(all[i].g) && eligible(all[i].g)) pending.push(i);
  for (let changed = true, rounds = 0; changed && rounds < 3; rounds++) {
    changed = false;
    for (const i of pending) {
      const { m, g } = all[i];
      if (teams.has(g) || !eligible(g)) continue;
      const prev = all[i - 1],
        next = all[i + 1];
      if ((prev && teams.has(prev.g) && listed(prev.m, m)) || (next && teams.has(next.g) && listed(m, next.m))) {
        makeTeam(g, [m]);
        changed = true;
      }
    }
  }
}

const DATELINE_LINE =
  /^([A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+){0,3})(?:,[ ]+([A-Z][A-Za-z.'-]+(?:[ ][A-Z][a-z.]+){0,2}))?[ ]+(?:\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2})[ ]*$/;

/** Place (and region) of a dateline on one of the first three lines: "LONDON 1996-08-30", "IRVINE, Calif 1996-08-30". */
function datelinePlaces(text: string): Array<{ start: number; end: number; text: string }> {
  let at = 0;
  for (let line = 0; line < 3 && at < text.length; line++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const m = DATELINE_LINE.exec(text.slice(at, end).replace(/\r$/, ''));
    if (m) {
      const out = [{ start: at, end: at + m[1].length, text: m[1] }];
      if (m[2]) {
        const rs = at + m[0].indexOf(m[2], m[1].length);
        const region = m[2].replace(/\.$/, '');
        out.push({ start: rs, end: rs + region.length, text: region });
      }
      return out;
    }
    at = end + 1;
  }
  return [];
}

/** Unknown names in a list of people are people: "Given, Breen, Staunton, Irwin" in a squad with known players. */
function listedPeople(text: string, groups: Map<string, Group>): void {
  const all = [...groups.values()].flatMap((g) => g.mentions.map((m) => ({ m, g }))).sort((a, b) => a.m.start - b.m.start);
  const typed = new Map<Group, EntityType | null>();
  const typeOf = (g: Group) => (typed.has(g) ? typed.get(g)! : (typed.set(g, decideType(g)), typed.get(g)!));
  for (let i = 0; i < all.length;) {
    let j = i + 1;
    while (j < all.length && /^(?:,[^\S\n]*|,?[^\S\n]+and[^\S\n]+)$/.test(text.slice(all[j - 1].m.end, all[j].m.start))) j++;
    if (j - i >= 3) {
      const chain = all.slice(i, j);
      const people = chain.filter((x) => typeOf(x.g) === 'person').length;
      const others = chain.filter((x) => typeOf(x.g) === 'organization' || typeOf(x.g) === 'place').length;
      if (people >= 2 && people > 2 * others) for (const x of chain) if (!typeOf(x.g) && !x.g.forced) x.g.votes.person += 1;
    }
    i = j;
  }
}

function inCompound(text: string, m: { start: number; end: number; text?: string }): boolean {
  if (text[m.end] === '-' && /\p{Ll}/u.test(text[m.end + 1] ?? '')) return true;
  // Models and codes: "EB-5", "AK-47", "F-16".
  if (text[m.end] === '-' && /\d/.test(text[m.end + 1] ?? '') && /^\p{Lu}{1,4}$/u.test(m.text ?? '')) return true;
  if (
    text[m.start - 1] === '-' &&
    /(?:^|[^\p{L}])(?:pro|anti|non|ex|mid|post|pre|neo|pan|trans|inter|intra|sub|super|semi|quasi|counter|multi|un)-$/iu.test(
      text.slice(Math.max(0, m.start - 10), m.start),
    )
  )
    return true;
  return false;
}

/** A name a lexicon knows as a place or an organization. */
function isLexical(name: string, ignoreCase = false): boolean {
  if (lex.isNationality(name, ignoreCase)) return false;
  return (
    lex.isCountry(name, ignoreCase) || lex.isPlace(name, ignoreCase) || !!lex.orgForAcronym(name) || lex.isOrganization(name, ignoreCase)
  );
}

function lexicalVotes(name: string, ignoreCase = false): Votes {
  const votes: Votes = { person: 0, organization: 0, place: 0 };
  if (lex.isCountry(name, ignoreCase) || lex.isPlace(name, ignoreCase)) votes.place += 3;
  if (lex.orgForAcronym(name) || lex.isOrganization(name, ignoreCase)) votes.organization += 3;
  return votes;
}

function isPersonish(g: Group): boolean {
  return (
    (g.titled && ![...g.names].some((n) => lex.isCountry(n, true))) ||
    (g.votes.person > g.votes.organization && g.votes.person > g.votes.place && !g.forced)
  );
}

function nearestBefore(groups: Group[], at: number): Group | undefined {
  let best: Group | undefined,
    bestAt = -1;
  for (const g of groups) {
    for (const m of g.mentions) if (m.start < at && m.start > bestAt && words(m.text).length > 1) ((best = g), (bestAt = m.start));
  }
  return best;
}

const firstStart = (g: Group) => Math.min(...g.mentions.map((m) => m.start));

function dedupe<T extends { start: number; end: number }>(mentions: T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`)).sort((a, b) => a.start - b.start);
}

/** The canonical name: the longest name in mixed case ("Moscow" over "MOSCOW", "Vladimir Putin" over "Putin"). */
function pickName(names: string[]): string {
  const mixed = names.filter((n) => /\p{Ll}/u.test(n));
  const pool = mixed.length ? mixed : names;
  const best = pool.reduce((a, b) =>
    words(b).length > words(a).length || (words(b).length === words(a).length && b.length > a.length) ? b : a,
  );
  // A name seen only in capitals (a dateline, a headline): "LONDON" reads "London", acronyms stay.
  if (mixed.length || best.replace(/[^\p{L}]/gu, '').length < 5 || lex.orgForAcronym(best)) return best;
  return lex.canonicalCountry(best, true) ?? titleCase(best);
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

const ORG_AFTER =
  /^(?:['\u2019]s[^\S\n]+(?:shares|stock|board|profits?|net|revenues?|sales|earnings|results|shareholders|subsidiary|units?|plants?|factory|stake|bid|offer|acquisition|merger|takeover|chief executive|chairman|management|executives|operations|business|products|brand|headquarters)|[^\S\n]+(?:shares|stock|Inc|Corp|plc|Ltd|shareholders)|[^\S\n]+(?:posted|reported|announced|raised|cut|plunged|slumped|soared|rose|fell)[^\S\n]+(?:a|an|its|net|first|second|third|fourth|half|quarterly|profits?|losses?|sales|shares|\d))\b/iu;
const ORG_BEFORE =
  /\b(?:shares|stake|stock|holding|bid|offer) (?:of|in|for)[^\S\n]+$|\b(?:analysts?|economists?|strategists?|traders?|dealers?|brokers?|director|executive|officer|chairman|president) (?:at|with|of)[^\S\n]+$|\b(?:company|firm|group|bank|maker|makers|giant|rival|carrier|airline|insurer|retailer|subsidiary|unit|producer|operator|supplier|conglomerate|newspaper|daily|weekly|magazine|broadcaster|network|club|brokerage|lender|utility|chain|consortium)[^\S\n]+$/iu;

/** The type of a name no lexicon or tag speaks for, from the words around its mentions: business cues, CamelCase ("NationsBank"). */
function fallbackType(g: Group, text: string): EntityType | null {
  let org = 0;
  for (const m of g.mentions) {
    const after = text.slice(m.end, m.end + 160);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (ORG_AFTER.test(after) || ORG_BEFORE.test(before)) org += 2;
  }
  if ([...g.names].some((n) => /\p{Ll}\p{Lu}/u.test(n) && !/^(?:Mc|Mac|O'|D'|De|Di|La|Le|Van)/.test(n))) org += 2;
  if (org >= 2) return 'organization';
  return null;
}

function decideType(g: Group): EntityType | null {
  if (g.forced) return g.forced;
  // "defending champion Spain": a title before a country does not make it a person.
  if (g.titled && ![...g.names].some((n) => lex.isCountry(n, true))) return 'person';
  const v = g.votes;
  const best = Math.max(v.person, v.organization, v.place);
  if (best <= 0) return null;
  if (v.place === best) return 'place';
  if (v.organization === best) return 'organization';
  return 'person';
}

/** The spelled-out name an acronym stands for, when the text defines it: "Full Name (ACR)", "Full Name [ACR]" or "ACR’s [Full Name]". */
function expansionAround(
  text: string,
  acronym: { start: number; end: number; text: string },
): { start: number; end: number; text: string } | null {
  const after = /^(?:['\u2019]s)?\s*\[([^\]\n]{3,120})\]/.exec(text.slice(acronym.end, acronym.end + 130));
  if (after && isAcronymOf(acronym.text, after[1].trim())) {
    const start = acronym.end + after[0].indexOf('[') + 1 + (after[1].length - after[1].trimStart().length);
    const name = after[1].trim();
    return { start, end: start + name.length, text: name };
  }
  // "Full Name (ACR)" or "Full Name [ACR]".
  const bracketed =
    (text[acronym.start - 1] === '(' && text[acronym.end] === ')') || (text[acronym.start - 1] === '[' && text[acronym.end] === ']');
  if (!bracketed) return null;
  // Up to twelve words before the bracket; the shortest run that starts with a capital and spells the acronym.
  const before = text.slice(Math.max(0, acronym.start - 160), acronym.start - 1);
  const words = [...before.matchAll(/[^\s]+/g)];
  for (let k = 1; k <= Math.min(12, words.length); k++) {
    const first = words[words.length - k];
    if (!/^\p{Lu}/u.test(first[0])) continue;
    const lastWord = words[words.length - 1];
    const start = acronym.start - 1 - before.length + first.index!;
    const end = acronym.start - 1 - before.length + lastWord.index! + lastWord[0].length;
    const name = text.slice(start, end).replace(/[,;:]+$/, '');
    if (isAcronymOf(acronym.text, name)) return { start, end: start + name.length, text: name };
  }
  return null;
}

function expansionVotes(name: string): Votes {
  const votes = lexicalVotes(name);
  const lastWord = name.split(/\s+/).pop() ?? '';
  if (lex.isOrgHeadWord(lastWord)) votes.organization += 2;
  // An acronym with a spelled-out name is most often an organization.
  votes.organization += 1;
  return votes;
}

/** Is `short` the initials of `long` ("SCO" / "Shanghai Cooperation Organization"), allowing skipped small words? */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length > 8 || short !== short.toUpperCase()) return false;
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (initials.length > 1 && initials === letters) return true;
  const all = long
    .split(/[\s-]+/)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  // A hyphenated word counts once: "Trans-Caspian International Transport Route" (TITR).
  const byWord = long
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === letters || all === letters || byWord === letters;
}
