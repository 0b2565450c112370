/**
 * Sports copy: results lines, standings, scorecards and prose where cities, counties and countries
 * play. A place that plays is a team (an organization); where the text goes to it, it stays a place.
 */
import * as lex from '../../lexicon';
import { compileCue, TEAM_CUES } from '../../lexicon/contextCues';
import { CLUB_SUFFIXES, CRICKET_DISMISSALS, GENERIC_CLUB_LEADS, SCORECARD_HEADINGS, SPORT_SLUGS } from '../../lexicon/teams';
import { documentRule, isLexical, keyOf, wordsOf, type DocumentContext, type Group, type GroupMention } from './context';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].map(escape).join('|');

const SPORTS_HEADLINE = new RegExp(`^[^\\S\\n]*(?:${alternation(SPORT_SLUGS)})\\b`, 'gm');
/** A results line: "Chicago 4 Houston 3", "Alba (Germany) 75 Red Star (Yugoslavia) 70 (halftime 42-41)". */
const TEAM_AND_SCORE = String.raw`\p{Lu}[^\d\n()]*?(?:[^\S\n]\([^)\n]*\))?[^\S\n]+\d{1,3}`;
export const RESULT_LINE = new RegExp(
  String.raw`^[^\S\n]*${TEAM_AND_SCORE}[^\S\n]+${TEAM_AND_SCORE}[^\S\n]*(?:\([^)\n]*\))?[^\S\n]*$`,
  'gmu',
);
const TEAM_BEFORE = compileCue(TEAM_CUES.before);
const TEAM_AFTER = compileCue(TEAM_CUES.after);
const TEAM_ROLE_AFTER = compileCue(TEAM_CUES.playerRole);
const LOCATIVE_BEFORE = compileCue(TEAM_CUES.locative);
const DISMISSAL_BEFORE = new RegExp(`(?:^|[\\s(])(?:${alternation(CRICKET_DISMISSALS)})[^\\S\\n]+$`);
const SCORECARD_HEADING = new RegExp(`^(?:${alternation(SCORECARD_HEADINGS)})[^\\S\\n]*:`, 'im');

/** A results line is short; a longer line is never one (and would cost the pattern time on a long line). */
const MAX_RESULT_LINE = 200;

function isResultLine(line: string): boolean {
  RESULT_LINE.lastIndex = 0;
  return line.length <= MAX_RESULT_LINE && RESULT_LINE.test(line);
}

/**
 * Sports copy: a sports slug in the headline, or results lines. A dateline is not a slug: in
 * "RUGBY, England 1997-06-12" Rugby is the town the story comes from (`datelines`: their places).
 */
function isSportsText(text: string, datelines: ReadonlyArray<{ start: number }>): boolean {
  const head = text.slice(0, 300);
  SPORTS_HEADLINE.lastIndex = 0;
  for (let m = SPORTS_HEADLINE.exec(head); m; m = SPORTS_HEADLINE.exec(head)) {
    const slug = m.index + m[0].length - m[0].trimStart().length;
    if (!datelines.some((d) => d.start === slug)) return true;
  }
  let n = 0;
  for (let at = 0; at < text.length && n < 2;) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    if (isResultLine(text.slice(at, end))) n++;
    at = end + 1;
  }
  return n >= 2;
}

export const sportsCopy = documentRule({
  id: 'sports-copy',
  description: "Sports copy (a sports slug in the headline, not a dateline's town, or two results lines) lets places play as teams",
  example: 'SOCCER - ENGLISH LEAGUE RESULTS.',
  apply(doc) {
    const { dateline, datelineBelowHeadline } = doc.frame;
    doc.sports = isSportsText(doc.text, [...(dateline?.place ? [dateline.place] : []), ...datelineBelowHeadline]);
    if (doc.sports) doc.fired('sports-copy', { start: 0, end: Math.min(doc.text.length, doc.text.indexOf('\n') >>> 0) });
  },
});

/** Whether a mention sits where a team does: a results line, a standings row, a fixture, the subject or object of "beat". */
export function teamContext(
  doc: DocumentContext,
  m: { start: number; end: number; text: string },
  personLike: boolean,
): 'table' | 'prose' | null {
  const { text } = doc;
  const { start: lineStart, end: lineEnd } = doc.lineAround(m.start);
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(lineEnd, m.end + 120));
  const whole = m.start - lineStart <= 60 && lineEnd - m.end <= 120;
  if (whole && !personLike) {
    const line = text.slice(lineStart, lineEnd);
    if (isResultLine(line) && !/\d[^\S\n]*-[^\S\n]*\d/.test(line.replace(/\([^)]*\)/g, ''))) return 'table';
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

export const clubNickname = documentRule({
  id: 'club-nickname',
  description: 'In sports copy, a plural name after "the" is a club: "the Pirates", "the Braves"',
  example: 'a win over [the Pirates]',
  apply(doc) {
    if (!doc.sports) return;
    const { text } = doc;
    for (const c of doc.candidates) {
      if (c.weak || !/^\p{Lu}\p{Ll}+s$/u.test(c.text) || !/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) continue;
      if (isLexical(c.text) || lex.isNationality(c.text) || lex.isNationality(c.text.slice(0, -1))) continue;
      const g = doc.groups.get(doc.resolve(keyOf(c.text)));
      if (g) doc.vote(g, 'organization', 2, 'club-nickname', c);
    }
  },
});

export const cricketScorecard = documentRule({
  id: 'cricket-scorecard',
  description: 'A name after a dismissal ("c Healy b Warne") or a scorecard heading ("Did not bat:") is a player',
  example: 'c [Healy] b [Warne] 12',
  apply(doc) {
    if (!doc.sports) return;
    const { text } = doc;
    const onScorecard = (m: GroupMention) =>
      DISMISSAL_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || SCORECARD_HEADING.test(headOfLine(doc, m.start));
    for (const g of doc.groups.values()) {
      if (g.forced || [...g.names].some((n) => isLexical(n))) continue;
      const m = g.mentions.find(onScorecard);
      if (m) doc.vote(g, 'person', 1, 'cricket-scorecard', m);
    }
  },
});

