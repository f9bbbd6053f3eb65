// The body of the corpus threads, bundled as dist/corpusWorker.js. Started with workerData
// `{ role: 'indexer', request }` it runs a whole load and reports (indexer.ts); otherwise it is a
// reader thread (readerPool.ts) that reads and parses the files it is sent and posts back what each
// gave, prepared for the index (prepared.ts).

import { parentPort, workerData } from 'node:worker_threads';
import type { IndexerMessage, IndexRequest } from './indexer';
import { loadCorpus } from './load';
import { readerWorkerScript } from './locations';
import type { ReadRequest, ReadResponse } from './readerPool';
import { prepareResolutions } from './prepared';
import { readPreparedFile, type PreparedFile } from './readFile';
import { defaultReaders } from './readers';

const role = (workerData as { role?: string; request?: IndexRequest } | null)?.role;

if (role === 'indexer') void runIndexer((workerData as { request: IndexRequest }).request);
else parentPort?.on('message', read);

function read(request: ReadRequest): void {
  let result: PreparedFile;
  try {
    result = readPreparedFile(request.file, defaultReaders, request.metadata);
  } catch (error) {
    result = { prepared: prepareResolutions([]), problem: `The file could not be read: ${String(error)}` };
  }
  parentPort?.postMessage({ id: request.id, result } satisfies ReadResponse);
}

async function runIndexer(request: IndexRequest): Promise<void> {
  const post = (message: IndexerMessage) => parentPort?.postMessage(message);
  try {
    const workers = readerWorkerScript();
    const result = await loadCorpus({
      ...request,
      readers: defaultReaders,
      ...(workers ? { workers } : {}),
      // The calling thread loads the cache this writes: the corpus built here is thrown away.
      reload: false,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', source: result.source, filesRead: result.filesRead, ...(result.cacheError ? { cacheError: result.cacheError } : {}) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
