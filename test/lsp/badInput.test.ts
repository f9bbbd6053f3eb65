// Bad input over the real protocol: a half-typed paragraph, a 5 MB paste, a binary file opened by
// mistake, a line of 100,000 characters. The server answers each with diagnostics (or none) within
// reason, never crashes, and still answers the next request.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LintClient } from './lintClient';

const DRAFT = readFileSync(resolve(__dirname, '../../examples/draft-resolution.unres'), 'utf8');
/** Generous: other test suites may share the machine's two cores. */
const WITHIN_MS = 30_000;

describe('bad input', () => {
  let client: LintClient;
  before(async () => {
    client = await LintClient.start();
  });
  after(() => client.stop());

  /** Opens the text, waits for its diagnostics and checks that the server still answers a code action request. */
  async function survives(name: string, text: string) {
    const uri = `file:///bad/${name}.unres`;
    const started = performance.now();
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 1, 0, WITHIN_MS);
    const elapsed = performance.now() - started;
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []);
    assert.ok(Array.isArray(actions));
    assert.deepEqual(client.errors.filter((error) => /uncaught|TypeError|RangeError/i.test(error)), []);
    return { diagnostics, elapsed };
  }

  test('a half-typed paragraph and unclosed italics give the diagnostics of what is there', async () => {
    const text = DRAFT.slice(0, DRAFT.indexOf('19. *Requests*')) + '19. *Reques';
    const { diagnostics } = await survives('half-typed', text);
    assert.deepEqual(
      diagnostics.filter((d) => d.range.start.line >= 80).map((d) => d.code),
      [],
      'nothing is flagged on a paragraph still being typed but what is certain',
    );
    assert.ok(diagnostics.some((d) => d.code === 'operative-verb-form'), 'the rest of the draft is still checked');
  });

  test('a 5 MB paste is checked, not dropped', async () => {
    const paragraphs = DRAFT.split('\n\n').filter((p) => /^\d+\. \*/.test(p));
    let text = DRAFT.slice(0, DRAFT.indexOf('1. *Takes note'));
    for (let n = 1; text.length < 5 * 1024 * 1024; n++) text += `${n}. ${paragraphs[n % paragraphs.length]!.replace(/^\d+\. /, '')}\n\n`;
    const { diagnostics, elapsed } = await survives('paste', text);
    console.log(`# 5 MB paste (${(text.length / 1024 / 1024).toFixed(1)} M characters): ${diagnostics.length} diagnostics in ${Math.round(elapsed)} ms`);
    assert.ok(diagnostics.some((d) => d.code === 'operative-verb-form'));
  });

  test('a binary file opened by mistake gets one message and no drafting diagnostics', async () => {
    const bytes = Array.from({ length: 64 * 1024 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const { diagnostics } = await survives('binary', `%PDF-1.7\n${bytes}`);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['not-text', 'This file holds binary data, not the text of a draft: open or paste the draft as plain text to check it']]);
  });

  test('a line of 100,000 characters is checked within reason', async () => {
    const line = `*Recalling* ${'its resolution 66/181 of 19 December 2011 on strengthening the programme, '.repeat(1400)}`.slice(0, 100_000);
    const text = `*The General Assembly*,\n\n${line};\n\n1. *Requests* the Secretary-General to submit a report.\n`;
    const { diagnostics, elapsed } = await survives('long-line', text);
    console.log(`# 100,000-character line: ${diagnostics.length} diagnostics in ${Math.round(elapsed)} ms`);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['last-preambular-punctuation', 2]]);
  });
});
