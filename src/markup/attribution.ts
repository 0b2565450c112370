/**
 * Who said it: ties each direct quote and each reported-speech sentence to a speaker mention, a
 * speech verb (cue) and, when it can be found, the entity who speaks. Document-level and cheap: it
 * reads the tokens the segments produced. Every attribution names the rule that made it.
 *
 * Rules, tried in order for a quote:
 *  - quote-cue-speaker / quote-speaker-cue: `"…," said Putin` / `"…," the Russian leader stressed`
 *  - speaker-cue-quote: `Putin said: "…"`, `The Russian leader said he was certain that "…"`
 *  - according-to: `according to X`
 *  - speaker-colon: `Putin: "…"`
 *  - continued-quote: a piece of a quote that runs over several paragraphs
 *  - same-paragraph: an unattributed quote next to an attributed one in its paragraph (line)
 * A pronoun ("he") resolves to the latest person of that gender; a role ("the Russian leader",
 * "the head of state") to the latest person who bears a matching title, or else the latest speaker;
 * a document ("the address", "the statement") stands for the latest speaker; an organization noun
 * ("the ministry") for the latest organization with that head word. Anything else ("a source")
 * keeps its mention and cue with `speaker: null`.
 */
import * as lex from './lexicon';
import type { QuoteSpan } from './quotes';
import type { Sentence, Token } from './segment';
import type { Entity, Mention, MentionKind, Quote, Span } from './types';

export interface AttributionInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** Lines of paragraphs: an unattributed quote may take the speaker of a quote in its own line. */
  segments: ReadonlyArray<{ start: number; end: number }>;
  entities: Entity[];
  /** Entity id of each name mention, by the mention's start offset. */
  entityAt: Map<number, string>;
  titles: Map<string, Set<string>>;
}

export interface AttributionResult {
  quotes: Quote[];
  reported: Quote[];
  /** Descriptor and pronoun mentions that speak for an entity, to add to it. */
  extraMentions: Array<{ entityId: string; mention: Mention }>;
}

type Gender = 'male' | 'female' | undefined;

interface SpeakerGuess {
  mention: Span;
  kind: MentionKind | 'document' | 'other';
  entityId: string | null;
  rule: string;
}

const PRONOUNS: Record<string, Gender | 'plural' | 'neuter'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
  we: 'plural',
  i: undefined,
};
const SKIPPABLE = new Set([
  'also',
  'later',
  'then',
  'further',
  'again',
  'once',
  'has',
  'had',
  'have',
  'was',
  'is',
  'would',
  'will',
  'had',
  'previously',
  'earlier',
  'recently',
  'repeatedly',
  'often',
  'reportedly',
  'simply',
  'just',
  'quickly',
  'bluntly',
  'flatly',
  'firmly',
  'angrily',
  'emphatically',
  'proudly',
  'quietly',
  'softly',
  'publicly',
  'privately',
  'frankly',
  'confidently',
  'cautiously',
  'calmly',
  'sharply',
  'immediately',
  'subsequently',
  'finally',
  'separately',
  'herself',
  'himself',
  'themselves',
  'once',
]);
const NP_STOP = new Set([
  'who',
  'which',
  'that',
  'when',
  'while',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'as',
  'to',
  'with',
  'from',
  'by',
  'about',
  'because',
  'since',
  'if',
  'and',
  'but',
  'or',
  'than',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
  'one',
  'another',
  'some',
  'several',
  'two',
  'three',
  'many',
]);

