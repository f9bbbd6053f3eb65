// The server's corpus service, driven directly with a stand-in connection and settings: it holds the
// built-in seeds as soon as `initialize` returns (no draft is checked against an empty corpus), a load
// that finds the very files the corpus in use was made of keeps that corpus and tells no feature of a
// change (drafts are not checked again for nothing: the cause of diagnostics published twice while
// the seeds were indexed again), and a load of other files replaces it and tells the features once.

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { CorpusService } from '../../../server/src/corpusService';
import type { CorpusStatus } from '../../../server/src/protocol';
import type { Corpus } from '../../../server/src/service/corpus/corpus';
import { defaultReaders } from '../../../server/src/service/corpus/readers';
import { normalizeSettings, type SettingsStore } from '../../../server/src/settings';

const BUILTIN = resolve(__dirname, '../../../corpus');
const SEEDS = (JSON.parse(readFileSync(join(BUILTIN, 'manifest.json'), 'utf8')) as { documents: { file: string }[] }).documents;
const root = mkdtempSync(join(tmpdir(), 'unres-corpus-service-'));
after(() => rmSync(root, { recursive: true, force: true }));

interface Harness {
  readonly service: CorpusService;
  readonly statuses: CorpusStatus[];
  readonly changes: Corpus[];
}

function harness(settings: Record<string, unknown>): Harness {
  const statuses: CorpusStatus[] = [];
  const connection = {
    onDidChangeWatchedFiles: () => undefined,
    sendNotification: (type: { method: string } | string, params: unknown) => {
      if ((typeof type === 'string' ? type : type.method) === 'unres/corpusStatus') statuses.push(params as CorpusStatus);
      return Promise.resolve();
    },
    window: { createWorkDoneProgress: () => Promise.resolve({ begin: () => undefined, report: () => undefined, done: () => undefined }) },
    client: { register: () => Promise.resolve({ dispose: () => undefined }) },
  } as unknown as Connection;
  const store = { get: () => Promise.resolve(normalizeSettings(settings)), onDidChange: () => undefined } as unknown as SettingsStore;
  const service = new CorpusService(connection, store, { readers: defaultReaders, producer: 'test', builtinDir: BUILTIN, workspaceFolders: () => [] });
  const changes: Corpus[] = [];
  service.onDidChange((corpus) => changes.push(corpus));
  service.initialize({ capabilities: {}, initializationOptions: { storagePath: mkdtempSync(join(root, 'cache-')) } } as unknown as InitializeParams);
  return { service, statuses, changes };
}

describe('the corpus service', () => {
  it('holds the built-in seeds as soon as initialize returns, before any notification', () => {
    const { service, statuses } = harness({});
    assert.equal(service.current.resolutionCount, SEEDS.length);
    assert.deepEqual(statuses, []);
    assert.deepEqual([service.status.state, service.status.source, service.status.resolutions], ['indexing', 'builtin', SEEDS.length]);
  });

  it('keeps the corpus in use, and tells no feature of a change, when a load finds the same files unchanged', async () => {
    const { service, statuses, changes } = harness({});
    const seeds = service.current;
    service.start();
    await service.whenReady();
    assert.equal(service.current, seeds);
    assert.deepEqual(changes, []);
    assert.deepEqual([statuses.at(-1)?.state, statuses.at(-1)?.resolutions], ['ready', SEEDS.length]);
  });

  it('replaces the corpus, and tells the features once, when a load finds other files', async () => {
    const folder = join(root, 'configured');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(BUILTIN, SEEDS[0]!.file), join(folder, 'copy-of-a-seed.txt'));
    const { service, changes } = harness({ corpus: { paths: [folder] } });
    const seeds = service.current;
    service.start();
    await service.whenReady();
    assert.notEqual(service.current, seeds);
    assert.deepEqual(changes, [service.current]);
  });
});
