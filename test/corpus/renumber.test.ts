// Renumbering on the adopted resolutions with the most internal cross-references: random moves,
// insertions and deletions of operative paragraphs, and after each one every reference still points to
// the paragraphs it pointed to.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution } from '../../server/src/service/parse';
import { shuffleAndCheck } from '../unit/format/shuffle';

const textFolder = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'unga', 'text');

/** Texts numbered 1 to n once through, with at least three references between their paragraphs. */
function richInReferences(): { file: string; text: string; references: number }[] {
  const found: { file: string; text: string; references: number }[] = [];
  for (const file of readdirSync(textFolder)) {
    const text = readFileSync(join(textFolder, file), 'utf8');
    if (!/paragraphs? \d+ (?:above|below)/.test(text)) continue;
    const document = parseResolution(text);
    const numbers = document.operative.map((p) => p.number);
    if (numbers.some((number, index) => number !== index + 1)) continue;
    const references = document.crossReferences.filter((r) => r.internal && r.numberSpans.length > 0 && r.targets.every((t) => t <= numbers.length)).length;
    if (references >= 3) found.push({ file, text, references });
  }
  return found.sort((a, b) => b.references - a.references);
}

describe('renumbering the adopted resolutions of sessions 74-78', { skip: !existsSync(textFolder) && `no corpus at ${textFolder}` }, () => {
  it('keeps every internal reference on its paragraphs through random moves, insertions and deletions', () => {
    const texts = richInReferences().slice(0, 12);
    let checks = 0;
    let steps = 0;
    texts.forEach(({ file, text }, index) => {
      const report = shuffleAndCheck(text, 7000 + index, 10);
      checks += report.checks;
      steps += report.steps;
      assert.ok(report.checks > 0, file);
    });
    console.log(`${texts.length} resolutions (${texts.map((t) => t.file.replace(/\.txt$/, '')).join(', ')}): ${steps} operations, ${checks} reference checks`);
    assert.equal(texts.length, 12);
  });
});