export function attribute(input: AttributionInput): AttributionResult {
  const { text, tokens, sentences, quotes, segments, entities } = input;
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const gender = new Map<string, Gender>();
  for (const e of entities) if (e.type === 'person') gender.set(e.id, personGender(e, input.titles.get(e.id)));
  // Name mentions in text order, for recency.
  const nameMentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, start: m.start, end: m.end, id: e.id, type: e.type })))
    .sort((a, b) => a.at - b.at);

  const tokenAt = (offset: number) => lowerBound(tokens, offset);
  /**
   * Indexes of the name mentions before an offset, nearest first, at most a few hundred back: an
   * antecedent further away than that is not one a reader would take, and the bound keeps each
   * lookup from scanning the whole article.
   */
  function* mentionsBefore(offset: number): Generator<number> {
    const last = lastAtOrBefore(nameMentions, offset - 1);
    for (let i = last; i >= 0 && last - i < 400; i--) if (nameMentions[i].at < offset) yield i;
  }
  // Quotes are in text order and do not overlap: the one that could hold an offset is found by bisection.
  const quoteAt = (offset: number) => {
    const i = lastAtOrBefore(quotes, offset);
    return i >= 0 && offset < quotes[i].end ? quotes[i] : undefined;
  };
  const insideQuote = (t: Token) => {
    const q = quoteAt(t.start);
    return !!q && t.end <= q.end;
  };
  const results: Quote[] = [];
  const speakersSoFar: Array<{ at: number; id: string | null }> = [];

  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

  /**
   * The speech verb at token i: its length in tokens, or 0. Without a quote mark in reach
   * (reported speech) only verbs of speech proper count, not "thought" or "called".
   */
  const cueAt = (i: number, reportedSpeech = false): number => {
    const t = tokens[i];
    const hit = t?.cue;
    if (!hit) return 0;
    if (reportedSpeech && hit.strength !== 'speech') return 0;
    // "report", "claims", "post": nouns as often as verbs; compromise decides.
    if (hit.nounLike && !t.tags.has('Verb')) return 0;
    return hit.length;
  };

  /** A noun phrase's mention: a name inside it, a pronoun, or the phrase itself. */
  /** The speaker a phrase names; `cueAfter` when the speech verb follows the phrase (the name nearest the verb is its head). */
  const guessFromPhrase = (first: number, last: number, rule: string, at: number, cueAfter = true): SpeakerGuess | null => {
    while (first < last && /^[,;:]$/.test(tokens[first].text)) first++;
    if (first >= last) return null;
    at = Math.min(at, tokens[first].start);
    // A name in the phrase wins ("Russian President Vladimir Putin", "Smith, the minister,"): a person first, then an organization.
    // "Mr. Morgan of the Sierra Club said": the head comes before "of".
    let headEnd = last;
    for (let i = first + 1; i < last; i++) if (tokens[i].lower === 'of') ((headEnd = i), (i = last));
    const named = (type: Entity['type']) => {
      for (const [from, to] of headEnd < last
        ? [
            [first, headEnd],
            [headEnd, last],
          ]
        : [[first, last]]) {
        const found = namedIn(type, from, to);
        if (found) return found;
      }
      return null;
    };
    const namedIn = (type: Entity['type'], from: number, to: number) => {
      for (let k = 0; k < to - from; k++) {
        const i = cueAfter ? to - 1 - k : from + k;
        const id = input.entityAt.get(tokens[i].start);
        const e = id ? entityById.get(id) : undefined;
        if (e?.type === type) {
          const m = e.mentions.find((x) => x.start === tokens[i].start)!;
          return { mention: span(m.start, m.end), kind: 'name' as const, entityId: e.id, rule };
        }
      }
      return null;
    };
    const name = named('person') ?? named('organization');
    if (name) return name;
    const phrase = tokens.slice(first, last);
    // Places and dates do not speak ("in Tulsa", "early Friday"), though they may describe who does ("the Indiana governor").
    const head = phrase[phrase.length - 1];
    if (
      entityCovering(head) ||
      head.tags.has('Date') ||
      phrase.some((t) => t.tags.has('Date') || (t.tags.has('Adverb') && !SKIPPABLE.has(t.lower)))
    )
      return null;
    if (phrase.length === 1 && tokens[first].lower in PRONOUNS) {
      const p = PRONOUNS[tokens[first].lower];
      const id = p === 'male' || p === 'female' ? resolvePronoun(p, first) : null;
      return { mention: span(tokens[first].start, tokens[first].end), kind: 'pronoun', entityId: id, rule: id ? `${rule}+pronoun` : rule };
    }
    const headWord = phraseHead(phrase);
    const info = headWord ? lex.roleNounInfo(headWord) : undefined;
    const mention = span(tokens[first].start, tokens[last - 1].end);
    const definite = /^(?:the|this|that|his|her|its|their)$/.test(tokens[first].lower);
    // "the minister" is someone named before; "her rival" is someone else.
    const anaphoric = /^(?:the|this|that)$/.test(tokens[first].lower);
    if (info?.kind === 'document')
      return { mention, kind: 'document', entityId: definite ? latestAttribution(at) : null, rule: `${rule}+document` };
    if (info?.kind === 'person' && anaphoric) {
      const id = resolveRole(phrase.map((t) => t.lower).join(' '), info.gender, at);
      return { mention, kind: 'descriptor', entityId: id, rule: `${rule}+descriptor` };
    }
    if (info?.kind === 'organization' && definite) {
      const id = resolveOrganization(headWord!, at);
      return { mention, kind: 'descriptor', entityId: id, rule: `${rule}+organization` };
    }
    // "a source", "officials", "one analyst": a speaker with no name. Anything else is not a speaker.
    if (info || head.tags.has('Actor') || head.tags.has('Person')) return { mention, kind: 'other', entityId: null, rule };
    return null;
  };

  /** "he"/"she" at token `at`: the subject of its own sentence if it fits, else the latest person of that gender. */
  function resolvePronoun(g: 'male' | 'female', at: number): string | null {
    const fits = (id: string) => gender.get(id) === undefined || gender.get(id) === g;
    const sentence = sentences[tokens[at].sentence];
    for (let i = sentence.first; i < at; i++) {
      const id = input.entityAt.get(tokens[i].start);
      if (id && entityById.get(id)!.type === 'person' && !insideQuote(tokens[i])) {
        if (fits(id)) return id;
        break;
      }
    }
    const offset = tokens[at].start;
    for (const i of mentionsBefore(offset)) {
      const m = nameMentions[i];
      if (m.type !== 'person') continue;
      if (fits(m.id)) return m.id;
    }
    return null;
  }

  function resolveRole(phrase: string, g: Gender, at: number): string | null {
    const words = phrase.split(' ').filter((w) => !DETERMINERS.has(w));
    // A person whose title shares the role's head word ("the minister" ~ "Foreign Minister X").
    const headWord = words[words.length - 1];
    let titled: string | null = null;
    for (const i of mentionsBefore(at)) {
      if (titled) break;
      const m = nameMentions[i];
      if (m.type !== 'person') continue;
      const titles = input.titles.get(m.id);
      if (titles && [...titles].some((t) => t.split(' ').includes(headWord) || isLeaderRole(phrase))) titled = m.id;
    }
    const compatible = (id: string | null) => (id && (g === undefined || gender.get(id) === undefined || gender.get(id) === g) ? id : null);
    return compatible(titled) ?? compatible(latestSpeaker(at)) ?? compatible(latestPerson(at));
  }

  function resolveOrganization(head: string, at: number): string | null {
    for (const i of mentionsBefore(at)) {
      const m = nameMentions[i];
      if (m.type !== 'organization') continue;
      const name = entityById.get(m.id)!.name.toLowerCase();
      if (name.includes(head)) return m.id;
    }
    return null;
  }

  function latestSpeaker(at: number): string | null {
    for (let i = speakersSoFar.length - 1; i >= 0; i--) if (speakersSoFar[i].at < at && speakersSoFar[i].id) return speakersSoFar[i].id;
    return null;
  }

  /** The speaker of the latest attribution, even an unresolved one: a document stands for whoever issued it. */
  function latestAttribution(at: number): string | null {
    for (let i = speakersSoFar.length - 1; i >= 0; i--) if (speakersSoFar[i].at < at) return speakersSoFar[i].id;
    return null;
  }

  function latestPerson(at: number): string | null {
    for (const i of mentionsBefore(at)) if (nameMentions[i].type === 'person') return nameMentions[i].id;
    return null;
  }

  /**
   * Subject phrase ending right before token `cue` (skipping adverbs and auxiliaries): [first, last).
   * Steps over a bracket ("Rep. Gwen Moore (D-Wis.) said") and a comma-enclosed role or aside
   * ("Smith, the minister, said", "Clinton, at a press gaggle, said") to the name before it.
   */
  const phraseBefore = (cue: number, floor: number): [number, number] | null => {
    let last = cue;
    while (last - 1 >= floor && SKIPPABLE.has(tokens[last - 1].lower) && !/[^\s]/.test(tokens[last - 1].post)) last--;
    if (last - 1 < floor) return null;
    const post = tokens[last - 1].post.replace(/^['’]s?/, '');
    if (/\)\s*$/.test(post)) {
      let open = last - 1;
      while (open > floor && last - open < 8 && !tokens[open].pre.includes('(')) open--;
      if (!tokens[open].pre.includes('(') || open <= floor) return null;
      last = open;
    } else if (/^,\s*$/.test(post)) {
      let comma = last - 2;
      while (comma >= floor && last - comma < 12 && !/^,\s*$/.test(tokens[comma].post)) comma--;
      if (comma < floor || last - comma >= 12) return null;
      last = comma + 1;
    } else if (/[^\s'’-]/.test(post)) return null;
    let first = last - 1;
    if (tokens[first].lower in PRONOUNS) return [first, last];
    if (NP_STOP.has(tokens[first].lower) || (isVerb(tokens[first]) && !isProper(tokens[first]))) return null;
    while (first - 1 >= floor) {
      const t = tokens[first - 1];
      const abbreviatedTitle = /^\.\s*$/.test(t.post) && (t.tags.has('Honorific') || lex.isPersonTitle(t.text) || /^\p{Lu}$/u.test(t.text));
      if (/[^\s'’-]/.test(t.post.replace(/^['’]s?/, '')) && !abbreviatedTitle) break;
      if (NP_STOP.has(t.lower) || isVerb(t) || insideQuote(t) || t.lower in PRONOUNS) break;
      first--;
      if (DETERMINERS.has(t.lower)) break;
    }
    return [first, last];
  };

  /** Phrase starting at token `i` (after a verb: "said the Russian leader"): [first, last). */
  const phraseAfter = (i: number, ceiling: number): [number, number] | null => {
    let last = i;
    while (last < ceiling && last - i < 8) {
      const t = tokens[last];
      if (NP_STOP.has(t.lower) || (last > i && isVerb(t) && !isProper(t)) || insideQuote(t)) break;
      last++;
      if (/[^\s'’-]/.test(t.post.replace(/^['’]s?/, ''))) break;
    }
    return last > i ? [i, last] : null;
  };

  const sentenceOf = (tokenIndex: number) => sentences[tokens[tokenIndex]?.sentence ?? -1];

  const attributeQuote = (q: QuoteSpan, index: number): { guess: SpeakerGuess; cue: Span | null } | null => {
    const nextQuote = quotes[index + 1]?.start ?? Infinity;
    // A title in quote marks earlier in the sentence ("appeared on "Face the Nation"") does not end the search for a speaker.
    let previous = index - 1;
    while (previous >= 0 && isTitleInQuotes(text.slice(quotes[previous].start, quotes[previous].end))) previous--;
    const prevQuote = quotes[previous]?.end ?? -Infinity;
    const firstAfter = tokenAt(q.end);
    const inner = text.slice(q.start + 1, q.end - 1).trimEnd();
    // After the quote: `"…," said X` / `"…," X said` / `"…," X, the minister, said`.
    if (firstAfter < tokens.length && tokens[firstAfter].start < nextQuote && !text.slice(q.end, tokens[firstAfter].start).includes('\n')) {
      const s = sentenceOf(firstAfter);
      const sameSentence = /[,?!\u2014\u2013-]$/.test(inner) || /^\p{Ll}/u.test(tokens[firstAfter].text);
      if (sameSentence || s.last - firstAfter <= 6) {
        const ceiling = Math.min(s.last, lowerBound(tokens, nextQuote));
        for (let i = firstAfter; i < ceiling && i - firstAfter <= 16; i++) {
          const n = cueAt(i);
          if (!n) continue;
          if (i === firstAfter) {
            const np = phraseAfter(i + n, ceiling);
            const guess = np && guessFromPhrase(np[0], np[1], 'quote-cue-speaker', q.start, false);
            if (guess) return { guess, cue: span(tokens[i].start, tokens[i + n - 1].end) };
          } else {
            // Everything between the quote and the verb is the speaker: compromise may mistag a word in it ("campaign").
            const np = phraseBefore(i, firstAfter);
            const whole =
              np &&
              (np[0] === firstAfter ||
                tokens
                  .slice(firstAfter, np[0])
                  .every(
                    (t) =>
                      (!/[^\s'’-]/.test(t.post.replace(/^['’]s?/, '')) || /^\.\s*$/.test(t.post)) &&
                      !NP_STOP.has(t.lower) &&
                      !(t.lower in PRONOUNS),
                  ));
            const guess = np && whole ? guessFromPhrase(firstAfter, np[1], 'quote-speaker-cue', q.start) : null;
            if (guess) return { guess, cue: span(tokens[i].start, tokens[i + n - 1].end) };
            if (tokens[i].lower === 'according') continue;
          }
          break;
        }
        // A partial quote inside a clause: `“…” to drive up the price, she said.`
        if (sameSentence && ceiling === s.last) {
          for (let i = ceiling - 1; i > firstAfter && ceiling - i <= 6; i--) {
            const n = cueAt(i);
            if (!n || ceiling - (i + n) > 4) continue;
            const np = phraseBefore(i, firstAfter);
            if (!np || np[0] <= firstAfter || !/^,\s*$/.test(tokens[np[0] - 1].post)) continue;
            const guess = guessFromPhrase(np[0], np[1], 'quote-clause-speaker-cue', q.start);
            if (guess) return { guess, cue: span(tokens[i].start, tokens[i + n - 1].end) };
          }
        }
      }
    }
    // `“…” ― Sonya Herridge`: a name after a dash.
    const dash = /^\s*[\u2015\u2014\u2013-]\s*/.exec(text.slice(q.end, q.end + 4));
    const named = dash ? tokenAt(q.end + dash[0].length) : -1;
    if (dash && named < tokens.length) {
      const id = input.entityAt.get(tokens[named].start);
      const e = id ? entityById.get(id) : undefined;
      if (e && e.type !== 'place' && tokens[named].start === q.end + dash[0].length) {
        const m = e.mentions.find((x) => x.start === tokens[named].start)!;
        return { guess: { mention: span(m.start, m.end), kind: 'name', entityId: e.id, rule: 'quote-dash-speaker' }, cue: null };
      }
    }
    // Before the quote, in its sentence: `X said: "…"`, `X said he was certain that "…"`.
    const firstInside = tokenAt(q.start);
    const opening = firstInside < tokens.length ? sentenceOf(firstInside) : undefined;
    if (opening) {
      const floor = Math.max(opening.first, lowerBound(tokens, prevQuote));
      for (let i = firstInside - 1; i >= floor; i--) {
        if (tokens[i].lower === 'according' && tokens[i + 1]?.lower === 'to') {
          const np = phraseAfter(i + 2, firstInside);
          const guess = np && guessFromPhrase(np[0], np[1], 'according-to', q.start, false);
          if (guess) return { guess, cue: span(tokens[i].start, tokens[i + 1].end) };
        }
        const n = cueAt(i);
        if (!n) continue;
        // `X attacked Y, saying, "…"` / `X said … and added: "…"`: the speaker is the sentence's subject.
        if (
          (tokens[i].lower.endsWith('ing') && i > floor && /^,\s*$/.test(tokens[i - 1].post)) ||
          (tokens[i - 1]?.lower === 'and' && tokens[i - 1].sentence === tokens[i].sentence)
        ) {
          const subject = subjectOf(opening, i);
          if (subject) return { guess: subject, cue: span(tokens[i].start, tokens[i + n - 1].end) };
          continue;
        }
        const np = phraseBefore(i, floor);
        const guess = np && guessFromPhrase(np[0], np[1], 'speaker-cue-quote', q.start);
        if ((guess && guess.kind !== 'other') || (guess && np![1] - np![0] <= 4))
          return { guess: guess!, cue: span(tokens[i].start, tokens[i + n - 1].end) };
      }
      // `Caddell continued:` closing the paragraph before a quote that opens the next one.
      if (
        floor === opening.first &&
        firstInside === opening.first &&
        opening.first > 0 &&
        /:\s*$/.test(tokens[opening.first - 1].post) &&
        tokens[opening.first - 1].end <= q.start
      ) {
        const intro = sentences[tokens[opening.first - 1].sentence];
        for (let i = opening.first - 1; i >= intro.first; i--) {
          const n = cueAt(i);
          if (!n) continue;
          const np = phraseBefore(i, intro.first);
          const guess = np && guessFromPhrase(np[0], np[1], 'speaker-cue-colon-quote', q.start);
          if (guess) return { guess, cue: span(tokens[i].start, tokens[i + n - 1].end) };
          break;
        }
      }
      // `Putin: "…"`
      const before = firstInside - 1;
      if (before >= floor && /:\s*$/.test(tokens[before].post)) {
        const m = nameMentions[lastAtOrBefore(nameMentions, tokens[before].start)];
        if (m && m.end === tokens[before].end)
          return { guess: { mention: span(m.start, m.end), kind: 'name', entityId: m.id, rule: 'speaker-colon' }, cue: null };
      }
    }
    return null;
  };

  /** The entity whose name mention covers a token, if any. */
  function entityCovering(t: Token): Entity | undefined {
    // Name mentions do not nest: only the last one starting at or before the token can cover it.
    const i = lastAtOrBefore(nameMentions, t.start);
    const m = nameMentions[i];
    return m && t.end <= m.end ? entityById.get(m.id) : undefined;
  }

  /** The first person, organization or personal pronoun of a sentence, before token `end`. */
  function subjectOf(sentence: Sentence, end: number): SpeakerGuess | null {
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
      if (insideQuote(tokens[i])) continue;
      const id = input.entityAt.get(tokens[i].start);
      const e = id ? entityById.get(id) : undefined;
      // "In an interview on CBS, Ryan said": a name after a preposition is not the subject.
      const afterPreposition = i > sentence.first && tokens[i - 1].tags.has('Preposition');
      if (e && e.type !== 'place' && !afterPreposition) {
        const m = e.mentions.find((x) => x.start === tokens[i].start)!;
        return { mention: span(m.start, m.end), kind: 'name', entityId: e.id, rule: 'participle-subject' };
      }
      if (tokens[i].lower in PRONOUNS && tokens[i].lower !== 'i') return guessFromPhrase(i, i + 1, 'participle-subject', tokens[i].start);
    }
    return null;
  }

  const guesses: Array<SpeakerGuess | null> = new Array(quotes.length).fill(null);
  const reported: Array<{ quote: Quote; guess: SpeakerGuess }> = [];
  // Quotes and quote-free sentences in text order, so that "latest speaker" means what it says.
  const quoteFree = sentences.filter((s) => {
    const q = quotes[lastAtOrBefore(quotes, s.end - 1)];
    return !q || q.end <= s.start;
  });
  let qi = 0,
    si = 0;
  while (qi < quotes.length || si < quoteFree.length) {
    if (si >= quoteFree.length || (qi < quotes.length && quotes[qi].start < quoteFree[si].start)) {
      const q = quotes[qi];
      const found = attributeQuote(q, qi);
      const quote: Quote = {
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        speaker: null,
        speakerMention: null,
        cue: null,
        rule: null,
      };
      if (found) {
        quote.speaker = found.guess.entityId;
        quote.speakerMention = found.guess.mention;
        quote.cue = found.cue;
        quote.rule = found.guess.rule;
        speakersSoFar.push({ at: q.start, id: found.guess.entityId });
      }
      results.push(quote);
      guesses[qi] = found?.guess ?? null;
      qi++;
    } else {
      const r = reportedIn(quoteFree[si]);
      if (r) {
        reported.push(r);
        speakersSoFar.push({ at: r.quote.start, id: r.quote.speaker });
      }
      si++;
    }
  }

  // Only a quote that is a sentence of its own may take its neighbour's speaker; a partial quote inside someone's sentence may not.
  const standalone = quotes.map((q) => {
    const first = tokenAt(q.start);
    if (first >= tokens.length) return false;
    const sentence = sentenceOf(first);
    for (let i = sentence.first; i < first; i++) if (!insideQuote(tokens[i])) return false;
    return true;
  });
  const sentenceOfQuote = quotes.map((q) => tokens[Math.min(tokenAt(q.start), tokens.length - 1)]?.sentence ?? -1);
  inheritAttributions(results, quotes, segments, standalone, sentenceOfQuote);
  // Words in quote marks that nobody is said to say are scare quotes or titles ("quack", “Morning Joe”), not quotes.
  const kept = results.map((quote) => {
    const after = quote.rule === 'quote-cue-speaker' || quote.rule?.startsWith('quote-speaker-cue');
    return !((!quote.rule && isTermInQuotes(quote.text)) || (!after && isTitleInQuotes(quote.text)));
  });
  const keptResults = results.filter((_, i) => kept[i]);
  const keptGuesses = guesses.filter((_, i) => kept[i]);

  const extraMentions: AttributionResult['extraMentions'] = [];
  const seen = new Set<number>();
  for (const [quote, guess] of [
    ...keptResults.map((q, i) => [q, keptGuesses[i]] as const),
    ...reported.map((r) => [r.quote, r.guess] as const),
  ]) {
    if (!guess || !quote.speaker || seen.has(guess.mention.start)) continue;
    if (guess.kind === 'descriptor' || guess.kind === 'pronoun') {
      seen.add(guess.mention.start);
      extraMentions.push({ entityId: quote.speaker, mention: { ...guess.mention, kind: guess.kind } });
    }
  }
  return { quotes: keptResults, reported: reported.map((r) => r.quote), extraMentions };

  /** Reported speech in a sentence without quote marks: `…, Putin stressed.` or `X said that …`. */
  function reportedIn(s: Sentence): { quote: Quote; guess: SpeakerGuess } | null {
    // `CONTENT, X said [≤ 4 words].`
    for (let i = s.last - 1; i > s.first && s.last - i <= 6; i--) {
      const n = cueAt(i, true);
      if (!n || s.last - (i + n) > 4) continue;
      const np = phraseBefore(i, s.first);
      if (!np || np[0] <= s.first || !/,\s*$/.test(tokens[np[0] - 1].post)) continue;
      const guess = guessFromPhrase(np[0], np[1], 'reported-content-speaker-cue', s.start);
      if (!guess || guess.kind === 'other') continue;
      return makeReported(span(s.start, tokens[np[0] - 1].end), guess, span(tokens[i].start, tokens[i + n - 1].end));
    }
    // `X said (on Friday) that CONTENT.`
    for (let i = s.first + 1; i < s.last - 2; i++) {
      const n = cueAt(i, true);
      if (!n) continue;
      let that = i + n;
      while (that < s.last && that - (i + n) < 4 && tokens[that].lower !== 'that') that++;
      if (tokens[that]?.lower !== 'that' || that + 1 >= s.last) return null;
      const np = phraseBefore(i, s.first);
      const guess = np && guessFromPhrase(np[0], np[1], 'reported-speaker-cue-that', s.start);
      if (!guess || guess.kind === 'other') return null;
      return makeReported(span(tokens[that + 1].start, s.end), guess, span(tokens[i].start, tokens[i + n - 1].end));
    }
    return null;
  }

  function makeReported(content: Span, guess: SpeakerGuess, cue: Span): { quote: Quote; guess: SpeakerGuess } {
    return { quote: { ...content, speaker: guess.entityId, speakerMention: guess.mention, cue, rule: guess.rule }, guess };
  }
}

