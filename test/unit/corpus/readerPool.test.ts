import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadCorpus, readPreparedFile } from '../../../server/src/service/corpus/load';
import { readerWorkerScript } from '../../../server/src/service/corpus/locations';
import { ReaderPool } from '../../../server/src/service/corpus/readerPool';
import { defaultReaders, NOT_A_RESOLUTION } from '../../../server/src/service/corpus/readers';

const UNGA = resolve(__dirname, '../../../../shared/corpus/unga');
const folder = mkdtempSync(join(tmpdir(), 'unres-reader-pool-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const notes = join(folder, 'notes.txt');
writeFileSync(notes, 'Agenda for Monday\n\nCall the printer about the brochures.\nBook a room for the informal consultations.\n');
const files = [...['text/A_RES_77_136.txt', 'text/A_RES_74_264_A-C.txt', 'xml/77/A_RES_77_136-2228496E.xml'].map((file) => join(UNGA, file)), notes];
const haveCorpus = files.every((file) => existsSync(file));
if (!haveCorpus) console.log(`# skipped: needs ${UNGA}`);

describe('reading corpus files on worker threads', { skip: !haveCorpus }, () => {
  it('gives what reading on the calling thread gives, text and AKN4UN alike, each answer to its file', async () => {
    const pool = new ReaderPool(readerWorkerScript()!, 2);
    try {
      const asked = files.map((path) => ({ path, size: statSync(path).size, builtin: false }));
      const threaded = await Promise.all(asked.map((file) => pool.read(file)));
      const inTurn = asked.map((file) => readPreparedFile(file, defaultReaders));
      assert.deepEqual(threaded, inTurn);
      assert.deepEqual(threaded.map((result) => result.prepared.records.map((resolution) => resolution.symbol)), [
        ['A/RES/77/136'],
        ['A/RES/74/264 A', 'A/RES/74/264 B', 'A/RES/74/264 C'],
        ['A/RES/77/136'],
        [],
      ]);
      assert.equal(threaded[3]?.problem, NOT_A_RESOLUTION);
    } finally {
      await pool.close();
    }
  });
});

describe('loading many files on reader threads and on the loading thread at once', { skip: !haveCorpus }, () => {
  it('builds the very index a load in turn builds, whatever order the threads finish in', async () => {
    const text = join(UNGA, 'text');
    const names = readdirSync(text).filter((name) => name.startsWith('A_RES_77_1')).slice(0, 48);
    const corpus = join(folder, 'many');
    mkdirSync(corpus, { recursive: true });
    for (const name of names) copyFileSync(join(text, name), join(corpus, name));
    writeFileSync(join(corpus, 'empty.txt'), '');
    const progress: number[] = [];
    const options = { paths: [corpus], readers: defaultReaders, producer: 'test' };
    const threaded = await loadCorpus({ ...options, workers: readerWorkerScript()!, onProgress: (done) => progress.push(done) });
    const inTurn = await loadCorpus(options);
    assert.ok(inTurn.corpus.resolutionCount >= names.length);
    assert.deepEqual(threaded.corpus.data.resolutions, inTurn.corpus.data.resolutions);
    for (const column of ['parStart', 'parEntry', 'parNumber', 'parEnding', 'entryKind', 'postings', 'prefixOrder'] as const) {
      assert.deepEqual(Array.from(threaded.corpus.data[column]), Array.from(inTurn.corpus.data[column]), column);
    }
    assert.deepEqual(threaded.problems.map((problem) => problem.message), ['The file is empty.']);
    assert.deepEqual(progress, Array.from({ length: names.length + 1 }, (_, i) => i + 1));
  });
});
