// The `unres lint` contract, through the built command line (dist/cli.js; `npm run build` first):
// JSON and text output, 1-based lines and columns in UTF-16 code units, exit codes 0/1/2, unreadable
// and binary files, `.unresrc.json` beside the draft or above it, and `--corpus`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import type { LintFileResult } from '../../cli/src/commands/lint';

const CLI = resolve(__dirname, '../../dist/cli.js');
const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const root = mkdtempSync(join(tmpdir(), 'unres-cli-lint-'));
after(() => rmSync(root, { recursive: true, force: true }));

const CLEAN = [
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 66/181 of 19 December 2011,',
  '',
  '*Recalling also* its resolution 65/230 of 21 December 2010,',
  '',
  '1. *Requests* the Secretary-General to submit a report to the General Assembly at its sixty-eighth session;',
  '',
  '2. *Also requests* the Secretary-General to include information on ratifications in that report.',
  '',
].join('\n');

/** Line 5 carries an emoji (two UTF-16 code units) before its wrong semicolon; line 7 a verb in the wrong form. */
const SLIPS = CLEAN.replace('65/230 of 21 December 2010,', '65/230 🌍 of 21 December 2010;').replace('1. *Requests*', '1. *Request*');

function write(path: string, text: string | Buffer): string {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function lint(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, 'lint', ...args], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(root, 'cache') } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

test('JSON: one entry per file with 1-based lines and UTF-16 columns, end column exclusive; exit 1 on errors', () => {
  const file = write(join(root, 'json', 'draft.unres'), SLIPS);
  const { stdout, status } = lint('--format', 'json', file);
  assert.equal(status, 1);
  const results = JSON.parse(stdout) as LintFileResult[];
  assert.deepEqual(results, [
    {
      file,
      diagnostics: [
        { line: 5, column: 62, endLine: 5, endColumn: 63, severity: 'error', code: 'last-preambular-punctuation', message: 'The last preambular paragraph ends with a comma, not a semicolon.' },
        { line: 7, column: 5, endLine: 7, endColumn: 12, severity: 'error', code: 'operative-verb-form', message: 'The operative verb is in the third person singular: write “Requests”, not “Request”.' },
      ],
    },
  ]);
  assert.equal(SLIPS.split('\n')[4]!.slice(61, 62), ';', 'column 62 is the semicolon, counted in UTF-16 code units');
});

test('text: one “file:line:column: severity code message” a line; exit 0 without errors', () => {
  const slips = write(join(root, 'text', 'slips.unres'), SLIPS);
  const clean = write(join(root, 'text', 'clean.unres'), CLEAN);
  const { stdout, status } = lint(clean, slips);
  assert.equal(status, 1);
  assert.equal(stdout, [
    `${slips}:5:62: error last-preambular-punctuation The last preambular paragraph ends with a comma, not a semicolon.`,
    `${slips}:7:5: error operative-verb-form The operative verb is in the third person singular: write “Requests”, not “Request”.`,
    '',
  ].join('\n'));
  const alone = lint(clean);
  assert.deepEqual([alone.stdout, alone.status], ['', 0]);
});

test('a missing file and a binary file are reported as file-unreadable, exit 2, without a stack trace', () => {
  const clean = write(join(root, 'bad', 'clean.unres'), CLEAN);
  const binary = write(join(root, 'bad', 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
  const missing = join(root, 'bad', 'missing.unres');
  const { stdout, stderr, status } = lint('--format', 'json', missing, binary, clean);
  assert.equal(status, 2);
  assert.deepEqual(JSON.parse(stdout), [
    { file: missing, diagnostics: [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'file-unreadable', message: `cannot read ${missing}: no such file` }] },
    { file: binary, diagnostics: [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'file-unreadable', message: `${binary} is a binary file, not a draft resolution in plain text` }] },
    { file: clean, diagnostics: [] },
  ]);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

test('.unresrc.json in a parent folder sets levels: off removes a check, a severity changes the exit code', () => {
  const folder = join(root, 'configured');
  write(join(folder, '.unresrc.json'), JSON.stringify({ rules: { 'operative-verb-form': 'off', 'last-preambular-punctuation': 'warning' } }));
  const file = write(join(folder, 'third', 'committee', 'draft.unres'), SLIPS);
  const { stdout, status } = lint(file);
  assert.equal(status, 0);
  assert.equal(stdout, `${file}:5:62: warning last-preambular-punctuation The last preambular paragraph ends with a comma, not a semicolon.\n`);
});

test('a malformed .unresrc.json is ignored with a warning on standard error', () => {
  const folder = join(root, 'malformed');
  write(join(folder, '.unresrc.json'), '{"rules": {"operative-verb-form": "off",');
  const file = write(join(folder, 'draft.unres'), SLIPS);
  const { stdout, stderr, status } = lint(file);
  assert.equal(status, 1);
  assert.match(stderr, /^unres lint: ignoring .*\.unresrc\.json: /m);
  assert.match(stdout, /operative-verb-form/);
});

test('an unknown format is refused with exit 2', () => {
  const { stderr, status } = lint('--format', 'xml', join(root, 'x.unres'));
  assert.equal(status, 2);
  assert.equal(stderr, 'unres lint: unknown format "xml" (use text or json)\n');
});

test('--corpus adds adopted resolutions: a phrase they use is no longer unknown', { skip: !existsSync(UNGA_TEXT) && `needs ${UNGA_TEXT}` }, () => {
  const corpus = join(root, 'corpus');
  mkdirSync(corpus, { recursive: true });
  copyFileSync(join(UNGA_TEXT, 'A_RES_75_41.txt'), join(corpus, 'A_RES_75_41.txt'));
  const file = write(join(root, 'corpus-draft', 'draft.unres'), CLEAN.replace('*Recalling also* its resolution 65/230 of 21 December 2010,', '*Proceeding* from the fact that nuclear-weapon-free status is one of the means of ensuring the national security of States,'));
  const without = lint(file);
  assert.equal(without.stdout, `${file}:5:2: information preambular-phrase-unknown “Proceeding” opens no paragraph of the adopted resolutions in the corpus: check the opening phrase against agreed language.\n`);
  const withCorpus = lint('--corpus', corpus, file);
  assert.deepEqual([withCorpus.stdout, withCorpus.status], ['', 0]);
});
