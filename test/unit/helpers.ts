import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Markup, Span } from '../../src/markup';

export const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
// The real TASS article and its gold markup (../shared/samples), as copied into the host-test workspace.
export const sample = () => readFileSync(join(__dirname, '..', 'fixtures', 'workspace', 'tass-2022-12-09.txt'), 'utf8');
export const sampleGold = () =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'workspace', 'tass-2022-12-09.gold.json'), 'utf8'));

/** Every span of a Markup lies inside the text and carries exactly the text it covers. */
export function assertSpansValid(text: string, markup: Markup): void {
  const check = (s: Span | null | undefined, what: string) => {
    if (!s) return;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) inside the text (${text.length})`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what}: text matches its offsets`);
  };
  for (const f of markup.header.fields) {
    check(f.keySpan, 'header key');
    check(f.value, 'header value');
  }
  if (markup.dateline) for (const k of ['span', 'place', 'region', 'date', 'agency'] as const) check(markup.dateline[k], `dateline ${k}`);
  for (const f of markup.furniture) {
    check(f, `${f.kind} furniture`);
    check(f.label, `${f.kind} label`);
  }
  for (const e of markup.entities) for (const m of e.mentions) check(m, `mention of ${e.name}`);
  for (const q of [...markup.quotes, ...markup.reported]) {
    check(q, 'quote');
    check(q.speakerMention, 'speaker mention');
    check(q.cue, 'cue');
    if (q.speaker)
      assert.ok(
        markup.entities.some((e) => e.id === q.speaker),
        `speaker ${q.speaker} is an entity`,
      );
  }
  for (const p of markup.paragraphs) assert.ok(p.start < p.end && p.end <= text.length, 'paragraph inside the text');
}

export const texts = (spans: ReadonlyArray<Span>) => spans.map((s) => s.text);
export const entityNamed = (markup: Markup, name: string) => markup.entities.find((e) => e.name === name);
export const nameMentions = (markup: Markup, name: string) =>
  entityNamed(markup, name)
    ?.mentions.filter((m) => m.kind === 'name')
    .map((m) => m.text) ?? [];
export const speakerName = (markup: Markup, q: { speaker: string | null }) => markup.entities.find((e) => e.id === q.speaker)?.name ?? null;
