// Formatting, semantic tokens, on-type formatting and the reshaping commands over the real protocol:
// the built server (dist/server.js --stdio), a client that applies the workspace edits it is sent.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DocumentFormattingRequest,
  DocumentOnTypeFormattingRequest,
  DocumentRangeFormattingRequest,
  ExecuteCommandRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { ShapingCommands, type ShapingCommandResult } from '../../server/src/protocol';
import { draft } from '../unit/format/draft';
import { startShapingSession, type ShapingSession } from './shapingClient';

const formatting = { tabSize: 4, insertSpaces: true };

/** The draft of the unit tests without any italics markers, as a drafter might paste it. */
const unmarked = draft.replace(/\*/g, '');

/** What formatting may not change: every character but layout, `*` and the brackets of `[n]` markers. */
function substance(text: string): string {
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (digit) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(digit)))
    .replace(/\[(\d{1,3})\]/g, '$1')
    .replace(/[\s*]/g, '');
}

/** Decodes semantic tokens into [line, character, text, type, modifiers]. */
function decoded(data: readonly number[], text: string, legend: { tokenTypes: string[]; tokenModifiers: string[] }): [number, number, string, string, string[]][] {
  const lines = text.split('\n');
  const tokens: [number, number, string, string, string[]][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, modifiers = 0] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const names = legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
    tokens.push([line, character, (lines[line] ?? '').slice(character, character + length), legend.tokenTypes[type] ?? '?', names]);
  }
  return tokens;
}

