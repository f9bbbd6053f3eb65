// Runs a whole corpus load (reading, parsing, building, writing the cache) on a thread of its own,
// then loads the finished index from the cache on the calling thread. The language server's thread
// then never builds an index (it stays free for requests), and keeps only the compact cached form:
// the garbage of parsing thousands of files dies with the indexing thread instead of swelling the
// server's heap.

import { Worker } from 'node:worker_threads';
import { loadCorpus, type LoadResult, type LoadSource } from './load';
import type { WorkerScript } from './readerPool';
import { defaultReaders } from './readers';

export interface IndexRequest {
  readonly builtinDir?: string;
  readonly paths: readonly string[];
  readonly cacheDir: string;
  readonly producer: string;
}

export type IndexerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly source: LoadSource; readonly filesRead: number; readonly cacheError?: string }
  | { readonly type: 'failed'; readonly message: string };

export interface IndexerOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** What `loadCorpus` with the default readers gives, the work done on an indexing thread. */
export async function loadCorpusOnThread(script: WorkerScript, request: IndexRequest, options: IndexerOptions = {}): Promise<LoadResult> {
  const report = await runIndexer(script, request, options);
  const loaded = await loadCorpus({ ...request, readers: defaultReaders, ...(options.signal ? { signal: options.signal } : {}) });
  // Loaded from the cache the thread wrote: say what the thread did, not that the cache was read.
  return loaded.source === 'cache' ? { ...loaded, source: report.source, filesRead: report.filesRead } : loaded;
}

function runIndexer(script: WorkerScript, request: IndexRequest, options: IndexerOptions): Promise<Extract<IndexerMessage, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.source, { eval: script.eval, workerData: { role: 'indexer', request } });
    const abort = () => {
      void worker.terminate();
      reject(options.signal?.reason ?? new Error('corpus load cancelled'));
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => options.signal?.removeEventListener('abort', abort);
    worker.on('message', (message: IndexerMessage) => {
      if (message.type === 'progress') return options.onProgress?.(message.done, message.total);
      settle();
      void worker.terminate();
      if (message.type === 'failed') reject(new Error(message.message));
      else if (message.cacheError) reject(new Error(message.cacheError));
      else resolve(message);
    });
    worker.on('error', (error) => {
      settle();
      reject(error);
    });
  });
}
