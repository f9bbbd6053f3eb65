// Starts the built language server (dist/server.js --stdio) with a corpus path, waits until its
// corpus is ready and then a few seconds more, and reads the process's resident memory from /proc:
// what a drafter's machine pays for the server with that corpus (and its peak while indexing).

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InitializedNotification, InitializeRequest, WorkDoneProgressCreateRequest } from 'vscode-languageserver-protocol';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { CorpusStatusNotification, type CorpusStatus } from '../../server/src/protocol';

export const SERVER = resolve(__dirname, '../../dist/server.js');
const SETTLE_MS = 3000;

export interface ServerMemory {
  readonly readyMs: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly status: CorpusStatus;
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

export async function measureServer(corpusPath: string, cacheDir: string, timeoutMs = 120_000): Promise<ServerMemory> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const started = performance.now();
  const ready = new Promise<CorpusStatus>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the server did not finish indexing in time')), timeoutMs);
    connection.onNotification(CorpusStatusNotification, (status) => {
      if (status.state === 'indexing') return;
      clearTimeout(timer);
      done(status);
    });
  });
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onNotification(() => undefined);
  connection.listen();
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { settings: { unres: { corpus: { paths: [corpusPath] }, cacheDir } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const status = await ready;
    const readyMs = Math.round(performance.now() - started);
    // What the server keeps, once the garbage of indexing has had a moment to be collected.
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    return { readyMs, rssMb: memoryMb(child.pid!, 'VmRSS'), peakRssMb: memoryMb(child.pid!, 'VmHWM'), status };
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    child.kill();
  }
}