describe('shaping a draft over the real protocol', () => {
  let session: ShapingSession;
  let uri = 'file:///drafts/shaping-0.unres';
  let count = 0;
  const open = async (text: string) => {
    uri = `file:///drafts/shaping-${++count}.unres`;
    await session.open(uri, text);
    return uri;
  };
  const command = (name: string, args: Record<string, unknown>) =>
    session.connection.sendRequest(ExecuteCommandRequest.type, { command: name, arguments: [{ uri, ...args }] }) as Promise<ShapingCommandResult>;

  before(async () => {
    session = await startShapingSession();
  });
  after(async () => {
    await session.stop();
  });

  it('announces the legend, formatting, on-type formatting after Enter and the commands', () => {
    const capabilities = session.initialized.capabilities;
    assert.deepEqual(capabilities.semanticTokensProvider, { legend: { tokenTypes: ['preambularPhrase', 'operativeVerb'], tokenModifiers: ['italic'] }, full: true, range: true });
    assert.equal(capabilities.documentFormattingProvider, true);
    assert.equal(capabilities.documentRangeFormattingProvider, true);
    assert.deepEqual(capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
    assert.deepEqual(capabilities.executeCommandProvider?.commands, [
      'unres.server.renumberParagraphs',
      'unres.server.moveParagraph',
      'unres.server.insertFootnote',
      'unres.server.renumberFootnotes',
    ]);
  });

  it('gives an italic token for exactly each opening phrase and verb, with and without markers', async () => {
    const legend = session.initialized.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend);
    const expected: [number, number, string, string, string[]][] = [
      [4, 1, 'Recalling', 'preambularPhrase', ['italic']],
      [6, 1, 'Reaffirming', 'preambularPhrase', ['italic']],
      [8, 4, 'Takes note with appreciation', 'operativeVerb', ['italic']],
      [10, 4, 'Reaffirms', 'operativeVerb', ['italic']],
      [12, 4, 'Requests', 'operativeVerb', ['italic']],
      [18, 4, 'Urges', 'operativeVerb', ['italic']],
      [20, 4, 'Requests', 'operativeVerb', ['italic']],
      [22, 4, 'Also requests', 'operativeVerb', ['italic']],
    ];
    await open(draft);
    const marked = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepEqual(decoded(marked?.data ?? [], draft, legend), expected);
    await open(unmarked);
    const plain = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      decoded(plain?.data ?? [], unmarked, legend),
      expected.map(([line, character, text, type, modifiers]) => [line, character - 1, text, type, modifiers]),
    );
    const range = await session.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri },
      range: { start: { line: 9, character: 0 }, end: { line: 13, character: 0 } },
    });
    assert.deepEqual(decoded(range?.data ?? [], unmarked, legend), [
      [10, 3, 'Reaffirms', 'operativeVerb', ['italic']],
      [12, 3, 'Requests', 'operativeVerb', ['italic']],
    ]);
  });

  it('formats a pasted draft into the canonical layout, and a selection alone', async () => {
    await open(unmarked.replace('2. Reaffirms', '2.\tReaffirms').replace('    (a)', '(a)'));
    const edits = (await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: formatting })) ?? [];
    const inserted = (line: number, character: number, newText: string): TextEdit => ({ range: { start: { line, character }, end: { line, character } }, newText });
    assert.deepEqual(edits.slice(0, 6), [
      inserted(2, 0, '*'),
      inserted(2, 20, '*'),
      inserted(4, 0, '*'),
      inserted(4, 9, '*'),
      inserted(6, 0, '*'),
      inserted(6, 11, '*'),
    ]);
    assert.deepEqual(edits.find((edit) => edit.range.start.line === 10 && edit.range.start.character === 2), { range: { start: { line: 10, character: 2 }, end: { line: 10, character: 3 } }, newText: ' ' });
    assert.deepEqual(edits.find((edit) => edit.range.start.line === 14), inserted(14, 0, '    '));
    await session.change(uri, edits);
    assert.equal(session.text(uri), draft);
    await open(unmarked);
    const selection = await session.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: { line: 20, character: 0 }, end: { line: 20, character: 10 } },
      options: formatting,
    });
    assert.deepEqual(selection, [inserted(20, 3, '*'), inserted(20, 11, '*')]);
  });

  it('after Enter at the end of an operative paragraph, starts the next number', async () => {
    await open(draft);
    const end = { line: 10, character: draft.split('\n')[10]?.length ?? 0 };
    await session.change(uri, [{ range: { start: end, end }, newText: '\n' }]);
    const edits = await session.connection.sendRequest(DocumentOnTypeFormattingRequest.type, {
      textDocument: { uri },
      position: { line: 11, character: 0 },
      ch: '\n',
      options: formatting,
    });
    assert.deepEqual(edits, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, newText: '\n3. ' }]);
  });

  it('renumbers the operative paragraphs through workspace/applyEdit, references included', async () => {
    await open(draft.replace(/2\. \*Reaffirms\*[^\n]*\n\n/, ''));
    const before = session.appliedEdits.length;
    const result = await command(ShapingCommands.renumberParagraphs, {});
    assert.deepEqual(result, { applied: true });
    const request = session.appliedEdits[before];
    assert.equal(request?.label, 'Renumber operative paragraphs');
    const change = request?.edit.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const lines = draft.replace(/2\. \*Reaffirms\*[^\n]*\n\n/, '').split('\n');
    const at = (line: number, after: string, length: number, newText: string): TextEdit => {
      const character = (lines[line] ?? '').indexOf(after) + after.length;
      return { range: { start: { line, character }, end: { line, character: character + length } }, newText };
    };
    assert.deepEqual(change.edits, [
      at(10, '', 1, '2'),
      at(16, '', 1, '3'),
      at(16, 'subparagraph (b) of paragraph ', 1, '2'),
      at(18, '', 1, '4'),
      at(18, 'on the implementation of paragraphs ', 6, '2 and 3'),
      at(20, '', 1, '5'),
      at(20, 'referred to in paragraph ', 1, '4'),
    ]);
    assert.match(session.text(uri), /^4\. \*Requests\* .* on the implementation of paragraphs 2 and 3 above;$/m);
    const again = await command(ShapingCommands.renumberParagraphs, {});
    assert.deepEqual(again, { applied: false, message: 'The operative paragraphs and their cross-references are numbered right already.' });
    assert.deepEqual(session.messages.at(-1), { type: 3, message: again.message });
  });

  it('moves a paragraph up and down and tells where it went', async () => {
    await open(draft);
    const up = await command(ShapingCommands.moveParagraph, { position: { line: 18, character: 10 }, direction: 'up' });
    assert.deepEqual(up, { applied: true, position: { line: 12, character: 10 } });
    const lines = session.text(uri).split('\n');
    assert.equal(lines[12], '3. *Urges* Member States to implement subparagraph (b) of paragraph 4 above, in accordance with paragraph 5 of resolution 65/232;');
    assert.equal(lines[14], '4. *Requests* the United Nations Office on Drugs and Crime:');
    const down = await command(ShapingCommands.moveParagraph, { position: { line: 12, character: 10 }, direction: 'down' });
    assert.deepEqual(down, { applied: true, position: { line: 18, character: 10 } });
    assert.equal(session.text(uri), draft);
    const refused = await command(ShapingCommands.moveParagraph, { position: { line: 8, character: 5 }, direction: 'up' });
    assert.deepEqual(refused, { applied: false, message: 'This is the first operative paragraph: it cannot move further up.' });
  });

  it('inserts a footnote at the cursor and puts the cursor at its note', async () => {
    await open(draft);
    const character = (draft.split('\n')[10] ?? '').indexOf('thereto') + 'thereto'.length;
    const result = await command(ShapingCommands.insertFootnote, { position: { line: 10, character }, text: 'United Nations, Treaty Series, vol. 2225, No. 39574.' });
    const text = session.text(uri);
    assert.match(text, /the Protocols thereto\[3\];$/m);
    assert.ok(text.endsWith('[1] Resolution 60/288.\n[2] A/66/303.\n[3] United Nations, Treaty Series, vol. 2225, No. 39574.\n'));
    assert.deepEqual(result, { applied: true, position: { line: 27, character: 56 } });
  });

  it('answers bad input plainly: binary, a 100,000-character line, a draft that is not open, missing arguments', async () => {
    const binary = String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    for (const text of [binary, `1. Requests the Secretary-General ${'to report on resolution 66/181, '.repeat(3200)}.`]) {
      await open(text);
      const edits = (await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: formatting })) ?? [];
      await session.change(uri, edits);
      const again = await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: formatting });
      assert.deepEqual(again, [], 'formatting twice changes nothing');
      assert.equal(substance(session.text(uri)), substance(text), 'only layout, italics markers and the writing of footnote markers change');
      const tokens = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(tokens?.data));
    }
    const closed = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: ShapingCommands.moveParagraph, arguments: [{ uri: 'file:///drafts/closed.unres', direction: 'up' }] });
    assert.deepEqual(closed, { applied: false, message: 'Open the draft in the editor first.' });
    const bare = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: ShapingCommands.insertFootnote, arguments: [] });
    assert.deepEqual(bare, { applied: false, message: 'The command needs the draft it works on: { uri, position }.' });
  });

  it('uses plain changes for a client without versioned document changes', async () => {
    const plain = await startShapingSession({ workspace: { applyEdit: true } });
    try {
      const target = 'file:///drafts/plain.unres';
      await plain.open(target, draft.replace('2. *Reaffirms*', '7. *Reaffirms*'));
      const result = await plain.connection.sendRequest(ExecuteCommandRequest.type, { command: ShapingCommands.renumberParagraphs, arguments: [{ uri: target }] });
      assert.deepEqual(result, { applied: true });
      assert.deepEqual(plain.appliedEdits[0]?.edit.changes?.[target], [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } }, newText: '2' }]);
      assert.equal(plain.text(target), draft);
    } finally {
      await plain.stop();
    }
  });
});
