// Agreed language over the real protocol (dist/server.js --stdio, the built-in corpus of five seed
// resolutions): completion of openings with their "Also"/"Further" forms, of whole adopted paragraphs
// after a few words, of cited resolutions and of canonical names; the precedent of a paragraph in its
// hover; and the "Use the agreed wording" quick fix, footnotes included. The drafts are the sample
// draft of the sixty-seventh session and variants of it; expected wordings are read from the seed
// file of resolution 66/181 itself.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionItemKind,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  MarkupKind,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import {
  NewWordingRequest,
  NextYearsDraftRequest,
  PrecedentReportRequest,
  PreviousResolutionRequest,
  SearchAgreedLanguageRequest,
  SearchTitlesRequest,
} from '../../server/src/protocol';
import { startNavigationSession, type NavigationSession } from './navigationServer';
import { positionAt } from './textPositions';

const SAMPLE = readFileSync(resolve(__dirname, '../../examples/draft-resolution.unres'), 'utf8');
const SEED_66_181 = readFileSync(resolve(__dirname, '../../corpus/A_RES_66_181.txt'), 'utf8');

/** Operative paragraph `number` of the seed 66/181, as one line without its number and footnote markers. */
function seedOperative(number: number): string {
  const line = SEED_66_181.split('\n').find((candidate) => candidate.startsWith(`${number}. `));
  assert.ok(line, `66/181 has operative paragraph ${number}`);
  return line.slice(`${number}. `.length).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
}

