import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResolution } from '../../../server/src/service/parse';
import { formatResolution } from '../../../server/src/service/format/format';
import { applyEdits } from '../../../server/src/service/text/edits';
import { draft } from './draft';
import { shuffleAndCheck } from './shuffle';

const root = join(__dirname, '..', '..', '..');

test('after random moves, insertions and deletions, every reference of the short draft points to the same paragraphs', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const report = shuffleAndCheck(draft, seed, 25);
    assert.ok(report.checks >= 25, JSON.stringify(report));
  }
});

test('the same holds on resolution 66/181 of the built-in corpus, brought to the canonical layout first', () => {
  const seed = readFileSync(join(root, 'corpus', 'A_RES_66_181.txt'), 'utf8');
  const text = applyEdits(seed, formatResolution(parseResolution(seed)));
  const report = shuffleAndCheck(text, 66181, 40);
  assert.ok(report.checks >= 30, JSON.stringify(report));
  assert.ok(Object.keys(report.operations).length >= 4, JSON.stringify(report));
});