/** Unattributed quotes take the speaker of a multi-paragraph quote they belong to, or of an attributed quote in their paragraph. */
function inheritAttributions(
  results: Quote[],
  quotes: QuoteSpan[],
  segments: ReadonlyArray<{ start: number; end: number }>,
  standalone: boolean[],
  sentenceOfQuote: number[],
): void {
  const copy = (to: Quote, from: Quote, rule: string) => {
    to.speaker = from.speaker;
    to.speakerMention = from.speakerMention;
    to.cue = from.cue;
    to.rule = rule;
  };
  // Chains of pieces: the last piece usually carries the attribution.
  for (let i = results.length - 1; i >= 0; i--) {
    const prev = quotes[i].continues;
    if (prev >= 0) {
      if (results[i].rule && !results[prev].rule) copy(results[prev], results[i], 'continued-quote');
    }
  }
  for (let i = 0; i < results.length; i++) {
    const prev = quotes[i].continues;
    if (prev >= 0 && !results[i].rule && results[prev].rule) copy(results[i], results[prev], 'continued-quote');
  }
  const segmentOf = (offset: number) => lastAtOrBefore(segments, offset);
  for (let i = 0; i < results.length; i++) {
    if (results[i].rule) continue;
    const p = segmentOf(results[i].start);
    // A partial quote takes only the speaker of its own sentence; a quote that is a sentence, its paragraph's.
    const near = (j: number) =>
      results[j].rule &&
      results[j].rule !== 'same-paragraph' &&
      (standalone[i] ? segmentOf(results[j].start) === p : sentenceOfQuote[j] === sentenceOfQuote[i]);
    // Quotes are in text order: the search stops at the first quote outside the line (or sentence).
    const inScope = (j: number) => (standalone[i] ? segmentOf(results[j].start) === p : sentenceOfQuote[j] === sentenceOfQuote[i]);
    let from: Quote | undefined;
    for (let j = i - 1; j >= 0 && !from && inScope(j); j--) if (near(j)) from = results[j];
    for (let j = i + 1; j < results.length && !from && inScope(j); j++) if (near(j)) from = results[j];
    if (from) copy(results[i], from, 'same-paragraph');
  }
}

