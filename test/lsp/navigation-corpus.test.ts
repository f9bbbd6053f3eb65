// Lookups and navigation over the real protocol against a user corpus: a draft for the seventy-ninth
// session (test/fixtures/navigation/draft-79.unres) citing resolutions of sessions 74 to 78 that the
// corpus holds (copied with their index.jsonl metadata from ../shared/corpus/unga), one it does not,
// a Security Council and an ECOSOC resolution, A/RES and document symbols in footnotes, sub-paragraph
// and range cross-references, and a footnote with two markers.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DefinitionRequest,
  DocumentLinkRequest,
  DocumentLinkResolveRequest,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type LocationLink,
  type Range,
} from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { startNavigationSession, type NavigationSession } from './navigationServer';
import { markdown, rangeOf } from './textPositions';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');
const DRAFT = resolve(__dirname, '../fixtures/navigation/draft-79.unres');
const HELD = ['A/RES/74/247', 'A/RES/76/181', 'A/RES/76/187', 'A/RES/77/237', 'A/RES/78/229'];
/** Held as AKN4UN XML rather than text: go to definition opens a text rendering of it. */
const HELD_AS_XML = 'A/RES/76/181';
const text = readFileSync(DRAFT, 'utf8');
const uri = URI.file(DRAFT).toString();

/** A corpus folder as a user would have it: text files under text/, one XML file under xml/, and an index.jsonl beside them. */
function makeCorpus(folder: string): Map<string, string> {
  const paths = new Map<string, string>();
  const lines = readFileSync(join(UNGA, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && HELD.includes((JSON.parse(line) as { symbol: string }).symbol));
  for (const line of lines) {
    const { symbol, text, xml } = JSON.parse(line) as { symbol: string; text: string; xml: string };
    const file = symbol === HELD_AS_XML ? xml : text;
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(UNGA, file), join(folder, file));
    paths.set(symbol, join(folder, file));
  }
  writeFileSync(join(folder, 'index.jsonl'), `${lines.join('\n')}\n`);
  return paths;
}

