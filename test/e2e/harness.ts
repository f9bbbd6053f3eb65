// Launches the packaged extension in a real editor for the end-to-end tests: code-server with fresh
// user data (scripts/code-server.ts, the same launcher as `npm start`), driven by Debian's Chromium
// through playwright-core, on a copy of examples/ so that no test touches the committed draft.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import {
  editorSettings,
  projectRoot,
  runningProcesses,
  startCodeServer,
  vsixPath,
  type CodeServer,
  type RunningProcess,
} from '../../scripts/code-server';
import { packageExtension } from '../package/vsix';
import { Workbench } from './workbench';

export const resultsDir = join(projectRoot, 'test-results', 'e2e');
export const sampleDraft = 'draft-resolution.unres';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface EditorSession {
  readonly workbench: Workbench;
  readonly server: CodeServer;
  /** The copy of examples/ the editor has open. */
  readonly folder: string;
  /** The language server the extension started (from the installed package), once it runs. */
  waitForLanguageServer(): Promise<RunningProcess>;
  /** Closes the browser, stops code-server and its children, and keeps the logs in test-results/. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Prefix of the screenshots and logs in test-results/e2e/. */
  readonly name: string;
  /** The file of examples/ to open in an editor. */
  readonly file?: string;
  readonly settings?: Record<string, unknown>;
}

/** code-server with the .vsix installed, the examples folder open and `file` in an editor. */
export async function launchEditor(options: LaunchOptions): Promise<EditorSession> {
  // Once per test file, so that the tests run exactly what ships.
  packageExtension();
  clearResults(options.name);
  const home = mkdtempSync(join(tmpdir(), 'unres-e2e-'));
  const folder = join(home, 'examples');
  cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser?.close().catch(() => undefined);
    await server?.stop();
    keepLogs(home, options.name);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    server = await startCodeServer({ home, vsix: vsixPath, settings: { ...editorSettings, ...options.settings } });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const file = join(folder, options.file ?? sampleDraft);
    const workbench = new Workbench(page, { name: options.name, resultsDir, file });
    await workbench.open(server.url(folder, file));
    const extensionsDir = server.extensionsDir;
    return { workbench, server, folder, close, waitForLanguageServer: () => waitForLanguageServer(extensionsDir) };
  } catch (error) {
    await close();
    throw error;
  }
}

async function waitForLanguageServer(extensionsDir: string): Promise<RunningProcess> {
  const deadline = Date.now() + 20_000;
  const isOurs = (process: RunningProcess) =>
    process.commandLine.includes(extensionsDir) && /\/dist\/server\.js\b/.test(process.commandLine);
  for (;;) {
    const found = runningProcesses().find(isOurs);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no language server started from ${extensionsDir}`);
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

/** Removes a previous run's screenshots and logs of this name, so that test-results/ shows this run. */
function clearResults(name: string): void {
  mkdirSync(resultsDir, { recursive: true });
  for (const entry of readdirSync(resultsDir)) {
    if (entry.startsWith(`${name}-`)) rmSync(join(resultsDir, entry), { recursive: true, force: true });
  }
}

function keepLogs(home: string, name: string): void {
  const target = join(resultsDir, `${name}-logs`);
  rmSync(target, { recursive: true, force: true });
  const logs = [
    [join(home, 'code-server.log'), join(target, 'code-server.log')],
    [join(home, 'user-data', 'logs'), join(target, 'workbench')],
  ] as const;
  for (const [from, to] of logs) if (existsSync(from)) cpSync(from, to, { recursive: true });
}
