// Lookups and navigation over the real protocol, on the sample draft with the built-in corpus:
// hovers on cited resolutions (held and not held), footnote markers and a broken cross-reference; go
// to definition into a seed resolution at its title, from a marker to its footnote and back; find all
// references of a footnote; the outline, folding ranges and the draft's counts.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  type DocumentSymbol,
  type LocationLink,
  type Range,
} from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { DraftStatusRequest } from '../../server/src/protocol';
import { startNavigationSession, type NavigationSession } from './navigationServer';
import { lineOf, markdown, positionAt, rangeOf } from './textPositions';

const SAMPLE = resolve(__dirname, '../../examples/draft-resolution.unres');
const SEED_66_181 = resolve(__dirname, '../../corpus/A_RES_66_181.txt');
const text = readFileSync(SAMPLE, 'utf8');
const uri = URI.file(SAMPLE).toString();

describe('lookups on the sample draft with the built-in corpus', () => {
  let session: NavigationSession;
  const hoverAt = (range: Range) => session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: range.start });

  const cache = mkdtempSync(join(tmpdir(), 'unres-navigation-cache-'));

  before(async () => {
    session = await startNavigationSession({ settings: { corpus: { paths: [] }, cacheDir: cache } });
    await session.corpusStatus((status) => status.state === 'ready');
    await session.open(uri, text);
  });
  after(async () => {
    await session.stop();
    rmSync(cache, { recursive: true, force: true });
  });

  it('describes a cited resolution the corpus holds, with the date the draft gets wrong and links', async () => {
    const cited = rangeOf(text, '66/181');
    const hover = await hoverAt(cited);
    const titleLine = lineOf(readFileSync(SEED_66_181, 'utf8'), '66/181. ') + 1;
    assert.deepEqual(hover?.range, cited);
    assert.equal(
      markdown(hover),
      [
        '**A/RES/66/181** · General Assembly resolution',
        '*Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity*',
        'Adopted on 19 December 2011 at the 89th plenary meeting · 24 preambular and 35 operative paragraphs',
        'Cited here as adopted on 19 December 2010; the corpus has 19 December 2011.',
        [
          '1. *Takes note with appreciation* of the report of the Secretary-General prepared pursuant to resolution 65/232;',
          '2. *Reaffirms* the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto as the main tools of the international community to fight transnational organized crime;',
          '3. *Notes with appreciation* that the number of States parties to the United Nations Convention against Transnational Organized Crime has reached one hundred and sixty-four, which is a significant indication of the commitment…',
        ].join('\n'),
        `[Open A/RES/66/181](${URI.file(SEED_66_181).toString()}#L${titleLine}) · [Official document ↗](https://docs.un.org/en/A/RES/66/181)`,
      ].join('\n\n'),
    );
  });

  it('says plainly when the corpus does not hold a cited resolution, for each symbol of a list', async () => {
    const first = await hoverAt(rangeOf(text, '46/152'));
    assert.deepEqual(first?.range, rangeOf(text, '46/152'));
    assert.equal(
      markdown(first),
      [
        '**A/RES/46/152** · General Assembly resolution',
        'Not in the corpus (5 resolutions). Add a folder of adopted resolutions to `unres.corpus.paths` to look it up here.',
        'Cited here as adopted on 18 December 1991.',
        '[Official document ↗](https://docs.un.org/en/A/RES/46/152)',
      ].join('\n\n'),
    );
    const third = await hoverAt(rangeOf(text, '65/232'));
    assert.deepEqual(third?.range, rangeOf(text, '65/232'));
    assert.match(markdown(third), /^\*\*A\/RES\/65\/232\*\* · General Assembly resolution\n\nNot in the corpus \(5 resolutions\)/);
  });

  it('shows the footnote of a marker, and says when a marker has no footnote', async () => {
    const marker = rangeOf(text, '[1]');
    const hover = await hoverAt(marker);
    assert.deepEqual(hover?.range, marker);
    assert.equal(markdown(hover), '**Footnote 1**\n\nUnited Nations, *Treaty Series*, vol. 2349, No. 42146.');
    const missing = rangeOf(text, '[5]');
    const none = await hoverAt(missing);
    assert.deepEqual(none?.range, missing);
    assert.equal(markdown(none), '**Footnote 5**\n\nThis draft has no footnote 5 (its footnotes run from 1 to 4).');
  });

  it('says that a cross-reference points past the last operative paragraph', async () => {
    const reference = rangeOf(text, 'paragraph 40 above');
    const hover = await hoverAt(reference);
    assert.deepEqual(hover?.range, reference);
    assert.equal(markdown(hover), '**paragraph 40 above**\n\nThis draft has no operative paragraph 40 (its operative paragraphs run from 1 to 20).');
  });

  it('goes from a citation to the seed resolution at its title', async () => {
    const cited = rangeOf(text, '66/181', 1);
    const links = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: cited.start })) as LocationLink[];
    const seed = readFileSync(SEED_66_181, 'utf8');
    const title = rangeOf(seed, '66/181. Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity');
    assert.deepEqual(links, [{ targetUri: URI.file(SEED_66_181).toString(), targetRange: title, targetSelectionRange: title, originSelectionRange: cited }]);
  });

  it('goes from a footnote marker to its footnote and back', async () => {
    const marker = rangeOf(text, '[2]');
    const footnote = rangeOf(text, '[2] Resolution 60/288.');
    const note = rangeOf(text, '[2]', 1);
    const forward = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: marker.start });
    assert.deepEqual(forward, [{ targetUri: uri, targetRange: footnote, targetSelectionRange: note, originSelectionRange: marker }]);
    const back = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: note.start });
    assert.deepEqual(back, [{ targetUri: uri, targetRange: marker, targetSelectionRange: marker, originSelectionRange: note }]);
  });

  it('finds every marker of a footnote, with the footnote itself as the declaration', async () => {
    const position = rangeOf(text, '[3]').start;
    const withNote = await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.deepEqual(withNote, [
      { uri, range: rangeOf(text, '[3]') },
      { uri, range: rangeOf(text, '[3]', 1) },
    ]);
    const markersOnly = await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.deepEqual(markersOnly, [{ uri, range: rangeOf(text, '[3]') }]);
  });

  it('outlines the title, the preamble, the operative part and the footnotes, each paragraph by label and opening words', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.children?.length]),
      [
        ['Strengthening the United Nations crime prevention and criminal justice programme, in particular its…', 0],
        ['Preamble', 14],
        ['Operative part', 20],
        ['Footnotes', 4],
      ],
    );
    const preamble = symbols[1]!;
    assert.equal(preamble.children?.[1]?.name, 'PP2 Reafirming also its resolutions relating to the urgent need…');
    assert.deepEqual(preamble.children?.[1]?.selectionRange, rangeOf(text, 'Reafirming also'));
    const op8 = symbols[2]!.children?.[7];
    assert.equal(op8?.name, 'OP8 Request the United Nations Office on Drugs and Crime to…');
    const number = rangeOf(text, '8. *Request*').start;
    assert.deepEqual(op8?.selectionRange, { start: number, end: { line: number.line, character: number.character + 1 } });
    assert.deepEqual(symbols[3]!.children?.[1]?.range, rangeOf(text, '[2] Resolution 60/288.'));
  });

  it('folds the cover lines, the preamble, the operative part and the footnotes', async () => {
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: lineOf(text, 'Austria, Italy, Mexico and Nigeria: draft resolution'), kind: 'region' },
      { startLine: lineOf(text, '*Reaffirming* its resolutions'), endLine: lineOf(text, '*Reiterating its concern*') },
      { startLine: lineOf(text, '1. *Takes note'), endLine: lineOf(text, '20. *Also requests*') },
      { startLine: lineOf(text, '[1] United Nations'), endLine: lineOf(text, '[4] Ibid.') },
    ]);
  });

  it('answers every lookup on a half-typed draft and a 100,000-character line without an error', async () => {
    const halfTyped = 'A/C.3/79/L.\n\n*The General Assembly*,\n\n*Reaffirming* its resolution 66/\n\n1. *Requests* [\n\n2. *Notes* paragraph  above and paragraphs 3 to;[9\n\n__________\n[';
    const longLine = `*Recalling* ${'resolutions 66/181 and 64/179 of 18 December 2009, paragraph 2 above,[1] A/66/113; '.repeat(1200)}\n`;
    for (const [name, draft] of [['half-typed', halfTyped], ['long-line', longLine]] as const) {
      const draftUri = await session.open(`file:///tmp/${name}.unres`, draft);
      const document = { uri: draftUri };
      const step = Math.max(1, Math.floor(draft.length / 60));
      for (let offset = 0; offset <= draft.length; offset += step) {
        const position = positionAt(draft, offset);
        await session.connection.sendRequest(HoverRequest.type, { textDocument: document, position });
        await session.connection.sendRequest(DefinitionRequest.type, { textDocument: document, position });
        await session.connection.sendRequest(ReferencesRequest.type, { textDocument: document, position, context: { includeDeclaration: true } });
      }
      const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: document });
      assert.ok(Array.isArray(symbols));
      assert.ok(Array.isArray(await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: document })));
    }
    const beyond = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 100000, character: 5 } });
    assert.equal(beyond, null);
  });

  it('counts the paragraphs and footnotes for the status bar', async () => {
    assert.deepEqual(await session.connection.sendRequest(DraftStatusRequest, { uri }), { preambular: 14, operative: 20, footnotes: 4 });
    assert.equal(await session.connection.sendRequest(DraftStatusRequest, { uri: 'file:///not/open.unres' }), null);
  });
});