describe('lookups on a draft citing a user corpus', { skip: !existsSync(UNGA) && `the shared corpus is absent (${UNGA})` }, () => {
  let session: NavigationSession;
  let root: string;
  let files: Map<string, string>;
  const hoverAt = (range: Range) => session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: range.start });
  const fileUri = (symbol: string) => URI.file(files.get(symbol)!).toString();
  const titleRange = (symbol: string, title: string) => rangeOf(readFileSync(files.get(symbol)!, 'utf8'), title);

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'unres-navigation-'));
    files = makeCorpus(join(root, 'corpus'));
    session = await startNavigationSession({ settings: { corpus: { paths: [join(root, 'corpus')] }, cacheDir: join(root, 'cache') } });
    const ready = await session.corpusStatus((status) => status.state === 'ready');
    assert.equal(ready.resolutions, 5 + HELD.length);
    await session.open(uri, text);
  });
  after(async () => {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports how far indexing has gone, for the status bar', async () => {
    const done = await session.corpusStatus((status) => status.state === 'indexing' && status.progress === 100);
    assert.equal(done.progress, 100);
    const ready = await session.corpusStatus((status) => status.state === 'ready');
    assert.equal(ready.progress, undefined);
  });

  it('describes each held resolution of a list with its vote and first operative paragraphs', async () => {
    const cited = rangeOf(text, '76/187');
    const hover = await hoverAt(cited);
    assert.deepEqual(hover?.range, cited);
    const lines = markdown(hover).split('\n\n');
    assert.deepEqual(lines.slice(0, 3), [
      '**A/RES/76/187** · General Assembly resolution',
      '*Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity*',
      'Adopted on 16 December 2021 at the 53rd plenary meeting, without a vote · 74 preambular and 77 operative paragraphs',
    ]);
    assert.match(lines[3]!, /^1\. \*Takes note with appreciation\* of the report of the Secretary-General prepared pursuant to resolution 75\/196;\n2\. \*Reaffirms\* its resolution 70\/1/);
    assert.equal(lines[4], `[Open A/RES/76/187](${fileUri('A/RES/76/187')}#L12) · [Official document ↗](https://docs.un.org/en/A/RES/76/187)`);
    const notHeld = await hoverAt(rangeOf(text, '46/152'));
    assert.match(markdown(notHeld), /^\*\*A\/RES\/46\/152\*\* · General Assembly resolution\n\nNot in the corpus \(10 resolutions\)\./);
  });

  it('gives the recorded vote of a resolution adopted by vote', async () => {
    const hover = await hoverAt(rangeOf(text, '74/247'));
    assert.equal(
      markdown(hover).split('\n\n')[2],
      'Adopted on 27 December 2019 at the 52nd (resumed) plenary meeting, by a recorded vote of 79 to 60, with 33 abstentions · 17 preambular and 6 operative paragraphs',
    );
  });

  it('describes Security Council and ECOSOC resolutions the corpus does not hold, with their official documents', async () => {
    const sc = rangeOf(text, '1373 (2001)');
    const scHover = await hoverAt(sc);
    assert.deepEqual(scHover?.range, sc);
    assert.equal(
      markdown(scHover),
      [
        '**S/RES/1373 (2001)** · Security Council resolution',
        'Not in the corpus (10 resolutions). Add a folder of adopted resolutions to `unres.corpus.paths` to look it up here.',
        'Cited here as adopted on 28 September 2001.',
        '[Official document ↗](https://docs.un.org/en/S/RES/1373(2001))',
      ].join('\n\n'),
    );
    const ecosoc = rangeOf(text, '2007/12');
    const ecosocHover = await hoverAt(ecosoc);
    assert.deepEqual(ecosocHover?.range, ecosoc);
    assert.equal(
      markdown(ecosocHover),
      [
        '**E/RES/2007/12** · Economic and Social Council resolution',
        'Not in the corpus (10 resolutions). Add a folder of adopted resolutions to `unres.corpus.paths` to look it up here.',
        '[Official document ↗](https://docs.un.org/en/E/RES/2007/12)',
      ].join('\n\n'),
    );
  });

  it('describes an A/RES symbol in a footnote', async () => {
    const cited = rangeOf(text, 'A/RES/76/181');
    const hover = await hoverAt(cited);
    assert.deepEqual(hover?.range, cited);
    assert.deepEqual(markdown(hover).split('\n\n').slice(0, 3), [
      '**A/RES/76/181** · General Assembly resolution',
      '*Fourteenth United Nations Congress on Crime Prevention and Criminal Justice*',
      'Adopted on 16 December 2021 at the 53rd plenary meeting, without a vote · 6 preambular and 13 operative paragraphs',
    ]);
  });

  it('tells what the draft and the corpus say about a document symbol', async () => {
    const conference = rangeOf(text, 'A/CONF.234/16');
    assert.equal(
      markdown(await hoverAt(conference)),
      [
        '**A/CONF.234/16** · United Nations document',
        'In this draft:\n\n- Footnote 1, in PP4: …on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021,',
        'Cited in 4 corpus resolutions:\n\n- A/RES/78/229 (19 December 2023), footnote 6: See A/CONF.234/16.\n- A/RES/77/237 (15 December 2022), footnote 6: See A/CONF.234/16.\n- A/RES/76/187 (16 December 2021), footnote 6: See A/CONF.234/16.\n- …and 1 more',
        '[Official document ↗](https://docs.un.org/en/A/CONF.234/16)',
      ].join('\n\n'),
    );
    const report = rangeOf(text, 'A/79/123');
    const hover = await hoverAt(report);
    assert.deepEqual(hover?.range, report);
    assert.equal(
      markdown(hover),
      [
        '**A/79/123** · United Nations document',
        'In this draft:\n\n- Footnote 3, in OP1: Takes note with appreciation of the report of the Secretary-General;\n- Footnote 3, in OP7: …session on the implementation of the present resolution, including on paragraph 3 above.',
        '[Official document ↗](https://docs.un.org/en/A/79/123)',
      ].join('\n\n'),
    );
  });

  it('shows the sub-paragraph a cross-reference names, and each paragraph of a range', async () => {
    const reference = rangeOf(text, 'paragraph 3 (b) above');
    const hover = await hoverAt(reference);
    assert.deepEqual(hover?.range, reference);
    assert.equal(markdown(hover), '**Operative paragraph 3 (b)**\n\n(b) To strengthen the collection, analysis and dissemination of accurate, reliable and comparable data on crime trends;');
    const range = await hoverAt(rangeOf(text, 'paragraphs 1 to 3 above'));
    assert.deepEqual(
      markdown(range).split('\n\n---\n\n').map((block) => block.split('\n\n')[0]),
      ['**Operative paragraph 1**', '**Operative paragraph 2**', '**Operative paragraph 3**'],
    );
    assert.equal(
      markdown(range).split('\n\n---\n\n')[2],
      [
        '**Operative paragraph 3**',
        '3\\. *Requests* the United Nations Office on Drugs and Crime:',
        '(a) To continue to provide technical assistance to Member States, upon request;',
        '(b) To strengthen the collection, analysis and dissemination of accurate, reliable and comparable data on crime trends;',
        '(c) To foster international and regional cooperation in the fight against transnational organized crime;',
      ].join('\n\n'),
    );
  });

  it('goes from a cross-reference to the sub-paragraph it names', async () => {
    const reference = rangeOf(text, 'paragraph 3 (b) above');
    const subparagraph = rangeOf(text, '(b) To strengthen the collection, analysis and dissemination of accurate, reliable and comparable data on crime trends;');
    const links = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: reference.end });
    assert.deepEqual(links, [{ targetUri: uri, targetRange: subparagraph, targetSelectionRange: rangeOf(text, '(b)'), originSelectionRange: reference }]);
  });

  it('goes from a citation of a resolution read from AKN4UN XML to its read-only text rendering, at its title', async () => {
    const cited = rangeOf(text, 'A/RES/76/181');
    const rendering = join(root, 'cache', 'resolutions', 'A_RES_76_181.txt');
    const links = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: cited.start })) as LocationLink[];
    assert.equal(links.length, 1);
    assert.equal(links[0]!.targetUri, URI.file(rendering).toString());
    const title = rangeOf(readFileSync(rendering, 'utf8'), '76/181. Fourteenth United Nations Congress on Crime Prevention and Criminal Justice');
    assert.deepEqual(links[0], { targetUri: URI.file(rendering).toString(), targetRange: title, targetSelectionRange: title, originSelectionRange: cited });
    assert.equal(statSync(rendering).mode & 0o222, 0, 'the rendering is read-only');
    assert.match(readFileSync(rendering, 'utf8'), /^1\. \*Expresses its satisfaction\* with the results achieved by the Fourteenth United Nations Congress/m);
  });

  it('goes from a citation into a user corpus file at its title', async () => {
    const cited = rangeOf(text, '78/229');
    const title = titleRange('A/RES/78/229', '78/229. **Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity**');
    const links = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: cited.start });
    assert.deepEqual(links, [{ targetUri: fileUri('A/RES/78/229'), targetRange: title, targetSelectionRange: title, originSelectionRange: cited }]);
  });

  it('finds every cross-reference to an operative paragraph, sub-paragraph references included', async () => {
    const position = rangeOf(text, '3. *Requests*').start;
    const found = await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.deepEqual(found, [
      { uri, range: rangeOf(text, 'paragraph 3 (b) above') },
      { uri, range: rangeOf(text, 'paragraphs 1 to 3 above') },
      { uri, range: rangeOf(text, 'paragraph 3 above') },
    ]);
  });

  it('finds both markers of a footnote cited twice', async () => {
    const note = rangeOf(text, '[3] A/79/123.');
    const found = await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: note.start, context: { includeDeclaration: false } });
    assert.deepEqual(found, [
      { uri, range: rangeOf(text, '[3]') },
      { uri, range: rangeOf(text, '[3]', 1) },
    ]);
  });

  it('links held citations to the corpus (resolved on demand) and the others to docs.un.org', async () => {
    const links = (await session.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? [];
    assert.deepEqual(
      links.map((link) => [link.range, link.target ?? null, link.tooltip]),
      [
        [rangeOf(text, '46/152'), 'https://docs.un.org/en/A/RES/46/152', 'Open General Assembly resolution A/RES/46/152 on docs.un.org'],
        [rangeOf(text, '76/187'), null, 'Open A/RES/76/187 from the corpus'],
        [rangeOf(text, '77/237'), null, 'Open A/RES/77/237 from the corpus'],
        [rangeOf(text, '78/229'), null, 'Open A/RES/78/229 from the corpus'],
        [rangeOf(text, '1373 (2001)'), 'https://docs.un.org/en/S/RES/1373(2001)', 'Open Security Council resolution S/RES/1373 (2001) on docs.un.org'],
        [rangeOf(text, '2007/12'), 'https://docs.un.org/en/E/RES/2007/12', 'Open Economic and Social Council resolution E/RES/2007/12 on docs.un.org'],
        [rangeOf(text, '74/247'), null, 'Open A/RES/74/247 from the corpus'],
        [rangeOf(text, 'A/CONF.234/16'), 'https://docs.un.org/en/A/CONF.234/16', 'Open United Nations document A/CONF.234/16 on docs.un.org'],
        [rangeOf(text, 'A/RES/76/181'), null, 'Open A/RES/76/181 from the corpus'],
        [rangeOf(text, 'A/79/123'), 'https://docs.un.org/en/A/79/123', 'Open United Nations document A/79/123 on docs.un.org'],
      ],
    );
    const resolved = await session.connection.sendRequest(DocumentLinkResolveRequest.type, links[1]!);
    assert.equal(resolved.target, `${fileUri('A/RES/76/187')}#L12`);
  });

  it('searches the corpus by symbol and by title as workspace symbols', async () => {
    const bySymbol = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '78/2' });
    const title = 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity';
    assert.deepEqual(bySymbol, [
      {
        name: `A/RES/78/229 · ${title}`,
        kind: 1,
        location: { uri: fileUri('A/RES/78/229'), range: titleRange('A/RES/78/229', `78/229. **${title}**`) },
        containerName: 'adopted 19 December 2023',
      },
    ]);
    const byTitle = (await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'communications technologies for criminal purposes' })) ?? [];
    assert.deepEqual(
      byTitle.map((symbol) => symbol.name),
      ['A/RES/74/247 · Countering the use of information and communications technologies for criminal purposes'],
    );
    assert.deepEqual(await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }), []);
  });
});
