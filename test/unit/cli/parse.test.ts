// `unres parse` as users run it: the built dist/cli.js (built here when missing), on a seed of the
// built-in corpus and on a draft, checking the JSON contract field by field.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ParseOutput } from '../../../cli/src/commands/parse';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const root = mkdtempSync(join(tmpdir(), 'unres-cli-parse-'));
after(() => rmSync(root, { recursive: true, force: true }));

before(() => {
  if (existsSync(CLI)) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

function unres(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const draft = [
  'A/C.3/67/L.10',
  'Sixty-seventh session',
  'Agenda item 103',
  'Austria, Italy, Mexico and Nigeria: draft resolution',
  '',
  'Strengthening the United Nations crime prevention and criminal justice programme',
  '',
  '*The General Assembly*,',
  '',
  '*Reaffirming* its resolutions 46/152 of 18 December 1991 and 65/232 of 21 December 2010,',
  '',
  '1. *Takes note with appreciation* of the report of the Secretary-General;[1]',
  '',
  '2. *Requests* the Secretary-General:',
  '',
  '    (a) To report;',
  '',
  '        (i) On ratifications;',
  '',
  '3. *Also requests* the Secretary-General to submit a report.',
  '',
  '__________',
  '[1] A/66/303.',
].join('\n');

describe('unres parse', () => {
  it('prints the structure of a seed resolution (A/RES/62/175, tab-indented export)', () => {
    const run = unres('parse', '--format', 'json', join(ROOT, 'corpus/A_RES_62_175.txt'));
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout) as ParseOutput;
    assert.deepEqual(Object.keys(output), ['symbol', 'session', 'title', 'preambular', 'operative', 'footnotes', 'citations']);
    assert.equal(output.symbol, 'A/RES/62/175');
    assert.equal(output.session, 62);
    assert.equal(output.title, 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity');
    assert.equal(output.preambular.length, 14);
    assert.deepEqual(output.preambular[2], {
      line: 11,
      opening: 'Taking note with appreciation',
      text: 'Taking note with appreciation of the adoption by the Economic and Social Council of the strategy for the period 2008-2011 for the United Nations Office on Drugs and Crime, which aims, inter alia, to enhance its effectiveness and flexibility in providing technical assistance and policy services,',
    });
    assert.deepEqual(output.operative.map((p) => [p.line, p.number, p.verb]).slice(0, 3), [
      [23, 1, 'Takes note with appreciation'],
      [24, 2, 'Reaffirms'],
      [25, 3, 'Recognizes'],
    ]);
    assert.equal(output.operative.length, 16);
    assert.deepEqual(output.footnotes.map((f) => [f.marker, f.line]), [['1', 42], ['2', 43], ['3', 44], ['4', 45], ['5', 46], ['6', 47], ['7', 48], ['8', 49]]);
    assert.deepEqual(output.footnotes[6], { marker: '7', line: 48, text: 'A/62/126.' });
    assert.deepEqual(output.citations.slice(0, 2), [
      { line: 9, kind: 'ga-resolution', symbol: 'A/RES/46/152', date: '1991-12-18' },
      { line: 9, kind: 'ga-resolution', symbol: 'A/RES/61/181', date: '2006-12-20' },
    ]);
    assert.ok(output.citations.some((c) => c.kind === 'treaty' && c.symbol === 'United Nations, Treaty Series, vol. 2225, No. 39574' && c.date === null));
  });

  it('prints the structure of a draft, sub-paragraphs in document order', () => {
    const file = join(root, 'draft.unres');
    writeFileSync(file, draft);
    const run = unres('parse', '--corpus', join(ROOT, 'corpus'), '--format', 'json', file);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      symbol: 'A/C.3/67/L.10',
      session: 67,
      title: 'Strengthening the United Nations crime prevention and criminal justice programme',
      preambular: [
        { line: 10, opening: 'Reaffirming', text: 'Reaffirming its resolutions 46/152 of 18 December 1991 and 65/232 of 21 December 2010,' },
      ],
      operative: [
        { line: 12, number: 1, verb: 'Takes note with appreciation', text: 'Takes note with appreciation of the report of the Secretary-General;', subparagraphs: [] },
        {
          line: 14,
          number: 2,
          verb: 'Requests',
          text: 'Requests the Secretary-General:',
          subparagraphs: [
            { line: 16, label: 'a', text: 'To report;' },
            { line: 18, label: 'i', text: 'On ratifications;' },
          ],
        },
        { line: 20, number: 3, verb: 'Also requests', text: 'Also requests the Secretary-General to submit a report.', subparagraphs: [] },
      ],
      footnotes: [{ marker: '1', line: 23, text: 'A/66/303.' }],
      citations: [
        { line: 10, kind: 'ga-resolution', symbol: 'A/RES/46/152', date: '1991-12-18' },
        { line: 10, kind: 'ga-resolution', symbol: 'A/RES/65/232', date: '2010-12-21' },
        { line: 23, kind: 'document', symbol: 'A/66/303', date: null },
      ],
    });
  });

  it('says in one line why a file cannot be parsed, and exits with 2', () => {
    const binary = join(root, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const cases: [string[], string][] = [
      [['parse', join(root, 'missing.unres')], `unres parse: no such file: ${join(root, 'missing.unres')}\n`],
      [['parse', binary], `unres parse: ${binary} is a binary file, not a resolution in plain text\n`],
      [['parse', root], `unres parse: ${root} is a folder, not a resolution file\n`],
      [['parse', '--format', 'xml', binary], 'unres parse: unknown format "xml" (use json)\n'],
      [['parse', '--corpus', join(root, 'nowhere'), binary], `unres parse: corpus path not found: ${join(root, 'nowhere')}\n`],
    ];
    for (const [args, message] of cases) {
      assert.deepEqual(unres(...args), { status: 2, stdout: '', stderr: message });
    }
  });

  it('answers --help and --version', () => {
    const help = unres('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: unres \[options\] \[command\]/);
    assert.match(help.stdout, /\n {2}parse \[options\] <file> /);
    const version = unres('--version');
    const { version: expected } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(version, { status: 0, stdout: `${expected}\n`, stderr: '' });
  });
});
