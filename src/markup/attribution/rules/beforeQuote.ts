/**
 * Speakers named before the quote in its sentence, tried at each token walking back from it:
 * `according to X, "…"`, `X attacked Y, saying, "…"`, `Putin said: "…"`.
 */
import type { Sentence, Token } from '../../tokens';
import { subjectPronoun, type AttributionContext, type SpeakerGuess } from '../context';
import { SOURCE_PHRASES, SPEECH_NOUNS } from '../../lexicon/speakers';
import { isVerb, punctuatedAfter, phraseAfter, phraseBefore, speakerOf, subjectBeforeAppositions, type Phrase } from '../phrases';
import { tokenRule, withCue, type Attribution, type QuoteSite } from '../rule';

/** The number of words of a source phrase ("according to", "in the words of") starting at token i, or 0. */
function sourcePhraseAt(ctx: AttributionContext, i: number): number {
  const { tokens } = ctx;
  for (let n = 2; n <= 4; n++) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || words.slice(0, -1).some(punctuatedAfter)) return 0;
    if (SOURCE_PHRASES.has(words.map((t) => t.lower).join(' '))) return n;
  }
  return 0;
}

export const accordingTo = tokenRule({
  id: 'according-to',
  description: '"according to", "in the words of" or "attributed to" before the quote, then the speaker',
  example: '[According to] [the ministry], the plan is "on track".',
  at(ctx, site, i) {
    const { tokens } = ctx;
    const n = sourcePhraseAt(ctx, i);
    if (!n) return null;
    const np = phraseAfter(ctx, i + n, site.firstInside);
    let guess = np && speakerOf(ctx, np, 'according-to', site.quote.start, false);
    // "in the words of the prosecutor, Mark Tedeschi, "…"": the name in apposition is who the role is.
    const named = np && guess?.kind !== 'name' && /^,\s*$/.test(tokens[np[1] - 1].post) ? ctx.namedAt(tokens[np[1]]) : undefined;
    if (named?.entity.type === 'person') guess = { mention: named.mention, kind: 'name', entityId: named.entity.id, rule: 'according-to' };
    return guess ? { guess, cue: ctx.span(tokens[i].start, tokens[i + n - 1].end) } : null;
  },
});

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'where']);

/** The first person, organization or personal pronoun of a sentence, before token `end`. */
export function subjectOf(ctx: AttributionContext, sentence: Sentence, end: number): SpeakerGuess | null {
  const { tokens } = ctx;
  // "In an interview with the BBC, Ruiz …": the subject comes after an opening prepositional phrase.
  let from = sentence.first;
  if (tokens[from].tags.has('Preposition')) {
    for (let i = from; i < end; i++) {
      if (/^,\s*$/.test(tokens[i].post)) {
        from = i + 1;
        break;
      }
    }
  }
  for (let i = from; i < end; i++) {
    if (ctx.insideQuote(tokens[i])) continue;
    // "Protesters marched past the stadium - where the league plays -": a name in a clause of its own is no subject.
    if (RELATIVE_WORDS.has(tokens[i].lower) || /^\s*[\u2014\u2013-]\s/.test(tokens[i].post)) return null;
    const named = ctx.namedAt(tokens[i]);
    // "In an interview on CBS, Ryan said": a name after a preposition is not the subject.
    const afterPreposition = i > sentence.first && tokens[i - 1].tags.has('Preposition');
    if (named && named.entity.type !== 'place' && !afterPreposition) {
      return { mention: named.mention, kind: 'name', entityId: named.entity.id, rule: 'participle-subject' };
    }
    if (subjectPronoun(tokens[i].lower) && tokens[i].lower !== 'i')
      return speakerOf(ctx, [i, i + 1], 'participle-subject', tokens[i].start);
  }
  return null;
}

/**
 * The noun phrase that opens a sentence and stands before its first verb, when it names no one but
 * speaks ("The Republican nominee outlined his plan and vowed …"), before token `end`.
 */