const SMALL_WORDS = /^(?:a|an|the|of|in|on|and|or|to|for|with|at|by|from|is|are|it)$/i;

const quotedWordsUncached = (quoted: string) =>
  quoted
    .replace(/^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„.,;:!?]+$/g, '')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

// Quote texts repeat on every pass over an article: their word lists are remembered (bounded).
const wordsOfQuote = new Map<string, string[]>();
function quotedWords(quoted: string): string[] {
  let words = wordsOfQuote.get(quoted);
  if (!words) {
    if (wordsOfQuote.size > 20_000) wordsOfQuote.clear();
    words = quotedWordsUncached(quoted);
    wordsOfQuote.set(quoted, words);
  }
  return words;
}

/** Up to three words, or a title: not a quotation by itself. */
export function isTermInQuotes(quoted: string): boolean {
  return quotedWords(quoted).length <= 3 || isTitleInQuotes(quoted);
}

/** A short run of capitalised words: the title of a show, a book, a song ("Face the Nation"). */
export function isTitleInQuotes(quoted: string): boolean {
  const words = quotedWords(quoted);
  return (
    words.length >= 1 &&
    words.length <= 7 &&
    words.every((w) => SMALL_WORDS.test(w) || /^[\p{Lu}\d]/u.test(w)) &&
    /^[\p{Lu}\d]/u.test(words[0])
  );
}

