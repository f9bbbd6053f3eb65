// Format Document over every adopted resolution of sessions 74-78 and the five seeds of the built-in
// corpus: formatting keeps every word (and every character that is not layout, italics markers or the
// brackets of a footnote marker), and formatting the result again changes nothing.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatResolution } from '../../server/src/service/format/format';
import type { TextEdit } from '../../server/src/service/findings';
import { parseResolution } from '../../server/src/service/parse';
import { applyEdits } from '../../server/src/service/text/edits';

const textFolder = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'unga', 'text');
const seedFolder = join(__dirname, '..', '..', 'corpus');
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Words and numbers in order; a superscript marker is a number of its own. */
function words(text: string): string[] {
  const plain = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => ` ${[...run].map((digit) => superscripts.indexOf(digit)).join('')} `);
  return plain.match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** Every character that formatting may not change. */
function substance(text: string): string {
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (digit) => String(superscripts.indexOf(digit)))
    .replace(/\[(\d{1,3})\]/g, '$1')
    .replace(/_{3,}/g, '')
    .replace(/[\s*]/g, '');
}

interface Measure {
  texts: number;
  changed: number;
  edits: number;
  italics: number;
  markers: number;
  wordsLost: string[];
  notIdempotent: string[];
  milliseconds: number[];
}

function measure(files: readonly string[]): Measure {
  const result: Measure = { texts: 0, changed: 0, edits: 0, italics: 0, markers: 0, wordsLost: [], notIdempotent: [], milliseconds: [] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const started = performance.now();
    const edits = formatResolution(parseResolution(text));
    result.milliseconds.push(performance.now() - started);
    const once = applyEdits(text, edits);
    result.texts++;
    result.edits += edits.length;
    if (edits.length > 0) result.changed++;
    result.italics += edits.filter((edit) => edit.newText === '*').length;
    result.markers += edits.filter(isMarker).length;
    if (words(once).join(' ') !== words(text).join(' ') || substance(once) !== substance(text)) result.wordsLost.push(file);
    if (formatResolution(parseResolution(once)).length > 0) result.notIdempotent.push(file);
  }
  return result;
}

function isMarker(edit: TextEdit): boolean {
  return /^\[\d{1,3}\]$/.test(edit.newText);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function report(name: string, m: Measure): void {
  const slowest = Math.max(...m.milliseconds);
  console.log(
    `${name}: ${m.texts} texts, ${m.texts - m.wordsLost.length} keep every word, ${m.texts - m.notIdempotent.length} idempotent; ` +
      `${m.changed} changed by ${m.edits} edits (${m.italics / 2} openings italicized, ${m.markers} footnote markers written [n]); ` +
      `formatting ${median(m.milliseconds).toFixed(1)} ms median, ${slowest.toFixed(0)} ms slowest`,
  );
}

describe('Format Document on the five seeds of the built-in corpus', () => {
  it('keeps every word and is idempotent', () => {
    const files = readdirSync(seedFolder).filter((name) => name.endsWith('.txt')).map((name) => join(seedFolder, name));
    const m = measure(files);
    report('seeds', m);
    assert.equal(m.texts, 5);
    assert.deepEqual(m.wordsLost, []);
    assert.deepEqual(m.notIdempotent, []);
    assert.equal(m.changed, 5, 'every seed is in a layout other than the canonical one');
  });
});

describe('Format Document on the adopted resolutions of sessions 74-78', { skip: !existsSync(textFolder) && `no corpus at ${textFolder}` }, () => {
  it('keeps every word of all 1,632 texts and formatting twice changes nothing', () => {
    const files = readdirSync(textFolder).filter((name) => name.endsWith('.txt')).map((name) => join(textFolder, name));
    const m = measure(files);
    report('sessions 74-78', m);
    assert.equal(m.texts, 1632);
    assert.deepEqual(m.wordsLost, []);
    assert.deepEqual(m.notIdempotent, []);
    // The corpus is the canonical layout already: what formatting changes there is sub-paragraph indentation
    // (half the texts do not indent), repeated footnote markers written as bare digits, and the rare opening
    // left without italics. Far fewer than half the texts change.
    assert.ok(m.changed < m.texts / 4, `${m.changed} texts changed`);
  });
});
