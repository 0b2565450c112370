import assert from 'node:assert/strict';
import { analyze } from '../../src/markup';
import { assertSpansValid, sample, sampleGold, speakerName } from './helpers';

type GoldSpan = { start: number; end: number; text: string };
type GoldEntity = { name: string; type: string; aliases?: string[]; mentions: GoldSpan[]; descriptors?: GoldSpan[] };
type GoldQuote = GoldSpan & { speaker: string; speakerMention: GoldSpan; cue: GoldSpan };

describe('the TASS sample against its gold markup', () => {
  const text = sample();
  const gold = sampleGold();
  const markup = analyze(text);
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

  it('keeps every span inside the text', () => assertSpansValid(text, markup));

  it('finds exactly the gold entities with all their name mentions', () => {
    const actual = markup.entities
      .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.filter((m) => m.kind === 'name').map(key) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const expected = (gold.entities as GoldEntity[])
      .map((e) => ({
        name: e.name,
        type: e.type,
        mentions: e.mentions.map(key).sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0])),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(actual, expected);
  });

  it('gives acronyms as aliases', () => {
    for (const e of gold.entities as GoldEntity[]) {
      if (!e.aliases) continue;
      assert.deepEqual(markup.entities.find((x) => x.name === e.name)?.aliases, e.aliases, e.name);
    }
  });

  it('adds the five role descriptors to Vladimir Putin', () => {
    const putin = markup.entities.find((e) => e.name === 'Vladimir Putin')!;
    const descriptors = putin.mentions
      .filter((m) => m.kind === 'descriptor')
      .map(key)
      .sort();
    const expected = (gold.entities as GoldEntity[])
      .find((e) => e.name === 'Vladimir Putin')!
      .descriptors!.map(key)
      .sort();
    assert.deepEqual(descriptors, expected);
  });

  it('finds the seven quotes with their speaker mention and cue, all Putin', () => {
    const actual = markup.quotes.map((q) => ({
      quote: key(q),
      speaker: speakerName(markup, q),
      mention: q.speakerMention && key(q.speakerMention),
      cue: q.cue && key(q.cue),
    }));
    const expected = (gold.quotes as GoldQuote[]).map((q) => ({
      quote: key(q),
      speaker: q.speaker,
      mention: key(q.speakerMention),
      cue: key(q.cue),
    }));
    assert.deepEqual(actual, expected);
    assert.ok(
      markup.quotes.every((q) => q.rule),
      'every attribution names its rule',
    );
  });

  it('finds the one reported-speech span, attributed to Putin', () => {
    const g = gold.reportedSpeech[0] as GoldQuote;
    assert.deepEqual(
      markup.reported.map((r) => ({
        span: key(r),
        speaker: speakerName(markup, r),
        mention: r.speakerMention && key(r.speakerMention),
        cue: r.cue && key(r.cue),
      })),
      [{ span: key(g), speaker: 'Vladimir Putin', mention: key(g.speakerMention), cue: key(g.cue) }],
    );
  });

  it('lists Putin as the only speaker', () => {
    assert.deepEqual(
      markup.speakers.map((s) => [s.name, s.quoteCount, s.reportedCount]),
      [['Vladimir Putin', 7, 1]],
    );
  });

  it('is deterministic', () => {
    assert.deepEqual(analyze(text), markup);
  });
});
