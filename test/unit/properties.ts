/**
 * The engine's invariants as properties, for fast-check: on any text, and after any edits,
 * - every span lies inside the text, carries exactly the text it covers, and splits no surrogate pair;
 * - quotes do not overlap one another, nor do reported-speech spans;
 * - every speaker is an entity of the result, every mention of an entity is in text order;
 * - furniture pieces are in text order and do not overlap; no quote lies in one; no credited entity speaks;
 * - the result is deterministic, and an analyzer that saw earlier versions gives a fresh pass's result.
 * `test/unit/properties.test.ts` runs them with a fixed seed; `npm run fuzz` with many cases and a new seed.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnalyzer, type Markup } from '../../src/markup';
import { assertSpansValid } from './helpers';

/** Pieces of news copy and of everything that is not: names, quotes, marks, datelines, digits, odd characters. */
const FRAGMENTS = [
  'Ana Ruiz',
  'President Ola Brandt',
  'Norvik Ferries',
  'the Ministry of Health',
  'NATO',
  'said',
  'told reporters',
  'according to',
  'she said.',
  'he added',
  '"We will appeal,"',
  '“It is over.”',
  '«Non»',
  '„Ja“',
  "'quoted'",
  '’s',
  'MOSCOW, December 9. /TASS/. ',
  'LIMA (Reuters) - ',
  'date 2022-12-09\n',
  'SOCCER - RESULTS.\n',
  'Ayr 3 Hull 2\n',
  'Mr. A. B.',
  'FC and ',
  'U.S.-based',
  ' (SCO) ',
  '[Collective Security Treaty Organization]',
  ' ― ',
  ' — ',
  '\n',
  '\n\n',
  '\r\n',
  '\ufeff',
  '\u00a0',
  '😀',
  '\ud83d',
  '\u0000',
  '\u001b[31m',
  '.',
  ',',
  ':',
  ' ',
  '1996',
  'By ',
  'Image: ',
  'REUTERS/',
  '/',
  '(Reporting by ',
  '; Editing by ',
  ')',
  'READ MORE: ',
  'Advertisement\n',
  'FILE PHOTO: ',
  ' contributed to this report.',
  ' via Getty Images',
];

/** A text made of news fragments and arbitrary characters. */
export const articleText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));

/** An edit: where (a fraction of the length), how many characters to delete, what to insert. */
export const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 6 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })),
});

export function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** No span starts or ends between the two halves of a surrogate pair. */
function assertNoSplitPairs(text: string, markup: Markup): void {
  const splits = (offset: number) =>
    offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
  const spans = [
    ...markup.paragraphs.map((p) => ({ ...p, text: text.slice(p.start, p.end) })),
    ...markup.entities.flatMap((e) => e.mentions),
    ...[...markup.quotes, ...markup.reported].flatMap((q) => [q, q.speakerMention, q.cue].filter((s) => s !== null)),
  ];
  for (const s of spans) assert.ok(!splits(s.start) && !splits(s.end), `"${s.text}" [${s.start}, ${s.end}) splits a surrogate pair`);
}

function assertNoOverlap(spans: ReadonlyArray<{ start: number; end: number; text: string }>, what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `${what} overlap: "${spans[i - 1].text}" and "${spans[i].text}"`);
  }
}

/** Every invariant of one result for its text. */
export function assertInvariants(text: string, markup: Markup): void {
  assertSpansValid(text, markup);
  assertNoSplitPairs(text, markup);
  assertNoOverlap(markup.quotes, 'quotes');
  assertNoOverlap(markup.reported, 'reported-speech spans');
  const ids = new Set(markup.entities.map((e) => e.id));
  assert.equal(ids.size, markup.entities.length, 'entity ids are unique');
  for (const s of markup.speakers) assert.ok(ids.has(s.entityId), `speaker ${s.entityId} is an entity`);
  for (const e of markup.entities) {
    for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1].start <= e.mentions[i].start, `${e.name}: mentions in order`);
  }
  assertNoOverlap(markup.furniture, 'furniture');
  const inFurniture = (at: number) => markup.furniture.some((f) => f.start <= at && at < f.end);
  for (const q of [...markup.quotes, ...markup.reported]) assert.ok(!inFurniture(q.start), `"${q.text}" is not in the furniture`);
  const credited = new Set(markup.entities.filter((e) => e.credit).map((e) => e.id));
  for (const s of markup.speakers) assert.ok(!credited.has(s.entityId), `${s.name} speaks, so is no credit`);
  for (const q of [...markup.quotes, ...markup.reported]) assert.ok(!q.speaker || !credited.has(q.speaker), 'no credit speaks');
}

/** Property: any text gives a result that keeps every invariant, the same twice. */
export const anyText = fc.property(articleText, (text) => {
  const markup = createAnalyzer().analyze(text);
  assertInvariants(text, markup);
  assert.deepEqual(createAnalyzer().analyze(text), markup, 'a second fresh analysis gives the same result');
});

/** Property: after any edits, an analyzer that saw every version gives what a fresh one gives. */
export const anyEdits = fc.property(articleText, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
  const incremental = createAnalyzer();
  let text = start;
  incremental.analyze(text);
  for (const e of edits) {
    text = applyEdit(text, e);
    const result = incremental.analyze(text);
    assertInvariants(text, result);
    assert.deepEqual(result, createAnalyzer().analyze(text), 'incremental = fresh');
  }
});

/** Property: a cut at `maxLength` never splits a pair and keeps the invariants. */
export const anyCut = fc.property(articleText, fc.nat({ max: 400 }), (text, maxLength) => {
  const markup = createAnalyzer().analyze(text, { maxLength: maxLength + 1 });
  assertInvariants(text, markup);
});
