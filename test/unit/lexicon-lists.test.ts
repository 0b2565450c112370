import assert from 'node:assert/strict';
import '../../src/markup/lexicon';
import { registeredLists } from '../../src/markup/lexicon/registry';

/** Lists that must not share an entry: a word in both would be read two ways depending on which is asked first. */
const DISJOINT: Array<[string, string]> = [
  ['roles.personDescriptors', 'roles.organization'],
  ['roles.personDescriptors', 'roles.document'],
  ['roles.organization', 'roles.document'],
  ['names.male', 'names.female'],
  ['names.male', 'names.unisex'],
  ['names.female', 'names.unisex'],
  ['speech.forms', 'speech.quoteOnlyForms'],
  ['speech.lemmas', 'speech.quoteOnlyLemmas'],
  ['countries.sovereign', 'countries.historical'],
  ['countries.sovereign', 'countries.territories'],
  ['countries.sovereign', 'places.cities'],
  ['countries.sovereign', 'places.regions'],
  ['places.headWords', 'places.weakHeadWords'],
  ['organizations.headWords', 'organizations.corporateSuffixes'],
  ['teams.nicknames', 'teams.clubLeads'],
  ['nonEntities.calendar', 'nonEntities.misc'],
];

describe('lexicon lists', () => {
  const lists = registeredLists();

  it('registers every list of the lexicon', () => {
    assert.ok(lists.size >= 40, `${lists.size} lists`);
  });

  for (const [name, keys] of lists) {
    it(`${name} holds each entry once`, () => {
      const seen = new Set<string>();
      const twice = new Set<string>();
      for (const key of keys()) (seen.has(key) ? twice : seen).add(key);
      assert.deepEqual([...twice], [], `${name}: ${[...twice].join(', ')}`);
    });
  }

  for (const [a, b] of DISJOINT) {
    it(`${a} and ${b} share no entry`, () => {
      assert.ok(lists.has(a) && lists.has(b), `both lists are registered: ${a}, ${b}`);
      const first = new Set(lists.get(a)!());
      const shared = lists.get(b)!().filter((key) => first.has(key));
      assert.deepEqual(shared, [], `${a} ∩ ${b}: ${shared.join(', ')}`);
    });
  }
});
