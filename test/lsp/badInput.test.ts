// Bad input over the real protocol: a half-typed paragraph, a 5 MB paste, a binary file opened by
// mistake, a line of 100,000 characters, a paste of 80,000 slips. The server answers each with
// diagnostics (or none) within reason, never crashes, and answers hovers and completions asked while
// the diagnostics are computed.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CompletionRequest, HoverRequest, type CompletionList, type MarkupContent, type Position } from 'vscode-languageserver-protocol';
import { parseResolution } from '../../server/src/service/parse';
import { checkDraft } from '../../server/src/service/rules';
import { seedContext } from '../unit/rulesHelpers';
import { LintClient } from './lintClient';

const DRAFT = readFileSync(resolve(__dirname, '../../examples/draft-resolution.unres'), 'utf8');
/** Generous: other test suites may share the machine's two cores. */
const WITHIN_MS = 30_000;
/** A request left unanswered this long is a hang: the test fails rather than waits for ever. */
const HANG_MS = 120_000;

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

  /**
   * Opens the text and, without waiting, asks for a hover at `hoverAt` and a completion at the end of
   * the text: all three answers come, whatever order the server takes them in.
   */
  async function answersWhileChecking(name: string, text: string, hoverAt: Position) {
    const uri = `file:///bad/${name}.unres`;
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    const started = performance.now();
    await client.open(uri, text);
    const [hover, completion, diagnostics] = await Promise.all([
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt }),
      client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: end }),
      client.diagnostics(uri, 1, 0, WITHIN_MS),
    ]);
    const elapsed = Math.round(performance.now() - started);
    assert.deepEqual(client.errors.filter((error) => /uncaught|TypeError|RangeError/i.test(error)), []);
    return { uri, hover: (hover?.contents as MarkupContent | undefined)?.value ?? '', labels: ((completion as CompletionList | null)?.items ?? []).map((item) => item.label), diagnostics, elapsed };
  }

  /** Where "66/181" stands in the text (on the first line that cites it). */
  function citationAt(text: string): Position {
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes('66/181 of'));
    return { line, character: lines[line]!.indexOf('66/181') + 2 };
  }

  test('a 5 MB paste gets one message and no other check; a hover and a completion asked meanwhile are answered', { timeout: HANG_MS }, async () => {
    const paragraphs = DRAFT.split('\n\n').filter((p) => /^\d+\. \*/.test(p));
    let text = DRAFT.slice(0, DRAFT.indexOf('1. *Takes note'));
    for (let n = 1; text.length < 5 * 1024 * 1024; n++) text += `${n}. ${paragraphs[n % paragraphs.length]!.replace(/^\d+\. /, '')}\n\n`;
    text += 'Req';
    const { uri, hover, labels, diagnostics, elapsed } = await answersWhileChecking('paste', text, citationAt(text));
    console.log(`# 5 MB paste (${(text.length / 1024 / 1024).toFixed(1)} M characters): ${diagnostics.length} diagnostics, a hover and a completion in ${elapsed} ms`);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.message, d.range]),
      [['draft-too-large', 3, 'This document is too large for the drafting checks (5.0 MB); they run on drafts up to 1 MB.', { start: { line: 0, character: 0 }, end: { line: 0, character: 'United Nations'.length } }]],
    );
    assert.match(hover, /^\*\*A\/RES\/66\/181\*\* · General Assembly resolution/);
    assert.ok(labels.includes('Requests'), 'opening verbs are completed');
    assert.deepEqual(await client.codeActions(uri, diagnostics[0]!.range, diagnostics), [], 'nothing to fix or silence in a document the checks do not read');
    const version = await client.replace(uri, DRAFT);
    assert.ok((await client.diagnostics(uri, version, 0, WITHIN_MS)).some((d) => d.code === 'operative-verb-form'), 'cut back to a draft, it is checked again');
  });

  test('a paste of 40,000 paragraphs numbered 1 shows the first 1,000 slips and says how many there are', { timeout: HANG_MS }, async () => {
    const text = `*The General Assembly*,\n\n${'1. *Requests* a report;\n\n'.repeat(40_000)}`;
    const { diagnostics } = await survives('slips', text);
    const total = checkDraft(parseResolution(text), seedContext()).length;
    assert.ok(total >= 40_000, 'one slip a paragraph at least');
    assert.equal(diagnostics.length, 1001);
    const note = diagnostics[1000]!;
    assert.deepEqual([note.code, note.severity, note.message], [undefined, 3, `1,000 of the ${total.toLocaleString('en-US')} drafting problems are shown, up to here: correct those to see the others.`]);
    assert.ok(diagnostics.slice(0, 1000).every((d) => d.source === 'unres' && typeof d.code === 'string'));
  });

  test('a binary file opened by mistake gets one message and no drafting diagnostics', async () => {
    const bytes = Array.from({ length: 64 * 1024 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const { diagnostics } = await survives('binary', `%PDF-1.7\n${bytes}`);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['not-text', 'This file holds binary data, not the text of a draft: open or paste the draft as plain text to check it.']]);
  });

  test('a line of 100,000 characters is checked within reason, and a hover and a completion asked meanwhile are answered', { timeout: HANG_MS }, async () => {
    const line = `*Recalling* ${'its resolution 66/181 of 19 December 2011 on strengthening the programme, '.repeat(1400)}`.slice(0, 100_000);
    const text = `*The General Assembly*,\n\n${line};\n\n1. *Requests* the Secretary-General to submit a report.\n\nReq`;
    const { hover, labels, diagnostics, elapsed } = await answersWhileChecking('long-line', text, { line: 2, character: line.indexOf('66/181', 99_000) + 2 });
    console.log(`# 100,000-character line: ${diagnostics.length} diagnostics, a hover and a completion in ${elapsed} ms`);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['last-preambular-punctuation', 2]]);
    assert.match(hover, /^\*\*A\/RES\/66\/181\*\* · General Assembly resolution/);
    assert.ok(labels.includes('Requests'));
  });
});
