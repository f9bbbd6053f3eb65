// Runs the extension in a real editor: code-server (VS Code in the browser) with fresh user data,
// the packaged .vsix installed and nothing shared with the user's own editor. Used by `npm start`
// and by the end-to-end tests, so both launch the product the same way.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '..');
export const vsixPath = join(projectRoot, 'build', 'unres.vsix');
const entry = join(projectRoot, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings for an editor that opens straight onto the draft, with no prompts in the way. */
export const editorSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
};

export interface CodeServerOptions {
  /** A folder of its own: user data, extensions, the config file and the log go under it. */
  readonly home: string;
  readonly vsix: string;
  readonly settings?: Record<string, unknown>;
  /** A fixed port; otherwise a free one. */
  readonly port?: number;
}

export interface CodeServer {
  /** The process group of code-server and of everything it starts. */
  readonly processGroup: number;
  readonly port: number;
  readonly origin: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  /** The workbench URL that opens `folder` with `file` in an editor. */
  url(folder: string, file?: string): string;
  /** Stops code-server and everything it started (extension host, language server). */
  stop(): Promise<void>;
  /** Called if code-server exits by itself. */
  onExit(listener: (code: number | null) => void): void;
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const dirs = prepareHome(options.home, options.settings ?? editorSettings);
  installExtension(dirs, options.vsix);
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const log = openSync(dirs.logFile, 'a');
  const child = spawn(process.execPath, [entry, ...commonArgs(dirs), ...serveArgs(port)], {
    cwd: options.home,
    detached: true,
    stdio: ['ignore', log, log],
  });
  const group = child.pid;
  if (group === undefined) throw new Error(`code-server did not start; see ${dirs.logFile}`);
  const stop = () => stopGroup(group);
  // A test or `npm start` that dies must not leave an editor running.
  process.once('exit', () => killGroup(group, 'SIGKILL'));
  try {
    await waitForHealth(origin, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    processGroup: group,
    port,
    origin,
    extensionsDir: dirs.extensionsDir,
    logFile: dirs.logFile,
    url: (folder, file) => workbenchUrl(origin, folder, file),
    stop,
    onExit: (listener) => child.once('exit', listener),
  };
}

interface Dirs {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly configFile: string;
  readonly logFile: string;
}

function prepareHome(home: string, settings: Record<string, unknown>): Dirs {
  const dirs: Dirs = {
    userDataDir: join(home, 'user-data'),
    extensionsDir: join(home, 'extensions'),
    configFile: join(home, 'config.yaml'),
    logFile: join(home, 'code-server.log'),
  };
  mkdirSync(join(dirs.userDataDir, 'User'), { recursive: true });
  mkdirSync(dirs.extensionsDir, { recursive: true });
  // An empty config file, or code-server writes one with a password into the home folder.
  writeFileSync(dirs.configFile, '');
  writeFileSync(join(dirs.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dirs;
}

function commonArgs(dirs: Dirs): string[] {
  return ['--config', dirs.configFile, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

function serveArgs(port: number): string[] {
  return [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    // Without it a modal trust dialog blocks the workbench.
    '--disable-workspace-trust',
    '--ignore-last-opened',
  ];
}

function installExtension(dirs: Dirs, vsix: string): void {
  if (!existsSync(vsix)) throw new Error(`no extension package at ${vsix}; run \`npm run package\` first`);
  if (!existsSync(entry)) throw new Error('code-server is not installed; run `npm run setup` first');
  const result = spawnSync(process.execPath, [entry, ...commonArgs(dirs), '--force', '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.signal) throw new Error(`installing ${vsix} into code-server was interrupted (${result.signal})`);
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} into code-server failed:\n${result.stdout}${result.stderr}`);
  }
}

export function workbenchUrl(origin: string, folder: string, file?: string): string {
  const host = new URL(origin).host;
  const query = new URLSearchParams({ folder });
  // The workbench opens the files named in its `payload` parameter once the folder is loaded.
  if (file) query.set('payload', JSON.stringify([['openFile', `vscode-remote://${host}${file}`]]));
  return `${origin}/?${query.toString()}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const server = createServer();
    server.once('error', () => answer(false));
    server.listen(port, '127.0.0.1', () => server.close(() => answer(true)));
  });
}

async function waitForHealth(origin: string, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    if (await answers(`${origin}/healthz`)) return;
    await delay(100);
  }
  throw new Error(`code-server did not answer on ${origin} within 30 s`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

async function stopGroup(group: number): Promise<void> {
  killGroup(group, 'SIGTERM');
  if (await groupGone(group, 5_000)) return;
  killGroup(group, 'SIGKILL');
  if (!(await groupGone(group, 5_000))) throw new Error(`code-server's processes (group ${group}) would not stop`);
}

async function groupGone(group: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupMembers(group).length > 0) {
    if (Date.now() > deadline) return false;
    await delay(50);
  }
  return true;
}

function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // The group has already gone.
  }
}

/** The running processes of a process group (zombies, which only wait to be reaped, left out). */
export function groupMembers(group: number): number[] {
  return runningProcesses()
    .filter((process) => process.group === group)
    .map((process) => process.pid);
}

export interface RunningProcess {
  readonly pid: number;
  readonly group: number;
  readonly commandLine: string;
}

/** Every live process on the machine, read from /proc (Linux). */
export function runningProcesses(): RunningProcess[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const status = readProcessStatus(name);
      return status ? [status] : [];
    });
}

function readProcessStatus(pid: string): RunningProcess | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may itself hold spaces and parentheses: read after the last one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { pid: Number(pid), group: Number(fields[2]), commandLine };
  } catch {
    return undefined;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
