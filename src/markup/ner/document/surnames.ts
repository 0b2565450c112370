/** Short forms of a person's name: "Putin" for Vladimir Putin, "Mr. Li" for Li Wei (family name first). */
import { lastAtOrBefore } from '../../spans';
import { documentRule, isLexical, keyOf, wordsOf, type DocumentContext, type Group } from './context';
import { isPersonish } from './decide';

const isMultiWord = (g: Group) => [...g.names].some((n) => wordsOf(n).length > 1);

/** People named in full, by the key of their surname and of their given name. */
function peopleByNamePart(doc: DocumentContext): { owners: Map<string, Group[]>; surnames: Set<string> } {
  const owners = new Map<string, Group[]>();
  const surnames = new Set<string>();
  for (const g of doc.groups.values()) {
    if (!isPersonish(g) || !isMultiWord(g)) continue;
    for (const n of g.names) {
      const w = wordsOf(n);
      if (w.length < 2) continue;
      // Surnames, and given names too ("Hillary"; "Mr. Li" for Li Wei, family name first).
      surnames.add(keyOf(w[w.length - 1]));
      for (const k of [keyOf(w[w.length - 1]), keyOf(w[0])]) {
        const list = owners.get(k) ?? [];
        if (!list.includes(g)) list.push(g);
        owners.set(k, list);
      }
    }
  }
  return { owners, surnames };
}

/** The full-name mentions of some people, sorted by start: who was named in full last before an offset. */
function fullNameIndex(people: Group[]): Array<{ start: number; g: Group }> {
  const index = people.flatMap((g) => g.mentions.filter((m) => wordsOf(m.text).length > 1).map((m) => ({ start: m.start, g })));
  return index.sort((a, b) => a.start - b.start);
}

export const surnameJoinsPerson = documentRule({
  id: 'surname',
  description: 'A surname or given name alone belongs to the person named in full with it (the one named last, if two)',
  example: 'Vladimir Putin … [Putin] said',
  apply(doc) {
    const { owners, surnames } = peopleByNamePart(doc);
    for (const g of [...doc.groups.values()]) {
      if (isMultiWord(g) || g.forced) continue;
      // A country or a known organization is not someone's given name: "U.S." in "U.S. Roman Catholic" (a surname may be: "Jordan").
      if (!surnames.has(g.key) && [...g.names].some((n) => isLexical(n)) && g.votes.place + g.votes.organization > g.votes.person) continue;
      const people = owners.get(g.key);
      if (!people?.length) continue;
      // With two people of the same surname, each short mention goes to the one named last before it.
      const index = people.length > 1 ? fullNameIndex(people) : [];
      for (const m of g.mentions) {
        const owner = people.length === 1 ? people[0] : (index[lastAtOrBefore(index, m.start - 1)]?.g ?? people[0]);
        doc.mention(owner, m);
        doc.fired('surname', m);
      }
      for (const owner of people) doc.vote(owner, 'person', 1, 'surname');
      doc.groups.delete(g.key);
    }
  },
});
