// The corpus over the real protocol: the built server (dist/server.js --stdio) indexes the folders the
// settings name, whichever way the client passes settings, reports bad files once each, shows its
// progress, and loads its cache after a restart. Corpus files are copied from ../shared/corpus.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  RegistrationRequest,
  ShowMessageNotification,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type RegistrationParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { CorpusStatusNotification, CorpusStatusRequest, type CorpusStatus } from '../../server/src/protocol';

const SERVER = resolve(__dirname, '../../dist/server.js');
const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const BERMUDA = ['A_RES_75_109.txt', 'A_RES_76_92.txt', 'A_RES_77_136.txt'];
const root = mkdtempSync(join(tmpdir(), 'unres-lsp-corpus-'));
after(() => rmSync(root, { recursive: true, force: true }));

interface Session {
  readonly connection: MessageConnection;
  readonly statuses: CorpusStatus[];
  readonly warnings: ShowMessageParams[];
  readonly progress: unknown[];
  readonly stop: () => Promise<void>;
}

interface StartOptions {
  readonly configuration?: unknown;
  readonly initializationOptions?: unknown;
  readonly capabilities?: ClientCapabilities;
  readonly onRegistration?: (params: RegistrationParams) => void;
}

async function start(options: StartOptions): Promise<Session> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio']);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const session: Session = { connection, statuses: [], warnings: [], progress: [], stop: () => stop(connection, child) };
  connection.onNotification(CorpusStatusNotification, (status) => {
    session.statuses.push(status);
  });
  connection.onNotification(ShowMessageNotification.type, (message) => {
    if (message.type === MessageType.Warning) session.warnings.push(message);
  });
  connection.onNotification(LogMessageNotification.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(RegistrationRequest.type, (params) => {
    options.onRegistration?.(params);
  });
  connection.onUnhandledProgress((params) => {
    session.progress.push(params);
  });
  const pulls = options.configuration !== undefined;
  if (pulls) connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => options.configuration));
  connection.listen();
  const capabilities: ClientCapabilities = {
    ...options.capabilities,
    workspace: { ...options.capabilities?.workspace, configuration: pulls },
    window: { workDoneProgress: true },
  };
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities,
    initializationOptions: options.initializationOptions ?? null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return session;
}

async function stop(connection: MessageConnection, child: ChildProcess): Promise<void> {
  await connection.sendRequest('shutdown').catch(() => undefined);
  await connection.sendNotification('exit').catch(() => undefined);
  connection.dispose();
  if (child.exitCode === null) await new Promise((done) => child.once('exit', done));
}

/** Waits for a status notification that satisfies `test` (the request answers the same status). */
async function statusWhere(session: Session, test: (status: CorpusStatus) => boolean, timeout = 20_000): Promise<CorpusStatus> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = session.statuses.find(test);
    if (found) return found;
    await new Promise((resume) => setTimeout(resume, 25));
  }
  throw new Error(`no such corpus status; last: ${JSON.stringify(session.statuses.at(-1))}`);
}

function bermudaFolder(name: string): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (const file of BERMUDA) copyFileSync(join(UNGA_TEXT, file), join(folder, file));
  return folder;
}

const haveCorpus = existsSync(UNGA_TEXT) && existsSync(SERVER);
if (!haveCorpus) console.log(`# skipped: needs ${UNGA_TEXT} and a built ${SERVER} (npm run build)`);

