// Hostile and degenerate inputs for the engine: short, plausible-looking patterns repeated to a size.
// Each generator returns a text of about `size` UTF-16 units. Used by `npm run bench` (time per MB at
// 100 KB and 1 MB, growth exponent) and by the unit tests (every one analysed without a crash).

const repeat = (unit, size, head = '', tail = '') =>
  head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;

export const HOSTILE = {
  'FC and … before a name': (n) => repeat('FC and ', n, '', 'Barcelona won.'),
  'London. then UK. ×N': (n) => repeat('UK. ', n, 'London. '),
  '"yes" ― Putin ×N': (n) => repeat('"yes" ― Putin ', n),
  'A and spaces': (n) => repeat(' ', n, 'A'),
  'Bank and ×N': (n) => repeat('Bank and ', n, '', 'Trust.'),
  'a run of stops': (n) => repeat('.', n),
  'Mr. A. B. C. paragraph': (n) => repeat('Mr. A. B. C. ', n),
  'a run of hyphens': (n) => repeat('-', n, 'Putin '),
  "a run of '": (n) => repeat("'", n, 'Putin '),
  'a run of ’': (n) => repeat('’', n, 'Putin '),
  'a run of “': (n) => repeat('“', n, 'Putin '),
  'a run of "': (n) => repeat('"', n, 'Putin '),
  'a run of «': (n) => repeat('«', n, 'Putin '),
  'a run of emoji': (n) => repeat('😀', n, 'Putin '),
  '“Face The Nation” ×N': (n) => repeat('“Face The Nation” ', n),
  '"Yes," he said. paragraphs': (n) => repeat('"Yes," he said.\n\n', n, 'Ana Ruiz arrived.\n\n'),
  'unattributed quotes': (n) => repeat('"We will not go back to the old ways of doing things here." ', n),
  'the same surname repeated': (n) => repeat('Ruiz met Ruiz. ', n, 'Ana Ruiz and Carla Ruiz arrived. '),
  'Word. paragraphs': (n) => repeat('Word.\n\n', n),
  'sports header, one line of teams': (n) => repeat('Ayr 3 Hull 2 ', n, 'SOCCER - RESULTS.\nLONDON 1996-08-30\n'),
  '"…," he said and ×N in a sentence': (n) => repeat('"We agree," he said and ', n, 'Ana Ruiz arrived. ', 'left.'),
  'Image: ×N on one line': (n) => repeat('Image: ', n, 'A crowd at the gates. ', 'Ana Ruiz.'),
  'By and names on one line': (n) => repeat('Ana Ruiz and ', n, 'By ', 'Tom Hale'),
  '(Reporting by ×N': (n) => repeat('(Reporting by Ana Ruiz; ', n, 'The port reopened. '),
  'names joined by slashes': (n) => repeat('Ana Ruiz/', n, 'A rally in Lima. ', 'REUTERS'),
  'photo credit lines': (n) => repeat('A rally in Lima. REUTERS/Ana Ruiz/File Photo\n\n', n),
  'contributed to this report ×N': (n) => repeat('Ana Ruiz contributed to this report. ', n),
  'READ MORE: paragraphs': (n) => repeat('READ MORE: Talks resume\n\n', n, 'By Ana Ruiz\n\n'),
};

/** Ordinary prose of about `size`, for comparison: the fixtures' paragraphs, numbered so no cache helps. */
export function prose(paragraphs, size) {
  const out = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const text = `${paragraphs[n % paragraphs.length]} (Update ${n + 1}.)`;
    out.push(text);
    length += text.length + 2;
  }
  return out.join('\n\n');
}
