import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/markup';
import { assertSpansValid } from './helpers';

// Every article the project carries: test fixtures, the host-test workspace and the samples.
const root = join(__dirname, '..', '..');
const files = [join(root, 'test', 'fixtures'), join(root, 'test', 'fixtures', 'workspace'), join(root, 'samples')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(article|news|txt)$/.test(f))
    .map((f) => join(dir, f)),
);

describe('invariants on every fixture', () => {
  it('has fixtures to check', () => assert.ok(files.length >= 12, files.join(', ')));

  for (const file of files) {
    it(`${file.slice(root.length + 1)}: spans inside the text and equal to it, a deterministic result, and mentions in order`, () => {
      const text = readFileSync(file, 'utf8');
      const first = createAnalyzer().analyze(text);
      assertSpansValid(text, first);
      assert.deepEqual(createAnalyzer().analyze(text), first, 'a second fresh analysis gives the same result');
      for (const e of first.entities) {
        const starts = e.mentions.map((m) => m.start);
        assert.deepEqual(
          starts,
          [...starts].sort((a, b) => a - b),
          `${e.name}: mentions in text order`,
        );
      }
      const ids = new Set(first.entities.map((e) => e.id));
      assert.equal(ids.size, first.entities.length, 'entity ids are unique');
      for (const s of first.speakers) assert.ok(ids.has(s.entityId));
    });
  }
});
