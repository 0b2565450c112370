/** Speakers introduced by a colon: `Putin: "…"`, and `Caddell continued:` closing the paragraph before a quote. */
import { lastAtOrBefore } from '../../spans';
import type { AttributionContext } from '../context';
import type { Attribution } from '../rule';
import { SKIPPABLE_BEFORE_CUE } from '../../lexicon/speakers';
import { isVerb, phraseBefore, punctuatedAfter, speakerOf } from '../phrases';
import { subjectOf } from './beforeQuote';
import { quoteRule, withCue } from '../rule';

export const speakerCueColonQuote = quoteRule({
  id: 'speaker-cue-colon-quote',
  description: 'A paragraph ending in "X continued:" introduces the quote that opens the next one',
  example: '[Mayor Tom Reyes] [continued]:\n\n"We have enough money for the first phase."',
  attribute(ctx, site) {
    const { tokens } = ctx;
    const { opening, firstInside, floor, quote } = site;
    if (!opening || floor !== opening.first || firstInside !== opening.first || opening.first === 0) return null;
    const introEnd = tokens[opening.first - 1];
    if (!/:\s*$/.test(introEnd.post) || introEnd.end > quote.start) return null;
    const intro = ctx.sentences[introEnd.sentence];
    for (let i = opening.first - 1; i >= intro.first; i--) {
      const n = ctx.cueAt(i);
      if (!n) continue;
      const np = phraseBefore(ctx, i, intro.first);
      const guess = np && speakerOf(ctx, np, 'speaker-cue-colon-quote', quote.start);
      return withCue(ctx, guess, i, n);
    }
    return null;
  },
});

export const speakerColon = quoteRule({
  id: 'speaker-colon',
  description: 'A name and a colon right before the quote',
  example: '[Putin]: "We will not back down."',
  attribute(ctx, site) {
    const { tokens, nameMentions } = ctx;
    const before = site.firstInside - 1;
    if (!site.opening || before < site.floor || !/:\s*$/.test(tokens[before].post)) return null;
    const m = nameMentions[lastAtOrBefore(nameMentions, tokens[before].start)];
    // A place before the colon is where, not who: "A view from Lima: …".
    if (m && m.end === tokens[before].end && m.type !== 'place')
      return { guess: { mention: ctx.span(m.start, m.end), kind: 'name', entityId: m.id, rule: 'speaker-colon' }, cue: null };
    return nameAndRole(ctx, site.floor, before);
  },
});

/**
 * "Ana Ruiz, 54, nurse: "…"": a person's name opening the line, a comma and a short description
 * (an age, a job, a town) before the colon.
 */
function nameAndRole(ctx: AttributionContext, floor: number, colon: number): Attribution | null {
  const { tokens, text, segments } = ctx;
  const first = floor;
  const named = ctx.namedAt(tokens[first]);
  if (named?.entity.type !== 'person' || colon - first > 12) return null;
  // The name opens its line.
  const line = segments[lastAtOrBefore(segments, tokens[first].start)];
  if (!line || tokens[first].start - line.start > 4 || /\S/.test(text.slice(line.start, tokens[first].start))) return null;
  const after = ctx.tokenAt(named.mention.end);
  if (after > colon || !/^,\s*$/.test(tokens[after - 1].post)) return null;
  for (let i = after; i < colon; i++) if (ctx.cueAt(i) || /[.;!?]/.test(tokens[i].post)) return null;
  return { guess: { mention: named.mention, kind: 'name', entityId: named.entity.id, rule: 'speaker-colon' }, cue: null };
}

/**
 * "Sunak defended the record: "…"": a clause ending in a colon before the quote, whose subject is a
 * person or an organization named at its start and followed by its verb, introduces that subject's words.
 */
export const subjectColonQuote = quoteRule({
  id: 'subject-colon-quote',
  description: 'A clause whose subject is a name, ending in a colon right before the quote',
  example: '[Mayor Ana Ruiz] had one answer for the council: "We will not sell the port."',
  attribute(ctx, site) {
    const { tokens } = ctx;
    const colon = site.firstInside - 1;
    if (colon < 0 || !/:\s*$/.test(tokens[colon].post) || tokens[colon].end > site.quote.start) return null;
    const clause = ctx.sentences[tokens[colon].sentence];
    if (!clause || clause.first < ctx.tokenAt(site.prevQuote)) return null;
    const subject = subjectOf(ctx, clause, colon);
    if (!subject || subject.kind !== 'name') return null;
    const entity = ctx.entityById.get(subject.entityId!);
    if (entity?.type !== 'person' && entity?.type !== 'organization') return null;
    let verb = ctx.tokenAt(subject.mention.end);
    while (verb < colon && !isVerb(tokens[verb]) && SKIPPABLE_BEFORE_CUE.has(tokens[verb].lower)) verb++;
    if (verb >= colon || !isVerb(tokens[verb]) || punctuatedAfter(tokens[verb - 1])) return null;
    return { guess: { ...subject, rule: 'subject-colon-quote' }, cue: null };
  },
});

/**
 * "“PENCE: Well, look, …”": a transcript quoted line by line opens with the speaker's name in
 * capitals and a colon; the speaker is the person of that surname.
 */
export const transcriptLabel = quoteRule({
  id: 'transcript-label',
  description: 'A quote opening with a name in capitals and a colon, as in a transcript',
  example: '"[RUIZ]: We will not sell the port, and I said so on Monday."',
  attribute(ctx, site) {
    const { quote } = site;
    const label = /^(\s*)(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u.exec(site.inner);
    if (!label) return null;
    const start = quote.start + 1 + label[1].length;
    const mention = ctx.span(start, start + label[2].length);
    const surname = label[2].split(' ').pop()!.toLowerCase();
    const person = [...ctx.entityById.values()].find((e) => e.type === 'person' && e.name.split(/\s+/).pop()!.toLowerCase() === surname);
    return { guess: { mention, kind: person ? 'name' : 'other', entityId: person?.id ?? null, rule: 'transcript-label' }, cue: null };
  },
});