/** Applies LSP edits to a text (in reverse order of position). */
function applied(text: string, edits: readonly TextEdit[]): string {
  const offsets = (position: Position) => {
    const lines = text.split('\n');
    return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  };
  return [...edits]
    .map((edit) => ({ start: offsets(edit.range.start), end: offsets(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

describe('agreed language with the built-in corpus', () => {
  let session: NavigationSession;
  let version = 1;
  const uri = 'file:///drafts/crime-prevention-67.unres';
  const cache = mkdtempSync(join(tmpdir(), 'unres-agreed-cache-'));

  before(async () => {
    session = await startNavigationSession({
      settings: { corpus: { paths: [] }, cacheDir: cache },
      capabilities: {
        textDocument: {
          completion: { completionItem: { labelDetailsSupport: true, documentationFormat: [MarkupKind.Markdown] } },
          hover: { contentFormat: [MarkupKind.Markdown] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
    });
    await session.corpusStatus((status) => status.state === 'ready');
    await session.open(uri, SAMPLE);
  });
  after(async () => {
    await session.stop();
    rmSync(cache, { recursive: true, force: true });
  });

  /** Puts `text` in the open draft (a new version) and returns the position just after `marker` in it. */
  async function draft(text: string, marker: string): Promise<Position> {
    version++;
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    const at = text.lastIndexOf(marker);
    assert.ok(at >= 0, `"${marker}" is in the draft`);
    return positionAt(text, at + marker.length);
  }

  async function complete(text: string, marker: string): Promise<CompletionList> {
    const position = await draft(text, marker);
    const list = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    assert.ok(list && !Array.isArray(list), 'a completion list');
    return list;
  }

  function editOf(item: CompletionItem): TextEdit {
    assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has a text edit`);
    return item.textEdit;
  }

  it('offers "Also requests" first after a "Requests" paragraph, then verbs by corpus frequency', async () => {
    const text = SAMPLE.replace('\n\n18. *Reiterates*', '\n\nRe\n\n18. *Reiterates*');
    const list = await complete(text, '\nRe');
    const position = positionAt(text, text.lastIndexOf('\nRe') + 3);
    assert.equal(list.isIncomplete, true);
    assert.deepEqual(
      list.items.slice(0, 4).map((item) => [item.label, item.labelDetails?.description, editOf(item).newText]),
      [
        ['Also requests', '416 paragraphs', '18. *Also requests* '],
        ['Requests', '3,106 paragraphs', '18. *Requests* '],
        ['Recognizes', '1,826 paragraphs', '18. *Recognizes* '],
        ['Reaffirms', '1,486 paragraphs', '18. *Reaffirms* '],
      ],
    );
    assert.equal(list.items[0]!.detail, 'Operative verb, after a paragraph opening with “Requests”');
    assert.deepEqual(editOf(list.items[0]!).range, { start: { line: position.line, character: 0 }, end: position });
    assert.deepEqual(list.items.slice(0, 4).map((item) => [item.sortText, item.filterText]), [
      ['0000', 'Requests'],
      ['0001', 'Requests'],
      ['0002', 'Recognizes'],
      ['0003', 'Reaffirms'],
    ]);
  });

  it('offers "Recalling further" after "Recalling also", and no sequence form where none is called for', async () => {
    const text = SAMPLE.replace('reaffirming the need for the full implementation of the Global Plan of Action,\n', 'reaffirming the need for the full implementation of the Global Plan of Action,\n\nRec\n');
    const list = await complete(text, '\nRec');
    assert.deepEqual(list.items.slice(0, 3).map((item) => [item.label, editOf(item).newText]), [
      ['Recalling further', '*Recalling further* '],
      ['Recalling', '*Recalling* '],
      ['Recognizing', '*Recognizing* '],
    ]);
    const first = await complete(SAMPLE.replace('\n\n1. *Takes note', '\n\nRec\n\n1. *Takes note'), '\nRec');
    assert.deepEqual(first.items.map((item) => item.label).filter((label) => /also|further/i.test(label)), []);
  });

  it('offers the whole 66/181 paragraph after its first five words, with its source and full text', async () => {
    const text = SAMPLE.replace('and the Protocols thereto.\n', 'and the Protocols thereto;\n\n21. Urges States parties to use\n');
    const list = await complete(text, 'Urges States parties to use');
    const item = list.items.find((candidate) => candidate.kind === CompletionItemKind.Text);
    assert.ok(item, 'a paragraph is offered');
    const expected = `*Urges* ${seedOperative(21).replace(/^\*Urges\* /, '').replace(/;$/, '.')}`;
    const line = positionAt(text, text.lastIndexOf('21. Urges')).line;
    assert.deepEqual(editOf(item), { range: { start: { line, character: 4 }, end: { line, character: 4 + 'Urges States parties to use'.length } }, newText: expected });
    assert.equal(item.labelDetails?.description, 'A/RES/66/181, op. 21');
    assert.equal(item.detail, 'Agreed language, adopted once: A/RES/66/181, op. 21');
    assert.equal(item.filterText, `Urges States parties to use${expected.slice('*Urges* States parties to use'.length)}`);
    const documentation = item.documentation as MarkupContent;
    assert.ok(documentation.value.startsWith(`*Urges* States parties to use the United Nations Convention against Transnational Organized Crime for broad cooperation`));
    assert.ok(documentation.value.endsWith('Adopted in:\n- A/RES/66/181, op. 21 (19 December 2011)'));
  });

  it('completes "resolution 66/" with the symbol and its date, replacing what was typed', async () => {
    const text = SAMPLE.replace('65/232 of 21 December 2010 and 66/181 of 19 December 2010,', '65/232 of 21 December 2010 and resolution 66/,');
    const list = await complete(text, 'and resolution 66/');
    const position = positionAt(text, text.indexOf('and resolution 66/') + 'and resolution 66/'.length);
    assert.equal(list.isIncomplete, false);
    assert.deepEqual(
      list.items.map((item) => [item.label, item.labelDetails?.description, editOf(item)]),
      [['66/181', '19 December 2011', { range: { start: { ...position, character: position.character - 3 }, end: position }, newText: '66/181 of 19 December 2011' }]],
    );
    assert.equal(list.items[0]!.detail, 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity');
  });

  it('completes a cited resolution without its date when the draft cited it before', async () => {
    const text = SAMPLE.replace('and the Protocols thereto.\n', 'and the Protocols thereto;\n\n21. Recalls its resolution 66/\n');
    const list = await complete(text, 'Recalls its resolution 66/');
    assert.deepEqual(list.items.map((item) => editOf(item).newText), ['66/181']);
  });

  it('completes the canonical name of an instrument from a variant', async () => {
    const text = SAMPLE.replace('thanks to its broad membership and wide scope of application, the Convention against Transnational Crime[4]', 'thanks to its broad membership and wide scope of application, the Convention against Trans');
    const list = await complete(text, 'the Convention against Trans');
    const position = positionAt(text, text.indexOf('the Convention against Trans') + 'the Convention against Trans'.length);
    const name = list.items.find((item) => item.kind === CompletionItemKind.Constant);
    assert.deepEqual(
      [name?.label, name?.detail, name && editOf(name)],
      [
        'United Nations Convention against Transnational Organized Crime',
        'Canonical name (for “Convention against Transnational Crime”)',
        { range: { start: { ...position, character: position.character - 'Convention against Trans'.length }, end: position }, newText: 'United Nations Convention against Transnational Organized Crime' },
      ],
    );
  });

  it('hovers an adapted paragraph with its precedent, the similarity and the word diff', async () => {
    const position = await draft(SAMPLE, '4. *Reaff');
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const value = (hover?.contents as MarkupContent).value;
    const [heading, diff] = value.split('\n\n');
    // The draft stops where 66/181 op. 7 goes on: all of the draft's words are common, the precedent has the tail too.
    const tail = ', and coordinating with and complementing the work of all relevant and competent United Nations bodies and offices';
    const tokens = (text: string) => text.match(/[\w-]+|[^\s\w]/g)?.length ?? 0;
    const draftWords = tokens(SAMPLE.split('\n').find((line) => line.startsWith('4. '))!.slice(3).replaceAll('*', '').replace(/;$/, ''));
    const precedentWords = draftWords + tokens(tail);
    assert.equal(heading, `**OP4 · adapted** from A/RES/66/181, op. 7 · similarity ${Math.floor((200 * draftWords) / (draftWords + precedentWords))}%`);
    assert.ok(diff?.endsWith(`other forms of assistance~~${tail}~~;`), diff);
    const line = positionAt(SAMPLE, SAMPLE.indexOf('4. *Reaff')).line;
    assert.deepEqual(hover?.range?.start, { line, character: 0 });
  });

  it('hovers agreed language with where it was adopted verbatim', async () => {
    const position = await draft(SAMPLE, '7. *Calls');
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*OP7 · agreed language\*\*, verbatim in A\/RES\/66\/181, op\. 10\n\n\[Open A\/RES\/66\/181\]\(file:\/\/\/.*A_RES_66_181\.txt#L\d+\)$/);
  });

  async function agreedWordingAction(text: string, marker: string): Promise<CodeAction> {
    const position = await draft(text, marker);
    const actions = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const action = (actions ?? []).find((candidate): candidate is CodeAction => 'title' in candidate && candidate.title.startsWith('Use the agreed wording'));
    assert.ok(action?.edit?.changes?.[uri], `an agreed-wording action at "${marker}"`);
    return action;
  }

  it('replaces a paragraph by its precedent and points out the session it was written for', async () => {
    const action = await agreedWordingAction(SAMPLE, '19. *Req');
    assert.equal(action.title, 'Use the agreed wording of A/RES/66/181, op. 34 (written in 2011: check “sixty-seventh session”)');
    const result = applied(SAMPLE, action.edit!.changes![uri]!);
    const old = SAMPLE.split('\n').find((line) => line.startsWith('19. '))!;
    assert.equal(result, SAMPLE.replace(old, `19. ${seedOperative(34)}`));
  });

  it('brings the precedent\'s footnote into the footnote block, numbered in order', async () => {
    const action = await agreedWordingAction(SAMPLE, '1. *Tak');
    assert.equal(action.title, 'Use the agreed wording of A/RES/66/181, op. 1 (written in 2011: check “65/232”)');
    const expected = SAMPLE.replace('prepared pursuant to resolution 66/181;[5]', 'prepared pursuant to resolution 65/232;[5]').replace(
      '[4] Ibid., vols. 2225, 2237, 2241 and 2326, No. 39574.\n',
      '[4] Ibid., vols. 2225, 2237, 2241 and 2326, No. 39574.\n[5] A/66/303.\n',
    );
    assert.equal(applied(SAMPLE, action.edit!.changes![uri]!), expected);
  });

  it('takes several footnotes along, reuses a note the draft has, makes an "Ibid." stand alone and renumbers every marker', async () => {
    const action = await agreedWordingAction(SAMPLE, '*Reafirming al');
    assert.equal(action.title, 'Use the agreed wording of A/RES/66/181, pp. 2');
    const expected = SAMPLE.replace(
      '*Reafirming also* its resolutions relating to the urgent need to strengthen international cooperation and technical assistance in promoting and facilitating the ratification and implementation of the United Nations Convention against Corruption[1] and',
      '*Reaffirming also* its resolutions relating to the urgent need to strengthen international cooperation and technical assistance in promoting and facilitating the ratification and implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto,[1] the United Nations Convention against Corruption[2] and',
    )
      .replace('8 September 2006[2]', '8 September 2006[3]')
      .replace('the Convention on the Rights of the Child[3]', 'the Convention on the Rights of the Child[4]')
      .replace('the Convention against Transnational Crime[4]', 'the Convention against Transnational Crime[5]')
      .replace('resolution 66/181;[5]', 'resolution 66/181;[6]')
      .replace(
        '[1] United Nations, *Treaty Series*, vol. 2349, No. 42146.\n[2] Resolution 60/288.\n[3] United Nations, *Treaty Series*, vol. 1577, No. 27531.\n[4] Ibid.',
        '[1] United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.\n[2] United Nations, *Treaty Series*, vol. 2349, No. 42146.\n[3] Resolution 60/288.\n[4] United Nations, *Treaty Series*, vol. 1577, No. 27531.\n[5] Ibid.',
      );
    assert.equal(applied(SAMPLE, action.edit!.changes![uri]!), expected);
  });

  it('offers no agreed-wording fix on agreed language', async () => {
    const position = await draft(SAMPLE, '7. *Calls');
    const actions = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    assert.deepEqual((actions ?? []).map((action) => action.title).filter((title) => title.startsWith('Use the agreed wording')), []);
  });

  it('marks what is new: the words an adapted paragraph adds, nothing in agreed language', async () => {
    await draft(SAMPLE, 'x');
    const answer = await session.connection.sendRequest(NewWordingRequest, { uri });
    assert.deepEqual([answer?.version, answer?.indexing], [version, false]);
    const byStart = (needle: string) => answer?.paragraphs.find((paragraph) => paragraph.range.start.line === positionAt(SAMPLE, SAMPLE.indexOf(needle)).line);
    const rangeOf = (needle: string) => ({ start: positionAt(SAMPLE, SAMPLE.indexOf(needle)), end: positionAt(SAMPLE, SAMPLE.indexOf(needle) + needle.length) });
    assert.deepEqual(byStart('*Reafirming also*')?.added, [rangeOf('Reafirming')]);
    assert.deepEqual(byStart('*Bearing in mind*')?.added, [rangeOf('Bearing in mind'), rangeOf('and its successive reviews')]);
    const recalling = byStart('*Recalling also* the adoption of its resolution 64/293');
    assert.equal(recalling?.status, 'new');
    assert.deepEqual(recalling?.added, [], 'a new paragraph is not marked against the five seeds alone');
    assert.deepEqual([byStart('7. *Calls upon*')?.status, byStart('7. *Calls upon*')?.added], ['agreed', []]);
    assert.equal(answer?.paragraphs.length, 34);
  });

  it('reports every paragraph as agreed, adapted or new, with the diff of the adapted ones', async () => {
    await draft(SAMPLE, 'x');
    const report = await session.connection.sendRequest(PrecedentReportRequest, { uri });
    assert.ok(report);
    assert.equal(report.title, 'Precedents of A/C.3/67/L.10');
    const rows = report.markdown.split('\n').filter((line) => /^\| (PP|OP)\d+ /.test(line));
    assert.equal(rows.length, 34);
    assert.ok(rows.includes('| OP7 | agreed language | A/RES/66/181, op. 10 | 100% |'));
    assert.ok(rows.includes('| OP4 | adapted | A/RES/66/181, op. 7 | 90% |'));
    const count = (status: string) => rows.filter((row) => row.split(' | ')[1] === status).length;
    assert.deepEqual(report.counts, { agreed: count('agreed language'), adapted: count('adapted'), new: count('new wording') });
    assert.ok(report.markdown.includes('## PP4 · adapted from A/RES/66/181, pp. 6 (99%)\n\nRecalling ~~also~~ the adoption of its resolution 65/230'));
  });

  it('finds the previous resolution of the series and lines its paragraphs up with the draft\'s', async () => {
    await draft(SAMPLE, 'x');
    const answer = await session.connection.sendRequest(PreviousResolutionRequest, { uri });
    const comparison = answer?.comparison;
    assert.ok(comparison, answer?.message);
    assert.deepEqual([comparison.symbol, comparison.date, comparison.affinity], ['A/RES/66/181', '2011-12-19', 1]);
    const left = comparison.previous.split('\n\n');
    const right = comparison.draft.split('\n\n');
    assert.equal(left.length, right.length);
    const facing = (start: string) => left[right.findIndex((block) => block.startsWith(start))] ?? '';
    assert.ok(facing('*Recalling* the adoption of its resolution 65/230').startsWith('*Recalling also* the adoption of its resolution 65/230'));
    assert.ok(facing('4. *Reaffirms* the importance of the United Nations crime prevention').startsWith('7. *Reaffirms* the importance of the United Nations crime prevention'));
    const dropped = left.findIndex((block) => block.startsWith('*Emphasizing* that its resolution 65/187'));
    assert.equal(right[dropped], '');
    assert.equal(right[0], 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity');
  });

  it('starts next year\'s draft from the latest resolution of the series', async () => {
    const made = await session.connection.sendRequest(NextYearsDraftRequest, { symbol: 'A/RES/66/181' });
    assert.deepEqual([made.from, made.session, made.fileName], ['A/RES/66/181', 67, 'strengthening-the-united-nations-crime-prevention-67.unres']);
    assert.ok(made.text?.includes('\nSixty-seventh session\nThird Committee\nAgenda item 107\n'));
    assert.ok(made.text?.includes('65/190 and 65/232 of 21 December 2010 and 66/181 of 19 December 2011,'));
    assert.ok(made.text?.includes('to the General Assembly at its sixty-eighth session on the implementation'));
    const fromDraft = await session.connection.sendRequest(NextYearsDraftRequest, { uri });
    assert.equal(fromDraft.text, made.text);
    const unknown = await session.connection.sendRequest(NextYearsDraftRequest, { symbol: 'A/RES/99/1' });
    assert.deepEqual(unknown, { message: 'A/RES/99/1 is not in the corpus.' });
  });

  it('searches agreed language and gives the text to insert where the cursor is', async () => {
    const text = SAMPLE.replace('and the Protocols thereto.\n', 'and the Protocols thereto;\n\n\n');
    const position = await draft(text, 'and the Protocols thereto;\n\n');
    const hits = await session.connection.sendRequest(SearchAgreedLanguageRequest, { query: 'firearms parts components ammunition assist', uri, position });
    const firearms = hits[0];
    assert.ok(firearms, 'a paragraph is found');
    assert.equal(firearms.sources, 'A/RES/66/181, op. 22; A/RES/64/179, op. 13');
    assert.equal(firearms.insert, `21. ${seedOperative(22).replace(/;$/, '.')}`);
    assert.deepEqual(await session.connection.sendRequest(SearchAgreedLanguageRequest, { query: 'of' }), []);
  });

  it('searches resolution titles', async () => {
    const titles = await session.connection.sendRequest(SearchTitlesRequest, { query: 'crime prevention technical cooperation' });
    assert.deepEqual(titles.map((title) => title.symbol).sort(), ['A/RES/55/64', 'A/RES/60/175', 'A/RES/62/175', 'A/RES/64/179', 'A/RES/66/181']);
  });
});

