/** "I", "me", "my" inside a direct quote stand for whoever says it. */
import * as lex from '../../lexicon';
import { pronounWord } from '../context';
import { corefRule } from '../rule';

export const quoteFirstPerson = corefRule({
  id: 'quote-first-person',
  description: 'A first-person pronoun inside a direct quote is its speaker: "I", "me", "my" for a person, "we", "our" for an organization',
  example: '"[I] will not resign," Ana Ruiz said.',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const word = pronounWord(tokens[i]);
      const info = lex.pronounInfo(word.text);
      if (info?.person !== 1) continue;
      const quote = ctx.quoteOf(tokens[i]);
      const speaker = quote?.speaker ? ctx.entityById.get(quote.speaker) : undefined;
      if (!speaker) continue;
      // "we" in a person's mouth is their party, their team or their country, not the person.
      const plural = PLURAL.has(word.lower);
      if (plural ? speaker.type === 'organization' : speaker.type === 'person') ctx.link(speaker.id, i, i, 'pronoun', this.id);
    }
  },
});

const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
