/** Lists of names: unknown names listed with people are people ("Given, Breen, Staunton, Irwin"). */
import type { EntityType } from '../../types';
import { documentRule, type Group } from './context';
import { decideType } from './decide';

export const listedPeople = documentRule({
  id: 'listed-people',
  description: 'An unknown name in a list of three or more names, most of them people, is a person',
  example: 'Ireland named [Given], Breen, [Staunton] and [Irwin]',
  apply(doc) {
    const { text } = doc;
    const all = [...doc.groups.values()].flatMap((g) => g.mentions.map((m) => ({ m, g }))).sort((a, b) => a.m.start - b.m.start);
    const typed = new Map<Group, EntityType | null>();
    const typeOf = (g: Group) => (typed.has(g) ? typed.get(g)! : (typed.set(g, decideType(g)), typed.get(g)!));
    for (let i = 0; i < all.length;) {
      let j = i + 1;
      while (j < all.length && /^(?:,[^\S\n]*|,?[^\S\n]+and[^\S\n]+)$/.test(text.slice(all[j - 1].m.end, all[j].m.start))) j++;
      if (j - i >= 3) {
        const chain = all.slice(i, j);
        const people = chain.filter((x) => typeOf(x.g) === 'person').length;
        const others = chain.filter((x) => typeOf(x.g) === 'organization' || typeOf(x.g) === 'place').length;
        if (people >= 2 && people > 2 * others)
          for (const x of chain) if (!typeOf(x.g) && !x.g.forced) doc.vote(x.g, 'person', 1, 'listed-people', x.m);
      }
      i = j;
    }
  },
});
