// Runs test/nvim/lsp.lua in a headless Neovim against the built language server, as a Neovim user
// would start `unres-language-server --stdio`, and returns what Neovim's LSP client received.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '..', '..');
export const serverScript = join(projectRoot, 'dist', 'server.js');

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

export interface NeovimRequest {
  readonly file: string;
  /** Lines to put before `line` (0-based) once the server is attached: Neovim sends them as a change. */
  readonly insert?: { readonly line: number; readonly lines: readonly string[] };
  readonly diagnostics?: boolean;
  readonly hover?: LspPosition;
  readonly completion?: LspPosition;
}

export interface NeovimDiagnostic {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly severity: number;
  readonly message: string;
  readonly code?: string;
  readonly source?: string;
}

export interface NeovimResult {
  readonly serverInfo?: { name: string; version?: string };
  readonly capabilities?: Record<string, unknown>;
  readonly attached?: boolean;
  readonly diagnostics?: NeovimDiagnostic[];
  readonly hover?: unknown;
  readonly completion?: unknown;
  readonly errors: string[];
}

/** Builds the server bundle (dist/server.js), as `npm run build` does. */
export function buildServer(): void {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

export function runNeovim(request: NeovimRequest): NeovimResult {
  const dir = mkdtempSync(join(tmpdir(), 'unres-nvim-'));
  try {
    const resultFile = join(dir, 'result.json');
    const configFile = join(dir, 'config.json');
    const cmd = [process.execPath, serverScript, '--stdio'];
    writeFileSync(configFile, JSON.stringify({ ...request, cmd, result: resultFile }));
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'lsp.lua')}`], {
      cwd: dir,
      env: { ...process.env, UNRES_NVIM_CONFIG: configFile },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.error) throw run.error;
    if (!existsSync(resultFile)) throw new Error(`nvim exited with ${run.status} and wrote no result:\n${run.stderr}`);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as NeovimResult;
    if (run.status !== 0) throw new Error(`nvim exited with ${run.status}: ${result.errors.join('; ')}\n${run.stderr}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
