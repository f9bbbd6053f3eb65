// Reads corpus files on worker threads, so that parsing a large corpus uses every core and leaves the
// indexing thread free to index. Each thread reads a file, prepares its resolutions for the index
// (prepared.ts) and posts them back, the typed arrays transferred rather than copied. Every thread is
// kept well ahead (IN_FLIGHT files), so that it never waits for the indexing thread to hand it the
// next file while that thread is busy indexing; answers come back per file, whatever order they finish in.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolutionMetadata } from './metadata';
import { prepareResolutions } from './prepared';
import type { FileToRead, PreparedFile } from './readFile';

export interface ReadRequest {
  readonly id: number;
  readonly file: FileToRead;
  readonly metadata?: ResolutionMetadata;
}

export interface ReadResponse {
  readonly id: number;
  readonly result: PreparedFile;
}

/** How to start a reader thread: the bundled dist/corpusWorker.js, or the TypeScript source through tsx. */
export interface WorkerScript {
  readonly source: string;
  readonly eval: boolean;
}

interface Pending {
  readonly request: ReadRequest;
  readonly resolve: (result: PreparedFile) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  /** The files sent to it and not yet answered, in the order sent (it reads them in that order). */
  readonly sent: Pending[];
}

/**
 * Files sent to a thread, the one it reads included. The indexing thread hands out files only between
 * its own reads and a collection can hold it up: with 3, the reader sat idle a fifth of the time.
 */
const IN_FLIGHT = 24;

export class ReaderPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;

  constructor(script: WorkerScript, size = Math.max(1, Math.min(4, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const thread = { worker: new Worker(script.source, { eval: script.eval }), sent: [] };
      thread.worker.unref();
      thread.worker.on('message', (response: ReadResponse) => this.finished(thread, response));
      thread.worker.on('error', (error) => this.failed(thread, error));
      this.threads.push(thread);
    }
  }

  read(file: FileToRead, metadata?: ResolutionMetadata): Promise<PreparedFile> {
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, file, ...(metadata ? { metadata } : {}) };
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** Whether a thread would take a file now rather than queue it. */
  hasRoom(): boolean {
    return this.queue.length === 0 && this.threads.some((thread) => thread.sent.length < IN_FLIGHT);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  /** Sends waiting files to the least busy threads, up to IN_FLIGHT each. */
  private dispatch(): void {
    for (let thread = this.leastBusy(); thread && thread.sent.length < IN_FLIGHT && this.queue.length > 0; thread = this.leastBusy()) {
      const next = this.queue.shift()!;
      thread.sent.push(next);
      thread.worker.postMessage(next.request);
    }
  }

  private leastBusy(): Thread | undefined {
    let least: Thread | undefined;
    for (const thread of this.threads) if (!least || thread.sent.length < least.sent.length) least = thread;
    return least;
  }

  private finished(thread: Thread, response: ReadResponse): void {
    const at = thread.sent.findIndex((pending) => pending.request.id === response.id);
    if (at >= 0) thread.sent.splice(at, 1)[0]!.resolve(response.result);
    this.dispatch();
  }

  /** A thread that dies takes its files with it: those are refused, the others go on. */
  private failed(thread: Thread, error: Error): void {
    for (const pending of thread.sent.splice(0)) pending.resolve({ prepared: prepareResolutions([]), problem: `The file could not be read: ${error.message}` });
    this.threads.splice(this.threads.indexOf(thread), 1);
    if (this.threads.length === 0) for (const waiting of this.queue.splice(0)) waiting.reject(error);
    else this.dispatch();
  }
}
