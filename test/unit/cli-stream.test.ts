/**
 * The JSONL contract that lets a corpus of millions of articles run as the map stage of a
 * distributed engine: one line out for every line in, in order, a bad line answered by an error line,
 * never a crash, and answers streamed while the input is still coming. Driven here the way GNU
 * parallel's `--pipe --keep-order` (chunks to concurrent processes, outputs joined in chunk order) and
 * Spark's `RDD.pipe` / Hadoop Streaming (one long-lived process per partition, written to and read
 * from at once) drive a filter.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { generateCorpus } from '../../bench/corpus.mjs';
import { cliBundle } from './cliBundle';

interface Answer {
  id: string | number | null;
  line?: number;
  error?: string;
  quotes?: unknown[];
}

/** Input lines: articles, with bad lines of every kind among them (at every 37th place). */
function records(count: number): { lines: string[]; bad: Set<number> } {
  const articles = generateCorpus(count, 7);
  const badKinds = ['{"id": "truncated", "te', '', '[1, 2, 3]', '{"id": 5}', '{"id": "x", "text": 42}'];
  const lines: string[] = [];
  const bad = new Set<number>();
  articles.forEach(({ text }, i) => {
    if (i % 37 === 36) {
      bad.add(lines.length);
      lines.push(badKinds[((i / 37) % badKinds.length) | 0]);
    }
    // Ids may be numbers; non-ASCII text crosses chunk boundaries.
    lines.push(JSON.stringify({ id: i % 2 ? `article-${i}` : i, text: `${text}\nZürich — “Ça va,” said Zoë Østergaard.` }));
  });
  return { lines, bad };
}

/** A filter process: `analyze --jsonl`, fed by `feed`, its whole stdout and stderr collected. */
function filter(feed: (stdin: NodeJS.WritableStream) => unknown, onData?: (chunk: string) => void) {
  const child = spawn(process.execPath, [cliBundle(), 'analyze', '--jsonl', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    onData?.(d);
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  feed(child.stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

function checkAnswers(input: string[], bad: Set<number>, output: string[]): void {
  assert.equal(output.length, input.length, 'one line out for every line in');
  output.forEach((line, i) => {
    const answer = JSON.parse(line) as Answer;
    if (bad.has(i)) {
      assert.ok(answer.error, `line ${i + 1} is answered with an error: ${line.slice(0, 80)}`);
      return;
    }
    assert.equal(answer.error, undefined, `line ${i + 1}: ${answer.error}`);
    assert.equal(answer.id, (JSON.parse(input[i]) as Answer).id, `line ${i + 1} keeps its id, in order`);
    assert.ok(answer.quotes!.length >= 3);
  });
}

describe('the JSONL filter in a distributed pipeline', function () {
  this.timeout(300_000);
  const { lines, bad } = records(260);
  before(() => cliBundle());

  it('GNU parallel --pipe --keep-order: chunks on concurrent processes, joined in order', async () => {
    // Chunks of about 30 KB cut at line ends, as --block 30K does; three processes at a time (-j 3).
    const chunks: string[][] = [[]];
    let size = 0;
    for (const line of lines) {
      chunks[chunks.length - 1].push(line);
      size += Buffer.byteLength(line) + 1;
      if (size > 30_000) {
        chunks.push([]);
        size = 0;
      }
    }
    if (!chunks[chunks.length - 1].length) chunks.pop();
    assert.ok(chunks.length >= 8, `${chunks.length} chunks`);
    const outputs: string[] = new Array(chunks.length);
    let next = 0;
    const slot = async () => {
      for (let c = next++; c < chunks.length; c = next++) {
        const r = await filter((stdin) => stdin.end(chunks[c].join('\n') + '\n'));
        assert.equal(r.code, chunks[c].some((_, i) => bad.has(chunks.slice(0, c).flat().length + i)) ? 1 : 0, r.stderr);
        outputs[c] = r.stdout;
      }
    };
    await Promise.all([slot(), slot(), slot()]);
    checkAnswers(lines, bad, outputs.join('').trimEnd().split('\n'));
  });

  it("Spark's RDD.pipe and Hadoop Streaming: one process per partition, answers streamed before the input ends", async () => {
    const partitions = [lines.slice(0, 130), lines.slice(130)];
    const results = await Promise.all(
      partitions.map((partition) => {
        let answered = 0;
        let waiting: (() => void) | null = null;
        const firstAnswer = new Promise<void>((resolve) => (waiting = resolve));
        return filter(
          async (stdin) => {
            // Written in irregular pieces that split lines and multi-byte characters; the second half
            // only once the first answer is out: a filter that waited for the end of its input would hang here.
            const bytes = Buffer.from(partition.join('\n') + '\n');
            let at = 0;
            while (at < bytes.length) {
              if (at > bytes.length / 2) await firstAnswer;
              const piece = bytes.subarray(at, (at += 997 + (at % 1013)));
              if (!stdin.write(piece)) await new Promise((resolve) => stdin.once('drain', resolve));
            }
            stdin.end();
          },
          (chunk) => {
            answered += chunk.split('\n').length - 1;
            if (answered) waiting?.();
          },
        );
      }),
    );
    const output = results.flatMap((r) => r.stdout.trimEnd().split('\n'));
    checkAnswers(lines, bad, output);
  });

  it('the real GNU parallel, where it is installed (the README recipe)', function () {
    if (spawnSync('parallel', ['--version']).status !== 0) this.skip();
    const r = spawnSync(
      'parallel',
      ['--pipe', '--keep-order', '--block', '30K', '-j', '3', process.execPath, cliBundle(), 'analyze', '--jsonl', '--jobs', '1'],
      { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    checkAnswers(lines, bad, r.stdout.trimEnd().split('\n'));
  });
});
