// Benchmark section "navigation": hovers (target p95 <= 10 ms), go to definition, the outline and
// workspace symbol search on real drafts. The drafts are the session-78 resolutions of
// ../shared/corpus/unga/text, the corpus all 1,632. Hovers are asked where a drafter points: every citation, document symbol, footnote marker,
// footnote number and cross-reference, and the plain text of every paragraph.
//   core: hoverAt on a parsed draft (the parse is shared with the other features of a keystroke);
//   after an edit: the parse of the draft plus the hover;
//   protocol: textDocument/hover round trips to a real dist/server.js with the same corpus.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { version } from '../../package.json';
import { CorpusFiles } from '../../server/src/corpusFiles';
import type { Corpus } from '../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import { mentionIndex } from '../../server/src/service/lookup/corpusDocuments';
import { searchCorpusResolutions } from '../../server/src/service/lookup/corpusSearch';
import { definitionAt } from '../../server/src/service/lookup/definition';
import { hoverAt, type HoverCorpus } from '../../server/src/service/lookup/hover';
import { outline } from '../../server/src/service/lookup/outline';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import { startNavigationSession } from '../lsp/navigationServer';
import type { BenchSection } from './bench';
import { round, timeEach, type Latency } from './workload';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
/** Drafts sent to the real server, and hovers asked of it. */
const PROTOCOL_DRAFTS = 40;
const PROTOCOL_HOVERS = 2000;
/** What drafters type into "Go to Symbol in Workspace": symbols and title words (each file is read the first time). */
const WORKSPACE_QUERIES = ['77/2', 'A/RES/78/1', '75/', 'crime prevention', 'oceans and the law of the sea', 'rights of the child', 'Palestine refugees', 'scale of assessments'];
const WORKSPACE_RESULTS = 50;

interface Draft {
  readonly path: string;
  readonly text: string;
  readonly document: ResolutionDocument;
}

interface Probe {
  readonly draft: Draft;
  readonly offset: number;
}

async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(UNGA_TEXT)) return { skipped: `needs ${UNGA_TEXT}` };
  const cacheDir = mkdtempSync(join(tmpdir(), 'unres-bench-navigation-'));
  try {
    const { corpus } = await loadCorpus({ paths: [UNGA_TEXT], cacheDir, readers: defaultReaders, producer: version });
    const drafts = readdirSync(UNGA_TEXT)
      .filter((name) => name.startsWith('A_RES_78_'))
      .sort()
      .map((name) => draft(join(UNGA_TEXT, name)));
    const probes = drafts.flatMap(probesOf);
    console.log(`${drafts.length} session-78 drafts, ${probes.length} hover positions, corpus of ${corpus.resolutionCount} resolutions`);
    const core = coreFigures(corpus, cacheDir, drafts, probes);
    const protocol = await protocolFigures(cacheDir, drafts.slice(0, PROTOCOL_DRAFTS));
    return { drafts: drafts.length, positions: probes.length, ...core, protocol };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function draft(path: string): Draft {
  const text = readFileSync(path, 'utf8');
  return { path, text, document: parseResolution(text) };
}

/** Where a drafter points: each citation, marker, footnote number and cross-reference, and the middle of each paragraph. */
function probesOf(draft: Draft): Probe[] {
  const { document } = draft;
  const offsets = [
    ...document.citations.map((citation) => citation.span.start),
    ...document.footnoteMarkers.map((marker) => marker.span.start),
    ...document.footnotes.map((footnote) => footnote.markerSpan.start),
    ...document.crossReferences.map((reference) => reference.span.start),
    ...document.paragraphs.map((paragraph) => (paragraph.span.start + paragraph.span.end) >> 1),
  ];
  return offsets.map((offset) => ({ draft, offset }));
}

function coreFigures(corpus: Corpus, cacheDir: string, drafts: readonly Draft[], probes: readonly Probe[]) {
  const started = performance.now();
  mentionIndex(corpus);
  const mentionIndexMs = Math.round(performance.now() - started);
  console.log(`  index of the document symbols in corpus footnotes ${mentionIndexMs} ms (built in the background when the corpus changes)`);
  const files = new CorpusFiles(() => cacheDir, () => corpus);
  const hoverCorpus: HoverCorpus = { corpus, indexing: false, openLink: (resolution) => files.openLink(resolution) };
  let answered = 0;
  const hover = timeEach(probes, (probe) => {
    if (hoverAt(probe.draft.document, probe.offset, hoverCorpus)) answered++;
  });
  console.log(`  hover on a parsed draft ${describe(hover)} (target p95 10); ${answered} of ${probes.length} positions answered`);
  const sampled = probes.filter((_, index) => index % 20 === 0);
  const afterEdit = timeEach(sampled, (probe) => hoverAt(parseResolution(probe.draft.text), probe.offset, hoverCorpus));
  console.log(`  hover after an edit (parse + hover) ${describe(afterEdit)}`);
  const definition = timeEach(probes, (probe) => {
    for (const destination of definitionAt(probe.draft.document, probe.offset, corpus)) {
      if (destination.kind === 'corpus') files.locate(destination.resolution);
    }
  });
  console.log(`  go to definition ${describe(definition)}`);
  const outlines = timeEach(drafts, (draft) => outline(draft.document));
  console.log(`  outline of a draft ${describe(outlines)}`);
  const symbolSearch = timeEach(WORKSPACE_QUERIES, (query) => {
    for (const resolution of searchCorpusResolutions(corpus, query, WORKSPACE_RESULTS)) files.locate(resolution);
  });
  console.log(`  workspace symbol search, ${WORKSPACE_RESULTS} results located ${describe(symbolSearch)}`);
  return { mentionIndexMs, hover, hoverAnswered: answered, hoverAfterEdit: afterEdit, definition, outline: outlines, workspaceSymbols: symbolSearch };
}

async function protocolFigures(cacheDir: string, drafts: readonly Draft[]): Promise<Latency> {
  const session = await startNavigationSession({ settings: { corpus: { paths: [UNGA_TEXT] }, cacheDir } });
  try {
    await session.corpusStatus((status) => status.state === 'ready');
    const probes = drafts.flatMap(probesOf);
    for (const draft of drafts) await session.open(URI.file(draft.path).toString(), draft.text);
    const asked = probes.filter((_, index) => index % Math.max(1, Math.floor(probes.length / PROTOCOL_HOVERS)) === 0);
    const times: number[] = [];
    for (const probe of asked) {
      const started = performance.now();
      await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI.file(probe.draft.path).toString() }, position: probe.draft.document.lines.positionAt(probe.offset) });
      times.push(performance.now() - started);
    }
    const roundTrip = summarize(times);
    console.log(`  hover over the protocol (a real dist/server.js, ${drafts.length} drafts open) ${describe(roundTrip)} (target p95 10)`);
    return roundTrip;
  } finally {
    await session.stop();
  }
}

function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1), meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)), queries: times.length };
}

function describe(latency: Latency): string {
  return `p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms over ${latency.queries}`;
}

export const navigationBench: BenchSection = { name: 'navigation', run };