function phraseSubject(ctx: AttributionContext, sentence: Sentence, end: number): SpeakerGuess | null {
  const { tokens } = ctx;
  // ""We need change," the businessman said, arguing …": the subject after a quote that opens the sentence.
  let from = sentence.first;
  while (from < end && ctx.insideQuote(tokens[from])) from++;
  let verb = from + 1;
  while (verb < end && !isVerb(tokens[verb])) verb++;
  if (verb >= end || verb - from > 8) return null;
  const np = phraseBefore(ctx, verb, from);
  if (!np || np[0] !== from) return null;
  const guess = speakerOf(ctx, np, 'participle-subject', tokens[np[0]].start);
  return guess && guess.kind !== 'other' ? guess : null;
}

const PARTICIPLE_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'without']);
/** "a series of tweets early Friday saying": a participle after a date. */
const participleAfter = (t: Token) => t.tags.has('Date');

export const participleSubject = tokenRule({
  id: 'participle-subject',
  description: 'A speech verb in a participle ("…, saying,", "by saying") or after "and" takes the subject of the sentence',
  example: '[Governor Ana Ruiz] criticised the plan, [saying], "It puts the budget at risk."',
  at(ctx, site, i) {
    const { tokens } = ctx;
    const n = ctx.cueAt(i);
    if (!n || !site.opening) return null;
    // "…, saying", and "by saying", "after announcing": a participle whose subject is the sentence's.
    const ing = tokens[i].lower.endsWith('ing') && i > site.floor;
    const participle =
      ing && (/^,\s*$/.test(tokens[i - 1].post) || PARTICIPLE_LINKS.has(tokens[i - 1].lower) || participleAfter(tokens[i - 1]));
    const coordinated = tokens[i - 1]?.lower === 'and' && tokens[i - 1].sentence === tokens[i].sentence;
    if (!participle && !coordinated) return null;
    const subject = subjectOf(ctx, site.opening, i) ?? phraseSubject(ctx, site.opening, i);
    return withCue(ctx, subject, i, n) ?? 'claimed';
  },
});

/** The speaker of the verb of speech at token i (length n), from the phrase before it or the name opening its appositions. */
function speakerBeforeCue(ctx: AttributionContext, site: QuoteSite, i: number): [SpeakerGuess, Phrase] | null {
  const np = phraseBefore(ctx, i, site.floor);
  const guess = np && speakerOf(ctx, np, 'speaker-cue-quote', site.quote.start);
  // "Ana Ruiz, who runs the union's legal team, said, "…"": the name that opens the appositions.
  const ap = subjectBeforeAppositions(ctx, site.floor, i);
  const opener = ap && speakerOf(ctx, ap, 'speaker-cue-quote', site.quote.start);
  // "Ana Ruiz, curator at the University of Arkansas, Fayetteville, said": an organization after a
  // preposition is where the speaker works; the person opening the appositions speaks.
  const where = guess?.kind === 'name' && np && PREPOSITIONS.has(ctx.tokens[np[0] - 1]?.lower ?? '');
  if (where && opener?.kind === 'name' && ctx.entityById.get(opener.entityId!)?.type === 'person') return [opener, ap!];
  // A phrase that names nobody counts only when short ("a source said"), not a whole clause.
  if (guess && (guess.kind !== 'other' || np![1] - np![0] <= 4)) return [issuerOf(ctx, site, guess, np!) ?? guess, np!];
  return opener ? [opener, ap!] : null;
}

const PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'with', 'in']);

/**
 * "The union issued a statement saying "…"": a document that is the object of a verb speaks for
 * the verb's subject.
 */
function issuerOf(ctx: AttributionContext, site: QuoteSite, guess: SpeakerGuess, [first]: Phrase): SpeakerGuess | null {
  if (guess.kind !== 'document' || guess.entityId) return null;
  const verb = first - 1;
  if (verb <= site.floor || !isVerb(ctx.tokens[verb]) || ctx.cueAt(verb)) return null;
  const np = phraseBefore(ctx, verb, site.floor);
  const issuer = np && speakerOf(ctx, np, 'speaker-cue-quote', site.quote.start);
  return issuer && issuer.kind !== 'document' ? issuer : null;
}