/** Up to 60 characters of a mention's line before it: enough for a scorecard heading ("Did not bat:"). */
function headOfLine(doc: DocumentContext, at: number): string {
  const start = doc.lineAround(at).start;
  return doc.text.slice(start, Math.min(at, start + 60));
}

/** A team nickname ("Yankees", "Chicago White Sox") or a club name ("Dynamo Moscow", "Real", "Partizan"). */
function isClubName(name: string): boolean {
  const w = wordsOf(name);
  for (let k = 0; k < w.length; k++)
    if (lex.isTeamNickname(w.slice(k).join(' '))) return k === 0 || !lex.isPersonTitle(w.slice(0, k).join(' '));
  if (!lex.isClubLeadWord(w[0])) return false;
  if (w.length === 1) return !GENERIC_CLUB_LEADS.has(w[0]);
  return (!lex.isCountry(name) && !lex.isOrgHeadWord(w[w.length - 1])) || CLUB_SUFFIXES.has(w[w.length - 1]);
}

export const teamHomePlace = {
  id: 'team-home-place',
  description: 'Where the text goes to a team’s town ("in Exeter", "at Headingley"), it stays a place',
  example: 'The teams meet again in [Exeter] next month.',
} as const;

const placeish = (g: Group) => g.votes.place > 0 && g.votes.place >= g.votes.person;

/** Moves mentions of a group into a group of their own (a team, or a place that stays a place), of a forced type. */
function splitOff(
  doc: DocumentContext,
  g: Group,
  suffix: string,
  moved: GroupMention[],
  type: 'organization' | 'place',
  rule: string,
): Group {
  const into = doc.group(`${g.key}\u0000${suffix}`);
  for (const m of moved) doc.mention(into, m);
  into.names = new Set(moved.map((m) => m.text));
  doc.force(into, type, rule);
  g.mentions = g.mentions.filter((m) => !moved.includes(m));
  return into;
}

/** Makes the group (or its mentions in `team`) a team; returns the team's group. */
function makeTeam(doc: DocumentContext, g: Group, team: GroupMention[]): Group {
  // A dateline's place stays a place; its team mentions become a team of their own ("NEW YORK 1996-08-30" … "New York 4 Boston 3").
  if (g.forced === 'place') return splitOff(doc, g, 'team', team, 'organization', 'sports-team');
  // A place stays a place where the text goes to it: "at Headingley", "in Chicago".
  const locative = placeish(g)
    ? g.mentions.filter((m) => !team.includes(m) && LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start)))
    : [];
  if (locative.length) splitOff(doc, g, 'place', locative, 'place', teamHomePlace.id);
  doc.force(g, 'organization', 'sports-team');
  return g;
}

export const sportsTeams = documentRule({
  id: 'sports-team',
  description: 'In sports copy, a club name, or a place or organization that plays ("X beat Y", a results line), is a team',
  example: '[Lancashire] beat [Sussex] by eight wickets',
  apply(doc) {
    if (!doc.sports) return;
    const teams = new Set<Group>();
    const countryLike = new Map<Group, boolean>();
    const isCountryLike = (g: Group) => {
      let v = countryLike.get(g);
      if (v === undefined) countryLike.set(g, (v = [...g.names].some((n) => lex.isCountry(n, true) || lex.isNationality(n, true))));
      return v;
    };
    const eligible = (g: Group) => (!g.forced || (g.forced === 'place' && !g.key.includes('\u0000'))) && !g.titled && !isCountryLike(g);
    for (const g of [...doc.groups.values()]) {
      if (!eligible(g)) continue;
      const team = teamMentions(doc, g);
      if (team) teams.add(makeTeam(doc, g, team));
    }
    if (teams.size) listedWithTeams(doc, teams, eligible);
  },
});

/** The mentions of a group that make it a team, or null. */
function teamMentions(doc: DocumentContext, g: Group): GroupMention[] | null {
  const names = [...g.names];
  const personLike = names.some((n) => {
    const w = wordsOf(n);
    return w.length > 1 && (!!lex.genderOfFirstName(w[0]) || /^\p{Lu}\.$/u.test(w[0]));
  });
  // Nicknames and club names: "the Yankees", "Chicago White Sox", "Dynamo Moscow", "Real".
  if (!personLike && !g.forced && names.some((n) => isClubName(n))) return g.mentions;
  const contexts = g.mentions.map((m) => teamContext(doc, m, personLike));
  // Prose cues ("X beat Y") only turn places and organizations into teams: people beat people too.
  const playing =
    contexts.includes('table') || (contexts.includes('prose') && (placeish(g) || !!g.forced || g.votes.organization > g.votes.person));
  return playing ? g.mentions.filter((_, i) => contexts[i]) : null;
}

/** Places listed with teams are teams: "title rivals Essex, Derbyshire and Surrey". */
function listedWithTeams(doc: DocumentContext, teams: Set<Group>, eligible: (g: Group) => boolean): void {
  const all = [...doc.groups.values()].flatMap((g) => g.mentions.map((m) => ({ m, g }))).sort((a, b) => a.m.start - b.m.start);
  const listed = (a: { end: number }, b: { start: number }) =>
    /^(?:,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+|,[^\S\n]*(?:and|or)[^\S\n]+)$/.test(doc.text.slice(a.end, b.start));
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
        teams.add(makeTeam(doc, g, [m]));
        changed = true;
      }
    }
  }
}
