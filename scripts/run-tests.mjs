// Runs the *.test.ts files under the given folders with Node's built-in test runner (TypeScript
// through tsx). `--serial` runs one file at a time, for suites that drive a real editor.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const serial = args.includes('--serial');
const folders = args.filter((arg) => !arg.startsWith('--'));

function testFiles(folder) {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return testFiles(path);
      return name.endsWith('.test.ts') ? [path] : [];
    });
}

const files = folders.flatMap(testFiles);
if (files.length === 0) {
  console.error(`no test files under ${folders.join(', ')}`);
  process.exit(1);
}
const runnerArgs = ['--import', 'tsx', '--test', ...(serial ? ['--test-concurrency=1'] : []), ...files];
const result = spawnSync(process.execPath, runnerArgs, { stdio: 'inherit' });
process.exit(result.status ?? 1);