describe('corpus over the language server protocol', { skip: !haveCorpus }, () => {
  it('indexes the folder a workspace/configuration client names, with progress, and answers the status request', async () => {
    const folder = bermudaFolder('pulled');
    const session = await start({ configuration: { corpus: { paths: [folder] }, cacheDir: join(root, 'cache-pulled') } });
    try {
      const builtin = await statusWhere(session, (status) => status.source === 'builtin');
      const ready = await statusWhere(session, (status) => status.state === 'ready');
      assert.equal(ready.resolutions, builtin.resolutions + 3);
      assert.equal(ready.source, 'index');
      assert.ok(ready.paragraphs > builtin.paragraphs + 60, `paragraphs ${ready.paragraphs}`);
      assert.deepEqual(await session.connection.sendRequest(CorpusStatusRequest), ready);
      const kinds = session.progress.map((item) => (item as { value: { kind: string } }).value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds.at(-1), 'end');
    } finally {
      await session.stop();
    }
  });

  it('takes pushed settings from initializationOptions, then re-indexes when didChangeConfiguration changes the corpus paths', async () => {
    const folder = bermudaFolder('pushed');
    const settings = { unres: { corpus: { paths: [] }, cacheDir: join(root, 'cache-pushed') } };
    const session = await start({ initializationOptions: { settings } });
    try {
      const first = await statusWhere(session, (status) => status.state === 'ready');
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { unres: { ...settings.unres, corpus: { paths: [folder] } } },
      });
      const second = await statusWhere(session, (status) => status.state === 'ready' && status.resolutions !== first.resolutions);
      assert.equal(second.resolutions, first.resolutions + 3);
      const seen = session.statuses.length;
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { unres: { ...settings.unres, corpus: { paths: [folder] }, rules: { 'final-period': 'off' } } },
      });
      await new Promise((resume) => setTimeout(resume, 500));
      assert.equal(session.statuses.length, seen, 'a change of rules alone re-indexes nothing');
    } finally {
      await session.stop();
    }
  });

  it('indexes the good files of a junk folder and reports each bad file once', async () => {
    const folder = bermudaFolder('junk');
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(folder, 'broken.xml'), '<akomaNtoso><statement name="resolution"><preamble><container>');
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 50 * 1024 * 1024);
    const session = await start({ configuration: { corpus: { paths: [folder] }, cacheDir: join(root, 'cache-junk') } });
    try {
      const ready = await statusWhere(session, (status) => status.state === 'ready');
      const builtin = session.statuses.find((status) => status.source === 'builtin')!;
      assert.equal(ready.resolutions, builtin.resolutions + 3);
      const bad = ['binary.txt', 'broken.xml', 'empty.txt', 'huge.txt'].map((name) => join(folder, name));
      assert.deepEqual(ready.errors.map((error) => error.path).sort(), bad);
      assert.match(ready.errors.find((error) => error.path.endsWith('huge.txt'))!.message, /50\.0 MB/);
      await new Promise((resume) => setTimeout(resume, 200));
      for (const path of bad) {
        assert.equal(session.warnings.filter((warning) => warning.message.includes(path)).length, 1, path);
      }
    } finally {
      await session.stop();
    }
  });

  it('re-reads a corpus file that changes on disk, and only that file', async () => {
    const folder = bermudaFolder('watched');
    const session = await start({ configuration: { corpus: { paths: [folder] }, cacheDir: join(root, 'cache-watched') } });
    try {
      const first = await statusWhere(session, (status) => status.state === 'ready');
      copyFileSync(join(UNGA_TEXT, 'A_RES_78_88.txt'), join(folder, 'A_RES_78_88.txt'));
      const updated = await statusWhere(session, (status) => status.state === 'ready' && status.resolutions === first.resolutions + 1);
      assert.equal(updated.source, 'update');
    } finally {
      await session.stop();
    }
  });

  it('asks a client that watches files for the client to watch the corpus folders', async () => {
    const folder = bermudaFolder('client-watched');
    const registrations: unknown[] = [];
    const session = await start({
      configuration: { corpus: { paths: [folder] }, cacheDir: join(root, 'cache-client-watched') },
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
      onRegistration: (params) => registrations.push(params),
    });
    try {
      await statusWhere(session, (status) => status.state === 'ready');
      await new Promise((resume) => setTimeout(resume, 200));
      const watchers = JSON.stringify(registrations);
      assert.match(watchers, /workspace\/didChangeWatchedFiles/);
      assert.ok(watchers.includes(JSON.stringify(URI.file(folder).toString())), watchers);
      copyFileSync(join(UNGA_TEXT, 'A_RES_78_88.txt'), join(folder, 'A_RES_78_88.txt'));
      await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: URI.file(join(folder, 'A_RES_78_88.txt')).toString(), type: FileChangeType.Created }],
      });
      const updated = await statusWhere(session, (status) => status.source === 'update');
      assert.equal(updated.resolutions, session.statuses.find((status) => status.source === 'index')!.resolutions + 1);
    } finally {
      await session.stop();
    }
  });

  it('loads the cache after a restart with an unchanged corpus', async () => {
    const folder = bermudaFolder('restart');
    const options = { configuration: { corpus: { paths: [folder] } }, initializationOptions: { storagePath: join(root, 'storage') } };
    const first = await start(options);
    const cold = await statusWhere(first, (status) => status.state === 'ready').finally(() => first.stop());
    assert.equal(cold.source, 'index');
    const second = await start(options);
    try {
      const warm = await statusWhere(second, (status) => status.state === 'ready');
      assert.equal(warm.source, 'cache');
      assert.equal(warm.resolutions, cold.resolutions);
      assert.equal(warm.paragraphs, cold.paragraphs);
    } finally {
      await second.stop();
    }
    assert.ok(existsSync(join(root, 'storage')));
  });
});
