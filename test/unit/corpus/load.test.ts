// The loader's own duties (finding files, refusing junk once each, metadata, the cache, re-reading only
// what changed), with stand-in readers so that each file's fate is under the test's control. The
// real readers (the parser, the AKN4UN reader) are exercised in readers.test.ts.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadCorpus, MAX_FILE_BYTES, type CorpusReaders } from '../../../server/src/service/corpus/load';
import type { CorpusResolution } from '../../../server/src/service/corpus/types';
import { REAFFIRMS_BERMUDA, UNDERLINES_GOVERNANCE, URGES_CONSTITUTIONAL } from './fixtures';

const root = mkdtempSync(join(tmpdir(), 'unres-load-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Each non-empty line an operative paragraph; "<" files must contain <mainBody>. Records what it read. */
function standInReaders(read: string[]): CorpusReaders {
  const resolution = (content: string, path: string, symbol?: string): CorpusResolution[] => {
    read.push(basename(path));
    const lines = content.split('\n').filter((line) => line.trim() && !line.startsWith('<'));
    return [
      {
        symbol: symbol ?? basename(path),
        path,
        sourceKind: 'text',
        paragraphs: lines.map((text, i) => ({ kind: 'operative', number: i + 1, text })),
        footnotes: [],
      },
    ];
  };
  return {
    text: (content, origin) => resolution(content, origin.path, origin.metadata?.symbol),
    akn: (content, origin) => (content.includes('<mainBody>') ? resolution(content, origin.path) : 'The XML is not well formed.'),
  };
}

function folderWith(name: string, files: Record<string, string | Buffer>): string {
  const folder = join(root, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), content);
  }
  return folder;
}

describe('loading a corpus folder', () => {
  it('indexes the good files and reports each bad one once, with a clear message', async () => {
    const folder = folderWith('junk', {
      'good.txt': `${REAFFIRMS_BERMUDA}\n${UNDERLINES_GOVERNANCE}\n`,
      'nested/also-good.txt': `${URGES_CONSTITUTIONAL}\n`,
      'empty.txt': '',
      'blank.txt': '\n\n   \n',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]),
      'broken.xml': '<akomaNtoso><statement><preamble>',
      'minutes.pdf': '%PDF-1.4',
      'picture.png': 'not looked at',
      '.hidden.txt': 'not looked at',
    });
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 50 * 1024 * 1024);
    const read: string[] = [];
    const result = await loadCorpus({ paths: [folder], readers: standInReaders(read), producer: 'test' });
    assert.deepEqual(read.sort(), ['also-good.txt', 'good.txt']);
    assert.equal(result.corpus.resolutionCount, 2);
    assert.equal(result.corpus.paragraphCount, 3);
    assert.deepEqual(
      result.problems.map((problem) => [basename(problem.path), problem.message]).sort(),
      [
        ['binary.txt', 'The file holds binary data, not text: only plain text and AKN4UN XML are read.'],
        ['blank.txt', 'The file is empty.'],
        ['broken.xml', 'The XML is not well formed.'],
        ['empty.txt', 'The file is empty.'],
        ['huge.txt', `The file is 50.0 MB; corpus files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read (a resolution is well under 1 MB).`],
        ['minutes.pdf', 'PDF files are not read: save the resolution as plain text.'],
      ],
    );
  });

  it('reports a path that does not exist', async () => {
    const missing = join(root, 'no-such-folder');
    const result = await loadCorpus({ paths: [missing], readers: standInReaders([]), producer: 'test' });
    assert.deepEqual(result.problems, [{ path: missing, message: 'This corpus path does not exist or cannot be read.' }]);
  });

  it('hands each file its record of an index.jsonl beside the files (malformed lines skipped)', async () => {
    const folder = folderWith('with-index', {
      'index.jsonl':
        '{"symbol": "A/RES/77/136", "title": "Question of Bermuda", "session": "77", "adoption_date": "2022-12-12", "adoption_type": "Without a vote", "MS_in_favour_count": "N.A.", "text": "text/A_RES_77_136.txt"}\nnot json\n',
      'text/A_RES_77_136.txt': `${REAFFIRMS_BERMUDA}\n`,
    });
    const given: unknown[] = [];
    const readers = standInReaders([]);
    const recording: CorpusReaders = { ...readers, text: (content, origin) => (given.push(origin.metadata), readers.text(content, origin)) };
    const result = await loadCorpus({ paths: [folder], readers: recording, producer: 'test' });
    assert.deepEqual(given, [
      { symbol: 'A/RES/77/136', session: 77, date: '2022-12-12', title: 'Question of Bermuda', vote: { adoption: 'Without a vote' } },
    ]);
    assert.equal(result.corpus.resolution('77/136')?.symbol, 'A/RES/77/136');
  });

  it('hands the files of a folder named on its own the index.jsonl of the folder above (unga/text and unga/index.jsonl)', async () => {
    const folder = folderWith('index-above', {
      'index.jsonl': '{"symbol": "A/RES/77/136", "title": "Question of Bermuda", "session": "77", "adoption_date": "2022-12-12", "text": "text/bermuda.txt"}\n',
      'text/bermuda.txt': `${REAFFIRMS_BERMUDA}\n`,
    });
    const result = await loadCorpus({ paths: [join(folder, 'text')], readers: standInReaders([]), producer: 'test' });
    assert.deepEqual(result.corpus.data.resolutions.map((resolution) => resolution.symbol), ['A/RES/77/136']);
  });

  it('stops when the load is cancelled', async () => {
    const folder = folderWith('cancelled', { 'a.txt': `${REAFFIRMS_BERMUDA}\n` });
    const controller = new AbortController();
    controller.abort(new Error('settings changed'));
    await assert.rejects(
      loadCorpus({ paths: [folder], readers: standInReaders([]), producer: 'test', signal: controller.signal }),
      /settings changed/,
    );
  });
});

