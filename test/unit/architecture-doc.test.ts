import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../src/markup/rules';

describe('docs/architecture.md', () => {
  it('lists every rule of the engine by id', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'architecture.md'), 'utf8');
    const missing = ALL_RULES.filter((r) => !doc.includes(`| \`${r.id}\` |`)).map((r) => r.id);
    assert.deepEqual(missing, []);
  });
});
