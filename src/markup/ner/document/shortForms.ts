/** Short forms of an organization's name: "Hensley" for Hensley Gold Corp, "Magna" for Magna International Inc. */
import * as lex from '../../lexicon';
import { COMPASS_WORDS, PARTY_LABELS } from '../../lexicon/nameParts';
import { documentRule, isLexical, keyOf, wordsOf, type DocumentContext, type Group } from './context';
import { decideType, isPersonish } from './decide';

/** The organizations the article names in more than one word, by the key of each of their leading word runs. */
function organizationsByLead(doc: DocumentContext): Map<string, Set<Group>> {
  const byLead = new Map<string, Set<Group>>();
  for (const g of doc.groups.values()) {
    if (decideType(g) !== 'organization') continue;
    for (const n of g.names) {
      const w = wordsOf(n);
      for (let k = 1; k < w.length; k++) {
        // An everyday word stands for the organization only before its head words: "Commerce" for Commerce
        // Bancshares Inc. (not "Emergency" for Emergency Management Information System).
        const everyday = w.slice(0, k).every((x) => lex.isEnglishWord(x));
        if (everyday && !w.slice(k).every((x) => lex.isOrgHeadWord(x) || lex.isOrgHeadWord(x.replace(/\.$/, '')))) continue;
        const lead = keyOf(w.slice(0, k).join(' '));
        (byLead.get(lead) ?? byLead.set(lead, new Set()).get(lead)!).add(g);
      }
    }
  }
  return byLead;
}

/**
 * A name nothing else settles as it stands: not forced, no title before it, not a place or an organization
 * a lexicon knows, nor a word that heads organization names ("Union"), nor a describing word ("North", "Libertarian").
 */
function isOpen(g: Group): boolean {
  // Named in running text at least once (not only as a clause's first word: "New faces emerged"), and not a place by its votes.
  if (g.forced || g.titled || !g.strong || decideType(g) === 'place') return false;
  // "Elizabeth Warren" is a person's name, even where a headline runs on into a company's ("… Hammers Wells Fargo").
  const personName = (n: string) => wordsOf(n).length > 1 && wordsOf(n).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  if (isPersonish(g) && [...g.names].some(personName)) return false;
  const describing = (n: string) => COMPASS_WORDS.has(n) || PARTY_LABELS.has(n) || lex.isNationality(n);
  return ![...g.names].some((n) => isLexical(n) || lex.isOrgHeadWord(n) || describing(n));
}

export const organizationShortForm = documentRule({
  id: 'organization-short-form',
  description: 'A name that is the first word(s) of one organization named in full in the article is that organization',
  example: 'Hensley Gold Corp said … [Hensley] will pay a dividend',
  apply(doc) {
    const byLead = organizationsByLead(doc);
    for (const g of [...doc.groups.values()]) {
      const owners = byLead.get(g.key);
      // Two organizations that open alike ("First Bank", "First Chicago"): the short form is unclear.
      if (!owners || owners.size !== 1 || owners.has(g) || !isOpen(g)) continue;
      const [owner] = owners;
      for (const m of g.mentions) {
        doc.mention(owner, m);
        doc.fired('organization-short-form', m);
      }
      for (const n of g.names) owner.names.add(n);
      doc.alias.set(g.key, owner.key);
      doc.groups.delete(g.key);
    }
  },
});
