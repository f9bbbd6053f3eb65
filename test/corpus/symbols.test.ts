// The corpus readers against index.jsonl on the 1,632 resolutions of ../shared/corpus/unga: each file,
// read without the folder's metadata, must give exactly the symbols index.jsonl lists for it ("A/RES/74/264
// A-C" is three resolutions, A, B and C; 75/245, whose sections A–D follow one formula, is one), from
// its text and from its AKN4UN XML alike; and the two must agree on every date of adoption the text
// gives. The dates index.jsonl gives otherwise are counted and printed.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { readCorpusFile } from '../../server/src/service/corpus/load';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import type { CorpusResolution } from '../../server/src/service/corpus/types';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');
const haveCorpus = existsSync(join(UNGA, 'index.jsonl'));
if (!haveCorpus) console.log(`skipped: needs ${UNGA}`);

interface Entry {
  readonly symbol: string;
  readonly adoption_date: string;
  readonly text: string;
  readonly xml: string;
}

/** "A/RES/74/264 A-C" -> the symbols of parts A, B and C; any other symbol as it is. */
function partSymbols(symbol: string): string[] {
  const range = /^(.+) ([A-Z])(?:-([A-Z]))?$/.exec(symbol);
  if (!range) return [symbol];
  const [first, last] = [range[2]!.charCodeAt(0), (range[3] ?? range[2]!).charCodeAt(0)];
  return Array.from({ length: last - first + 1 }, (_, i) => `${range[1]} ${String.fromCharCode(first + i)}`);
}

async function read(path: string): Promise<readonly CorpusResolution[]> {
  const { resolutions, problem } = await readCorpusFile({ path, size: statSync(path).size, builtin: false }, defaultReaders);
  assert.equal(problem, undefined, path);
  return resolutions;
}

describe('symbols and dates of the 1,632 resolutions of sessions 74–78', { skip: !haveCorpus }, () => {
  const entries: Entry[] = [];
  const text = new Map<Entry, readonly CorpusResolution[]>();
  const xml = new Map<Entry, readonly CorpusResolution[]>();

  before(async () => {
    for (const line of readFileSync(join(UNGA, 'index.jsonl'), 'utf8').split('\n')) if (line.trim()) entries.push(JSON.parse(line) as Entry);
    for (const entry of entries) {
      text.set(entry, await read(join(UNGA, entry.text)));
      xml.set(entry, await read(join(UNGA, entry.xml)));
    }
  });

  it('gives each file exactly the symbols index.jsonl lists for it, parts split and sections kept whole', () => {
    const wrong = (read: Map<Entry, readonly CorpusResolution[]>) =>
      entries.filter((entry) => JSON.stringify(read.get(entry)!.map((r) => r.symbol)) !== JSON.stringify(partSymbols(entry.symbol))).map((entry) => entry.symbol);
    const multiPart = entries.filter((entry) => partSymbols(entry.symbol).length > 1 || / [A-Z]$/.test(entry.symbol)).length;
    const resolutions = entries.reduce((sum, entry) => sum + partSymbols(entry.symbol).length, 0);
    console.log(`${entries.length} files, ${multiPart} of them parts of multi-part resolutions: ${resolutions} resolutions`);
    assert.deepEqual(wrong(text), [], 'text files');
    assert.deepEqual(wrong(xml), [], 'AKN4UN files');
  });

  it('reads the same date of adoption from the text’s closing lines as from the XML’s docDate, and counts where index.jsonl differs', () => {
    const disagreeing = entries.filter((entry) => text.get(entry)!.some((r, i) => r.date !== undefined && r.date !== xml.get(entry)![i]?.date));
    assert.deepEqual(disagreeing.map((entry) => entry.symbol), []);
    const undated = entries.filter((entry) => text.get(entry)!.some((r) => r.date === undefined)).map((entry) => entry.symbol);
    const otherwise = entries.filter((entry) => text.get(entry)!.some((r) => r.date !== undefined && r.date !== entry.adoption_date));
    console.log(`dates of adoption: index.jsonl differs from the documents for ${otherwise.length} (${otherwise.map((e) => `${e.symbol}: ${text.get(e)![0]!.date} not ${e.adoption_date}`).join('; ')}); texts whose date the parser does not read: ${undated.length} (${undated.join(', ')})`);
    assert.ok(otherwise.length < entries.length / 100, 'index.jsonl and the documents agree but for a few');
  });
});
