/**
 * Names the article's frame gives: the dateline's place and agency, and clause-initial lone words
 * that the article names elsewhere.
 */
import * as lex from '../../lexicon';
import { spanAt } from '../../spans';
import { documentRule, isLexical, keyOf, wordsOf, type DocumentContext, type NameInput } from './context';
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
  description:
    'A lone word opening a clause is a name only if the article or a lexicon knows it elsewhere ("Sato: …", "Putin said"), ' +
    'or it is shaped like a company\'s name ("Wikinews interviews …")',
  example: '[Putin] said on Friday … President Vladimir Putin',
  apply(doc) {
    const knownWords = new Set<string>();
    for (const g of doc.groups.values()) for (const n of g.names) for (const w of wordsOf(n)) knownWords.add(keyOf(w));
    for (const c of doc.candidates) {
      if (!c.weak) continue;
      const key = doc.resolve(keyOf(c.text));
      // A word shaped like a company's name ("Wikinews interviews …") is a name at a clause's start too.
      const shaped = lex.hasOrgWordEnding(c.text) && !lex.isEnglishWord(c.text);
      if (doc.groups.has(key) || knownWords.has(key) || isLexical(c.text) || shaped) {
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

/** Furniture whose names are credits: a photo credit, a byline. */
const CREDIT_KINDS = new Set(['credit', 'byline']);

/** Names in capitals in a credit or a byline ("By ANA RUIZ and TOM HALE"), which the tagger reads as a headline. */
function namesInCapitals(doc: DocumentContext, part: { start: number; end: number }): NameInput[] {
  const text = doc.text.slice(part.start, part.end);
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return [];
  const names: NameInput[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{Lu}'’.-]*(?:[ ]\p{Lu}[\p{Lu}'’.-]*){1,3}/gu)) {
    const name = m[0].replace(/\.$/, '');
    if (/^(?:AND|OF|FOR|IN)\b|\b(?:AND|OF|FOR|IN)$/.test(name) || / (?:AND|OF|FOR|IN) /.test(name) || isLexical(name, true)) continue;
    const start = part.start + m.index!;
    const evidence = [{ rule: 'credit-name', type: 'person' as const, weight: 1 }];
    names.push({
      start,
      end: start + name.length,
      text: name,
      votes: { person: 1, organization: 0, place: 0 },
      evidence,
      title: null,
      weak: false,
    });
  }
  return names;
}

export const creditName = documentRule({
  id: 'credit-name',
  description: 'A name in a photo credit or a byline is a name even alone, and a person unless it is an agency or known otherwise',
  example: 'A crowd in the square. Image: [Ruizhaus].',
  apply(doc) {
    const { furniture } = doc.frame;
    if (!furniture.some((f) => CREDIT_KINDS.has(f.kind))) return;
    // Each group's mention starts, kept as a set: one photographer credited on every line is one group
    // with as many mentions as lines, and a scan of them per line would grow as the square.
    const startsOf = new Map<object, Set<number>>();
    const starts = (g: { mentions: ReadonlyArray<{ start: number }> }) => {
      let set = startsOf.get(g);
      if (!set) startsOf.set(g, (set = new Set(g.mentions.map((m) => m.start))));
      return set;
    };
    for (const c of doc.candidates) {
      if (!CREDIT_KINDS.has(spanAt(furniture, c.start)?.kind ?? '')) continue;
      const g = doc.group(doc.resolve(keyOf(c.text)));
      // A lone word is a weak name elsewhere; a credit names someone ("Image: Ruizhaus.").
      if (c.weak && !starts(g).has(c.start)) {
        doc.addMention({ ...c, weak: false });
        starts(g).add(c.start);
      }
      if (g.votes.place || g.votes.organization || isLexical(c.text) || g.evidence.some((v) => v.rule === 'credit-name')) continue;
      // Photographers and reporters are people; a picture agency is an organization ("Getty Images").
      if (lex.isCreditAgency(c.text)) doc.vote(g, 'organization', 3, 'credit-name', c);
      else doc.vote(g, 'person', 1, 'credit-name', c);
    }
    for (const f of furniture) {
      if (!CREDIT_KINDS.has(f.kind)) continue;
      for (const part of f.parts)
        for (const name of namesInCapitals(doc, part)) {
          doc.addMention(name);
          doc.fired('credit-name', name);
        }
    }
  },
});
