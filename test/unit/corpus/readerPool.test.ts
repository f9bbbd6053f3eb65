import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { readCorpusFile } from '../../../server/src/service/corpus/load';
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
  it('gives what reading on the calling thread gives, text and AKN4UN alike, in the order asked', async () => {
    const pool = new ReaderPool(readerWorkerScript()!, 2);
    try {
      const asked = files.map((path) => ({ path, size: statSync(path).size, builtin: false }));
      const threaded = await Promise.all(asked.map((file) => pool.read(file)));
      const inTurn = await Promise.all(asked.map((file) => readCorpusFile(file, defaultReaders)));
      assert.deepEqual(threaded, inTurn);
      assert.deepEqual(threaded.map((result) => result.resolutions.map((resolution) => resolution.symbol)), [
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