describe('the corpus cache across restarts', () => {
  const folder = folderWith('cached', {
    'a.txt': `${REAFFIRMS_BERMUDA}\n`,
    'b.txt': `${UNDERLINES_GOVERNANCE}\n`,
    'empty.txt': '',
  });
  const cacheDir = join(root, 'cache');
  const load = (read: string[]) => loadCorpus({ paths: [folder], cacheDir, readers: standInReaders(read), producer: 'test' });

  it('reads every file once, then loads the unchanged corpus from the cache without reading any', async () => {
    const first: string[] = [];
    const cold = await load(first);
    assert.equal(cold.source, 'index');
    assert.deepEqual(first.sort(), ['a.txt', 'b.txt']);
    const second: string[] = [];
    const warm = await load(second);
    assert.equal(warm.source, 'cache');
    assert.deepEqual(second, []);
    assert.equal(warm.filesRead, 0);
    assert.equal(warm.corpus.paragraphCount, 2);
    assert.deepEqual(warm.problems.map((problem) => basename(problem.path)), ['empty.txt']);
  });

  it('re-reads only the file that changed, and sees the change', async () => {
    await load([]);
    writeFileSync(join(folder, 'b.txt'), `${UNDERLINES_GOVERNANCE}\n${URGES_CONSTITUTIONAL}\n`);
    utimesSync(join(folder, 'b.txt'), new Date(), new Date(Date.now() + 5000));
    const read: string[] = [];
    const updated = await load(read);
    assert.equal(updated.source, 'update');
    assert.deepEqual(read, ['b.txt']);
    assert.equal(updated.corpus.precedent(URGES_CONSTITUTIONAL).similarity, 1);
    assert.equal(updated.corpus.precedent(REAFFIRMS_BERMUDA).similarity, 1);
    assert.equal((await load([])).source, 'cache');
  });

  it('rebuilds from the files when the cache file is damaged', async () => {
    const { cachePath } = await load([]);
    writeFileSync(cachePath!, 'garbage');
    const read: string[] = [];
    const rebuilt = await load(read);
    assert.equal(rebuilt.source, 'index');
    assert.deepEqual(read.sort(), ['a.txt', 'b.txt']);
  });
});