/**
 * "Ruiz said she thought that "…"": a pronoun right after a verb of speech (or its "that") is the
 * subject of a reported clause; the quote is the outer speaker's, named before that verb.
 */
function outerSpeaker(ctx: AttributionContext, site: QuoteSite, pronoun: number): Attribution | null {
  const { tokens } = ctx;
  let cue = pronoun - 1;
  if (tokens[cue]?.lower === 'that') cue--;
  if (cue <= site.floor) return null;
  for (let k = cue; k >= site.floor && cue - k < 2; k--) {
    const n = ctx.cueAt(k);
    if (!n || k + n - 1 !== cue) continue;
    const found = speakerBeforeCue(ctx, site, k)?.[0];
    // "Trump bemoaned the unrest and said he thought …": the subject of the sentence.
    const subject = !found && tokens[k - 1]?.lower === 'and' && site.opening ? subjectOf(ctx, site.opening, k) : null;
    return withCue(ctx, found ?? (subject && { ...subject, rule: subject.rule.replace(/^[^+]*/, 'speaker-cue-quote') }), k, n);
  }
  return null;
}

/**
 * "The campaign is denouncing what it calls "…"": an "it" or "they" nobody was found for stands for
 * the subject that opens its sentence, when that subject is another phrase.
 */
function neuterSubject(ctx: AttributionContext, site: QuoteSite, guess: SpeakerGuess, [first]: Phrase): SpeakerGuess | null {
  if (guess.entityId || !site.opening || !/^(?:it|they)$/.test(ctx.tokens[first].lower)) return null;
  const subject = subjectOf(ctx, site.opening, first) ?? phraseSubject(ctx, site.opening, first);
  return subject && subject.mention.start < guess.mention.start
    ? { ...subject, rule: subject.rule.replace(/^[^+]*/, 'speaker-cue-quote') }
    : null;
}

export const speakerCueQuote = tokenRule({
  id: 'speaker-cue-quote',
  description: 'The speaker and a speech verb before the quote, in its sentence',
  example: '[The Russian leader] [said] he was certain that "the talks will go on".',
  at(ctx, site, i) {
    const n = ctx.cueAt(i);
    if (!n) return null;
    const found = speakerBeforeCue(ctx, site, i);
    if (!found) return null;
    const [guess, np] = found;
    if (guess.kind === 'pronoun') return outerSpeaker(ctx, site, np[0]) ?? withCue(ctx, neuterSubject(ctx, site, guess, np) ?? guess, i, n);
    // "She says Trump's tweets accusing X are "…"": a possessive name or a document after a verb of speech is reported on.
    const owner = ctx.tokens[ctx.tokenAt(guess.mention.end) - 1];
    if (guess.kind === 'document' || (owner?.possessive && owner.end <= ctx.tokens[np[1] - 1].start))
      return outerSpeaker(ctx, site, np[0]) ?? withCue(ctx, guess, i, n);
    return withCue(ctx, guess, i, n);
  },
});

export const possessiveClaim = tokenRule({
  id: 'possessive-claim',
  description: 'A name in the possessive before a noun of speech and "that": the words are that name\'s',
  example: 'The paper checked [Ana Ruiz]\'s [claim] that the port had "never lost a single day to strikes".',
  at(ctx, site, i) {
    const { tokens } = ctx;
    if (!SPEECH_NOUNS.has(tokens[i].lower) || tokens[i + 1]?.lower !== 'that' || i - 1 < site.floor) return null;
    const owner = tokens[i - 1];
    const named = owner.possessive ? ctx.entityCovering(owner) : undefined;
    if (!named || named.type === 'place') return null;
    const m = [...ctx.mentionsBefore(owner.end)].find((x) => x.id === named.id && x.end >= owner.end - 2);
    if (!m) return null;
    const guess: SpeakerGuess = { mention: ctx.span(m.start, m.end), kind: 'name', entityId: named.id, rule: 'possessive-claim' };
    return { guess, cue: ctx.span(tokens[i].start, tokens[i].end) };
  },
});
