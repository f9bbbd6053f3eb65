// The body of a corpus reader thread (readerPool.ts): reads and parses the files it is sent with the
// default readers, and posts back what each gave. Bundled as dist/corpusWorker.js.

import { parentPort } from 'node:worker_threads';
import { readCorpusFile } from './load';
import { defaultReaders } from './readers';
import type { ReadRequest, ReadResponse } from './readerPool';

parentPort?.on('message', (request: ReadRequest) => {
  void readCorpusFile(request.file, defaultReaders, request.metadata).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies ReadResponse),
    (error: unknown) => parentPort?.postMessage({ id: request.id, result: { resolutions: [], problem: `The file could not be read: ${String(error)}` } } satisfies ReadResponse),
  );
});
