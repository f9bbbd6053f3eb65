// Reads corpus files on worker threads, so that parsing a large corpus uses every core and leaves the
// language server's own thread free to answer requests. Files are handed out one at a time to
// whichever thread is free; results come back in the order asked. A pool that cannot start its
// threads (no worker script beside the program) reads on the calling thread instead.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolutionMetadata } from './metadata';
import type { ScannedFile } from './scan';
import type { CorpusResolution } from './types';

export interface ReadRequest {
  readonly id: number;
  readonly file: Pick<ScannedFile, 'path' | 'size' | 'builtin'>;
  readonly metadata?: ResolutionMetadata;
}

export interface ReadResult {
  readonly resolutions: readonly CorpusResolution[];
  readonly problem?: string;
}

export interface ReadResponse {
  readonly id: number;
  readonly result: ReadResult;
}

/** How to start a reader thread: the bundled dist/corpusWorker.js, or the TypeScript source through tsx. */
export interface WorkerScript {
  readonly source: string;
  readonly eval: boolean;
}

interface Pending {
  readonly request: ReadRequest;
  readonly resolve: (result: ReadResult) => void;
  readonly reject: (error: Error) => void;
}

export class ReaderPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private nextId = 0;

  constructor(script: WorkerScript, size = Math.max(1, Math.min(4, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.source, { eval: script.eval });
      worker.unref();
      worker.on('message', (response: ReadResponse) => this.finished(worker, response));
      worker.on('error', (error) => this.failed(worker, error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  read(file: ReadRequest['file'], metadata?: ResolutionMetadata): Promise<ReadResult> {
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, file, ...(metadata ? { metadata } : {}) };
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  }

  private finished(worker: Worker, response: ReadResponse): void {
    this.busy.get(worker)?.resolve(response.result);
    this.busy.delete(worker);
    this.idle.push(worker);
    this.dispatch();
  }

  /** A thread that dies takes its file with it: that file is refused, the others go on. */
  private failed(worker: Worker, error: Error): void {
    this.busy.get(worker)?.resolve({ resolutions: [], problem: `The file could not be read: ${error.message}` });
    this.busy.delete(worker);
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers.splice(index, 1);
    if (this.workers.length === 0) for (const waiting of this.queue.splice(0)) waiting.reject(error);
  }
}
