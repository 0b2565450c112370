/**
 * Names the article's frame gives: the dateline's place and agency, and clause-initial lone words
 * that the article names elsewhere.
 */
import * as lex from '../../lexicon';
import { documentRule, isLexical, keyOf, wordsOf } from './context';
import { teamContext } from './sports';

export const resultsLineTeam = {
  id: 'results-line-team',
  description: 'In sports copy, a lone word opening a results line or a standings row is a team',
  example: '[Pohang] 3 Ulsan 2',
} as const;

export const datelineAgency = {
  id: 'dateline-agency',
  description: 'The agency in the dateline is an organization: "(Reuters)", "/TASS/"',
  example: 'WASHINGTON ([Reuters]) -',
} as const;

export const knownElsewhere = documentRule({
  id: 'known-elsewhere',
  description: 'A lone word opening a clause is a name only if the article or a lexicon knows it elsewhere ("Sato: …", "Putin said")',
  example: '[Putin] said on Friday … President Vladimir Putin',
  apply(doc) {
    const knownWords = new Set<string>();
    for (const g of doc.groups.values()) for (const n of g.names) for (const w of wordsOf(n)) knownWords.add(keyOf(w));
    for (const c of doc.candidates) {
      if (!c.weak) continue;
      const key = doc.resolve(keyOf(c.text));
      if (doc.groups.has(key) || knownWords.has(key) || isLexical(c.text)) {
        doc.addMention(c);
        doc.fired('known-elsewhere', c);
      } else if (doc.sports && teamContext(doc, c, false) === 'table') {
        // A club opening a results line or a standings row: "Pohang 3 Ulsan 2", "Ayr 3 1 2 0 8 2 5".
        const evidence = [{ rule: resultsLineTeam.id, type: 'organization' as const, weight: 1 }];
        doc.addMention({ ...c, votes: { person: 0, organization: 1, place: 0 }, evidence });
        doc.fired(resultsLineTeam.id, c);
      }
    }
  },
});

export const datelineNames = documentRule({
  id: 'dateline-place',
  description: 'The dateline names a place, its region and an agency: "MOSCOW, December 9. /TASS/.", "LIMA, Peru (Reuters) -"',
  example: '[LIMA], [Peru] ([Reuters]) -',
  apply(doc) {
    const { dateline, datelineBelowHeadline } = doc.frame;
    if (dateline?.place) {
      const g = doc.group(doc.resolve(keyOf(dateline.place.text)));
      doc.mention(g, { ...dateline.place, weak: false });
      doc.force(g, 'place', 'dateline-place');
    }
    // A dateline under a headline ("HEADLINE.\nLANDGRAAF, Netherlands 1996-08-31"): the frame's first line is the headline.
    // The region after the place ("LIMA, Peru (Reuters) -") is a place as well.
    for (const d of [...(dateline?.region ? [dateline.region] : []), ...datelineBelowHeadline]) {
      const g = doc.group(doc.resolve(keyOf(d.text)));
      doc.mention(g, { ...d, weak: false });
      g.names.add(d.text);
      if (!isLexical(d.text, true) || lex.isPlace(d.text, true) || lex.isCountry(d.text, true)) doc.force(g, 'place', 'dateline-place');
      else doc.vote(g, 'place', 3, 'dateline-place', d);
    }
    if (dateline?.agency) {
      const g = doc.group(doc.resolve(keyOf(dateline.agency.text)));
      doc.mention(g, { ...dateline.agency, weak: false });
      g.names.add(dateline.agency.text);
      doc.force(g, 'organization', datelineAgency.id);
    }
  },
});