function personGender(e: Entity, titles: Set<string> | undefined): Gender {
  for (const t of titles ?? []) {
    if (/\b(?:mr|sir|lord|king|prince|father|brother)\b/.test(t)) return 'male';
    if (/\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|sister)\b/.test(t)) return 'female';
  }
  const first = e.name.split(/\s+/)[0];
  return e.name.includes(' ') ? lex.genderOfFirstName(first) : undefined;
}

const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('ProperNoun');
const isProper = (t: Token) => /^\p{Lu}/u.test(t.text);
const isLeaderRole = (phrase: string) =>
  /\b(?:leader|head of state|head of government|president|premier|prime minister|chancellor|king|queen|monarch)\b/.test(phrase);

/** The head noun of a phrase: its last word before "of" ("the head of state" → "head of state" as a unit is checked first). */
function phraseHead(phrase: Token[]): string | null {
  const words = phrase.map((t) => t.lower);
  const joined = words.filter((w) => !DETERMINERS.has(w)).join(' ');
  if (lex.roleNounInfo(joined)) return joined;
  const of = words.indexOf('of');
  const core = of > 0 ? words.slice(0, of) : words;
  for (let n = Math.min(3, core.length); n >= 1; n--) {
    const tail = core.slice(core.length - n).join(' ');
    if (lex.roleNounInfo(tail)) return tail;
  }
  return core[core.length - 1] ?? null;
}

/** Index of the last span (in a list sorted by start) that starts at or before `offset`, or -1. */
function lastAtOrBefore(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0,
    hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first token starting at or after `offset`. */
function lowerBound(tokens: Token[], offset: number): number {
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
