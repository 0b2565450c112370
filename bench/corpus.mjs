// A generated corpus of news-like articles, for the corpus benchmark and the corpus tests: invented
// people, organizations and places in templates written here, dated over two years, with direct quotes
// (after and before the speaker, colon-introduced, across paragraphs), reported speech and pronouns.
// Deterministic: the same seed gives the same corpus.
//   import { generateCorpus, writeCorpus } from './corpus.mjs'
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PEOPLE = [
  { first: 'Marta', last: 'Okonjo', gender: 'female', role: 'finance minister' },
  { first: 'Daniel', last: 'Ferreira', gender: 'male', role: 'mayor' },
  { first: 'Ingrid', last: 'Halvorsen', gender: 'female', role: 'central bank governor' },
  { first: 'Tomasz', last: 'Wierzbicki', gender: 'male', role: 'foreign minister' },
  { first: 'Aisha', last: 'Bello', gender: 'female', role: 'chief executive' },
  { first: 'Kenji', last: 'Morimoto', gender: 'male', role: 'trade envoy' },
  { first: 'Lucia', last: 'Varga', gender: 'female', role: 'health commissioner' },
  { first: 'Samuel', last: 'Achterberg', gender: 'male', role: 'union leader' },
  { first: 'Priya', last: 'Raman', gender: 'female', role: 'climate negotiator' },
  { first: 'Oleg', last: 'Sandoval', gender: 'male', role: 'police chief' },
  { first: 'Nadia', last: 'Castellano', gender: 'female', role: 'opposition leader' },
  { first: 'Hugo', last: 'Lindqvist', gender: 'male', role: 'energy minister' },
  { first: 'Grace', last: 'Mwangi', gender: 'female', role: 'election commissioner' },
  { first: 'Viktor', last: 'Brandauer', gender: 'male', role: 'defence secretary' },
  { first: 'Elena', last: 'Moravec', gender: 'female', role: 'prime minister' },
  { first: 'Rafael', last: 'Quintero', gender: 'male', role: 'airline spokesman' },
];

const ORGS = [
  'Northern Grid Authority',
  'Federal Audit Office',
  'Coastal Shipping Union',
  'Meridian Bank',
  'National Health Service',
  'Alpine Rail Company',
  'World Trade Organization',
  'Harbor Energy',
  'Council of Regions',
  'Veritas Polling Institute',
];

const PLACES = ['Lisbon', 'Nairobi', 'Oslo', 'Warsaw', 'Osaka', 'Lima', 'Geneva', 'Toronto', 'Cairo', 'Hanoi', 'Madrid', 'Brussels'];

const TOPICS = [
  ['the budget', 'spending cuts', 'the deficit'],
  ['the strike', 'wage talks', 'the port'],
  ['the election', 'the recount', 'turnout'],
  ['the pipeline', 'gas prices', 'winter supplies'],
  ['the vaccine rollout', 'hospital waiting lists', 'nurses'],
  ['the rail link', 'ticket prices', 'the timetable'],
];

const SAY = ['said', 'told reporters', 'added', 'warned', 'insisted', 'stressed'];

/** A small seeded generator (mulberry32): the corpus is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const a = pick(PEOPLE);
  let b = pick(PEOPLE);
  while (b === a) b = pick(PEOPLE);
  const org = pick(ORGS);
  const place = pick(PLACES);
  const [topic, detail, other] = pick(TOPICS);
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const month = day.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const title = a.gender === 'female' ? 'Ms.' : 'Mr.';
  const pronoun = a.gender === 'female' ? 'she' : 'he';
  // Figures that differ from article to article, so that no two articles share a paragraph by chance.
  const amount = (1 + rand() * 98).toFixed(1);
  const count = 2 + Math.floor(rand() * 3000);
  const paragraphs = [
    `${place.toUpperCase()}, ${month} ${day.getUTCDate()} (Wire) - ${a.first} ${a.last}, the ${a.role}, said on ${day.toLocaleString('en-US', { weekday: 'long', timeZone: 'UTC' })} that ${topic} would not be delayed despite objections from the ${org}.`,
    `"We have done the work on ${detail}, and the ${amount} billion in the plan is there for anyone to read," ${a.last} ${pick(SAY)}. "Nobody in ${place} should be surprised."`,
    `${b.first} ${b.last}, the ${b.role}, disagreed. "This is not a plan, it is a wish list," ${b.last} said, adding that ${other} had been ignored for months.`,
    `According to the ${org}, talks on ${topic} will resume next week in ${pick(PLACES)}, after ${count} people signed a petition.`,
    `${title} ${a.last} said ${pronoun} expected a vote before the end of the year. "We will not wait for perfect conditions," ${pronoun} ${pick(SAY)}.`,
  ];
  const background = [
    `The dispute over ${topic} began in ${month} ${day.getUTCFullYear() - 1}, when the ${org} published a report on ${other}. Since then, ${count % 40} meetings have ended without agreement.`,
    `${b.last} has argued for months that ${detail} should come first. Critics say the ${org} has been slow to act, and that ${place} has paid for the delay.`,
    `Analysts at ${pick(ORGS)} said the outcome would depend on ${other}. "It is too early to say who will win," one of them said, asking not to be named.`,
    `In ${pick(PLACES)}, officials watched the talks closely. A similar plan there was dropped in ${2010 + (count % 14)} after protests drew ${count * 7} people.`,
    `${a.first} ${a.last} is expected to meet ${b.first} ${b.last} again before the ${org} reports on ${amount} percent of the cost.`,
    `The ${org} said in a statement that it "remains committed to a fair outcome" and would publish its own figures on ${detail}.`,
    `${pronoun[0].toUpperCase()}${pronoun.slice(1)} told ${place} radio that ${topic} had "gone on long enough" and that ${other} could wait.`,
  ];
  // Three to six of them, in an order of their own, after the opening exchange.
  const extra = background.filter(() => rand() < 0.7).slice(0, 6);
  paragraphs.splice(3, 0, ...extra);
  if (rand() < 0.5) {
    paragraphs.push(`The ${b.role} put it bluntly: "If ${topic} goes ahead like this, ${place} pays the price."`);
  }
  if (rand() < 0.3) {
    paragraphs.push(`A spokesman for the ${org} declined to comment on ${detail} or on the ${count} jobs at stake.`);
  }
  const header = `date ${date}\ntitle: ${place} row over ${topic} (${index + 1})\nsource: Generated Wire\n\n`;
  return { name: `${date}-${String(index + 1).padStart(5, '0')}.article`, text: header + paragraphs.join('\n\n') + '\n' };
}

/** `count` articles, as `{ name, text }`. */
export function generateCorpus(count, seed = 2026) {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => article(rand, i));
}

/** Writes the corpus into `dir` (in sub-folders of 500, as an agency's export by month would be). */
export function writeCorpus(dir, count, seed = 2026) {
  const files = [];
  for (const [i, { name, text }] of generateCorpus(count, seed).entries()) {
    const sub = path.join(dir, `part-${Math.floor(i / 500)}`);
    mkdirSync(sub, { recursive: true });
    const file = path.join(sub, name);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
