// Builds the extension package the way a release does (`npm run package`), once per test process.

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '..', '..');
export const vsixPath = join(projectRoot, 'build', 'unres.vsix');

let packaged = false;

export function packageExtension(): void {
  if (packaged) return;
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}${result.stderr}`);
  packaged = true;
}
