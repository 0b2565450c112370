import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/markup';
import { parseFrame } from '../../src/markup/frame';
import { fixture, sample } from './helpers';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('article frame', () => {
  it('reads the sample export: date header with the body on the same line, TASS dateline', () => {
    const text = sample();
    const frame = parseFrame(text);
    assert.deepEqual(
      frame.header.fields.map((f) => [f.key, f.value.text, f.value.start]),
      [['date', '2022-12-09', 6]],
    );
    assert.equal(frame.header.date?.text, '2022-12-09');
    assert.deepEqual(
      {
        span: frame.dateline?.span.text,
        place: frame.dateline?.place?.text,
        date: frame.dateline?.date?.text,
        agency: frame.dateline?.agency?.text,
      },
      { span: 'MOSCOW, December 9. /TASS/.', place: 'MOSCOW', date: 'December 9', agency: 'TASS' },
    );
    assert.equal(frame.dateline?.place?.start, 17);
    assert.equal(frame.paragraphs.length, 8);
    assert.ok(slice(text, frame.paragraphs[0]).startsWith('MOSCOW, December 9.'));
    assert.ok(slice(text, frame.segments[0]).startsWith('The Shanghai Cooperation Organization'), 'tagging starts after the dateline');
  });

  it('reads key: value headers and agency datelines in their common forms', () => {
    const cases: Array<[string, string | null, string | null, string | null]> = [
      ['WASHINGTON (Reuters) - The talks began.', 'WASHINGTON', null, 'Reuters'],
      ['LONDON, March 3 (AP) — Britain said.', 'LONDON', 'March 3', 'AP'],
      ['BRUSSELS, Oct. 7 (AFP) - Ministers met.', 'BRUSSELS', 'Oct. 7', 'AFP'],
      ['LONDON 1996-08-30\nWest Indian all-rounder took four wickets.', 'LONDON', '1996-08-30', null],
      ['NEW YORK, N.Y., May 2 /PRNewswire/ -- Acme Corp. said.', 'NEW YORK', 'May 2', 'PRNewswire'],
    ];
    for (const [text, place, date, agency] of cases) {
      const d = parseFrame(text).dateline;
      assert.deepEqual([d?.place?.text ?? null, d?.date?.text ?? null, d?.agency?.text ?? null], [place, date, agency], text);
    }
    const headed = 'title: Port strike ends\nauthor: Jane Doe\n\nBody text here.';
    const frame = parseFrame(headed);
    assert.deepEqual(
      frame.header.fields.map((f) => [f.key, f.value.text]),
      [
        ['title', 'Port strike ends'],
        ['author', 'Jane Doe'],
      ],
    );
    assert.equal(slice(headed, frame.paragraphs[0]), 'Body text here.');
  });

  it('does not take a headline in capitals for a dateline', () => {
    assert.equal(parseFrame('SOCCER - ROVERS WIN CUP FINAL.\nRovers beat United 2-1.').dateline, null);
  });

  it('keeps offsets into the original text with a BOM and CRLF line ends', () => {
    const text = fixture('bom-crlf.article');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const frame = parseFrame(text);
    assert.equal(frame.header.date?.text, '2024-01-05');
    assert.equal(frame.dateline?.place?.text, 'BERLIN');
    assert.deepEqual(
      frame.paragraphs.map((p) => slice(text, p)),
      [
        'BERLIN, Jan. 5 (dpa) - Chancellor Maria Keller said on Friday the government would not raise taxes.',
        '"We keep our promises," Keller said.',
      ],
    );
  });

  it('splits one-sentence-per-line exports into segments but joins hard-wrapped lines', () => {
    const text = 'First sentence here.\nSecond sentence here.\nA wrapped line that\ncontinues in lower case.';
    assert.deepEqual(
      parseFrame(text).segments.map((s) => slice(text, s)),
      ['First sentence here.', 'Second sentence here.', 'A wrapped line that\ncontinues in lower case.'],
    );
  });

  it('gives an empty or blank text an empty frame', () => {
    for (const text of ['', '   \n\n  ', '\ufeff']) {
      const frame = parseFrame(text);
      assert.deepEqual([frame.paragraphs, frame.segments, frame.dateline, frame.header.fields], [[], [], null, []]);
    }
  });
});

describe('analysis cap', () => {
  it('cuts at a paragraph break, says so, and gives the same result from the first part alone', () => {
    const text = Array.from({ length: 40 }, (_, i) => `"Paragraph ${i + 1} is here," Mayor Paul Girard said on day ${i + 1}.`).join('\n\n');
    const whole = createAnalyzer().analyze(text, { maxLength: 1000 });
    assert.equal(whole.length, text.length);
    assert.ok(whole.quotes.length > 5 && whole.quotes.every((q) => q.end <= 1000));
    assert.equal(whole.notices.length, 1);
    const cut = Number(/^Only the first (\d+) of 2,340 characters were analysed\.$/.exec(whole.notices[0])?.[1]);
    assert.ok(cut <= 1000 && text[cut] === '\n' && whole.paragraphs.at(-1)!.end <= cut, whole.notices[0]);
    const prefix = createAnalyzer().analyze(text.slice(0, 1001), { maxLength: 1000, documentLength: text.length });
    assert.deepEqual(prefix, whole);
  });
});
