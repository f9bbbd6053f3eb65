// Benchmark section "agreed": agreed language on real drafts. The drafts are the session-78
// resolutions of ../shared/corpus/unga/text, the corpus those of sessions 74–77 (plus the seeds): a
// draft's paragraphs are then agreed, adapted or new as a real draft's are.
//   completion (target: typing never waits): a paragraph of a draft cut back to what a drafter has
//     typed (three letters of its opening, then 3, 5 and 8 words) and "its resolution 77/", the
//     draft parsed as at a keystroke, then the completions at the cursor; core and over the protocol
//     (didChange, then textDocument/completion: the round trip includes the parse);
//   the precedent hover (target p95 10 ms): a paragraph's first hover (the precedent search) and the
//     next ones (remembered), core; and over the protocol once the server has warmed the draft;
//   the new-wording marks of a draft of about 60 paragraphs, first and again; the agreed-wording fix;
//     the precedent report, the comparison with the previous resolution, next year's draft and a search.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CompletionRequest, DidChangeTextDocumentNotification, HoverRequest, type Position } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { version } from '../../package.json';
import { NewWordingRequest } from '../../server/src/protocol';
import { useAgreedWording } from '../../server/src/service/agreed/agreedWording';
import { agreedCompletions } from '../../server/src/service/agreed/completions';
import { paragraphNovelty } from '../../server/src/service/agreed/newWording';
import { nextYearsDraft } from '../../server/src/service/agreed/nextYear';
import { paragraphPrecedent } from '../../server/src/service/agreed/precedents';
import { precedentReport } from '../../server/src/service/agreed/report';
import { searchAgreedLanguage } from '../../server/src/service/agreed/search';
import { compareWithPreviousResolution } from '../../server/src/service/agreed/seriesComparison';
import type { Corpus } from '../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import { hoverAt } from '../../server/src/service/lookup/hover';
import type { Paragraph, ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import { startNavigationSession, type NavigationSession } from '../lsp/navigationServer';
import type { BenchSection } from './bench';
import { seededRandom } from '../support/seededRandom';
import { round, timeEach, type Latency } from './workload';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const TYPINGS = 300;
const PROTOCOL_TYPINGS = 400;
const PROTOCOL_DRAFTS = 20;
const SEARCHES = ['victims of trafficking in persons', 'small island developing States climate change', 'report to the General Assembly at its next session', 'financing for development'];

interface Draft {
  readonly path: string;
  readonly text: string;
  readonly document: ResolutionDocument;
}

/** A draft as it stands while a paragraph is being typed: its text cut back at the cursor. */
interface Typing {
  readonly draft: Draft;
  readonly text: string;
  readonly offset: number;
  readonly stage: string;
}

async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(UNGA_TEXT)) return { skipped: `needs ${UNGA_TEXT}` };
  const cacheDir = mkdtempSync(join(tmpdir(), 'unres-bench-agreed-'));
  try {
    const names = readdirSync(UNGA_TEXT).sort();
    const corpusFiles = names.filter((name) => !name.startsWith('A_RES_78_')).map((name) => join(UNGA_TEXT, name));
    const { corpus } = await loadCorpus({ paths: corpusFiles, cacheDir, readers: defaultReaders, producer: version });
    const drafts = names.filter((name) => name.startsWith('A_RES_78_')).map((name) => draftOf(join(UNGA_TEXT, name)));
    const typings = typingsOf(drafts, TYPINGS, 3);
    console.log(`${drafts.length} session-78 drafts, ${typings.length} typing positions, corpus of ${corpus.resolutionCount} resolutions`);
    const core = coreFigures(corpus, drafts, typings);
    const protocol = await protocolFigures(cacheDir, corpusFiles, drafts.slice(0, PROTOCOL_DRAFTS));
    return { drafts: drafts.length, ...core, protocol };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function draftOf(path: string): Draft {
  const text = readFileSync(path, 'utf8');
  return { path, text, document: parseResolution(text) };
}

/** Paragraphs picked at random (seeded), each cut back to the stages of its typing. */
function typingsOf(drafts: readonly Draft[], count: number, seed: number): Typing[] {
  const random = seededRandom(seed);
  const typings: Typing[] = [];
  for (let tries = 0; typings.length < count * 5 && tries < count * 20; tries++) {
    const draft = drafts[Math.floor(random() * drafts.length)]!;
    const paragraph = draft.document.paragraphs[Math.floor(random() * draft.document.paragraphs.length)];
    if (!paragraph || paragraph.subparagraphs.length > 0) continue;
    typings.push(...stagesOf(draft, paragraph));
  }
  return typings;
}

function stagesOf(draft: Draft, paragraph: Paragraph): Typing[] {
  const body = draft.text.slice(paragraph.bodySpan.start, paragraph.span.end);
  const words = body.split(' ');
  const cut = (typed: string, stage: string): Typing => {
    const text = draft.text.slice(0, paragraph.bodySpan.start) + typed + draft.text.slice(paragraph.span.end);
    return { draft, text, offset: paragraph.bodySpan.start + typed.length, stage };
  };
  return [
    cut(body.replaceAll('*', '').slice(0, 3), 'opening'),
    cut(words.slice(0, 3).join(' '), '3 words'),
    cut(words.slice(0, 5).join(' '), '5 words'),
    cut(words.slice(0, 8).join(' '), '8 words'),
    cut('Recalls its resolution 77/', 'citation'),
  ];
}

function coreFigures(corpus: Corpus, drafts: readonly Draft[], typings: readonly Typing[]) {
  const parsed = typings.map((typing) => ({ typing, document: parseResolution(typing.text) }));
  let offered = 0;
  const completion = timeEach(parsed, ({ typing, document }) => {
    if (agreedCompletions(document, typing.offset, corpus).items.length > 0) offered++;
  });
  console.log(`  completion on a parsed draft ${describe(completion)}; ${offered} of ${parsed.length} positions offered something`);
  const byStage = Object.fromEntries(
    [...new Set(typings.map((typing) => typing.stage))].map((stage) => [stage, timeEach(parsed.filter((item) => item.typing.stage === stage), ({ typing, document }) => agreedCompletions(document, typing.offset, corpus))]),
  );
  for (const [stage, latency] of Object.entries(byStage)) console.log(`    ${stage}: ${describe(latency)}`);
  const keystroke = timeEach(typings.filter((_, index) => index % 5 === 2), (typing) => agreedCompletions(parseResolution(typing.text), typing.offset, corpus));
  console.log(`  completion at a keystroke (parse + completion, 5 words typed) ${describe(keystroke)}`);
  const hoverCorpus = { corpus, indexing: false };
  const probes = drafts.slice(0, 60).flatMap((draft) => draft.document.paragraphs.map((paragraph) => ({ draft, offset: (paragraph.span.start + paragraph.span.end) >> 1 })));
  const firstHover = timeEach(probes, (probe) => hoverAt(probe.draft.document, probe.offset, hoverCorpus));
  const nextHover = timeEach(probes, (probe) => hoverAt(probe.draft.document, probe.offset, hoverCorpus));
  console.log(`  precedent hover, first on a paragraph (the search) ${describe(firstHover)}; next ones ${describe(nextHover)} (target p95 10)`);
  return { completion, completionOffered: offered, completionByStage: byStage, completionAtKeystroke: keystroke, firstHover, nextHover, ...commandFigures(corpus, drafts) };
}

function commandFigures(corpus: Corpus, drafts: readonly Draft[]) {
  const sixty = drafts.filter((draft) => draft.document.paragraphs.length >= 55 && draft.document.paragraphs.length <= 65).slice(0, 10);
  const marks = (draft: Draft) => draft.document.paragraphs.map((paragraph) => paragraphNovelty(draft.document, paragraph, corpus));
  const later = drafts.slice(100, 140);
  const newWordingFirst = timeEach(sixty, marks);
  const newWordingAgain = timeEach(sixty, marks);
  console.log(`  new-wording marks of ${sixty.length} drafts of 55-65 paragraphs, first time (every precedent searched) ${describe(newWordingFirst)}; again ${describe(newWordingAgain)}`);
  const adapted = later.flatMap((draft) => draft.document.paragraphs.filter((paragraph) => paragraphPrecedent(corpus, paragraph).status === 'adapted').map((paragraph) => ({ draft, paragraph })));
  const fix = timeEach(adapted, ({ draft, paragraph }) => useAgreedWording(draft.document, paragraph, paragraphPrecedent(corpus, paragraph).closest!));
  console.log(`  "use the agreed wording" on ${adapted.length} adapted paragraphs ${describe(fix)}`);
  const report = timeEach(later, (draft) => precedentReport(draft.document, corpus));
  const comparison = timeEach(later, (draft) => compareWithPreviousResolution(draft.document, corpus));
  const nextYear = timeEach(later, (draft) => nextYearsDraft(draft.document, { symbol: draft.document.symbol?.value ?? 'A/RES/78/1', session: 78 }));
  const search = timeEach(SEARCHES, (query) => searchAgreedLanguage(corpus, query));
  console.log(`  precedent report ${describe(report)}; comparison with the previous resolution ${describe(comparison)}; next year's draft ${describe(nextYear)}; search ${describe(search)}`);
  return { newWordingFirst, newWordingAgain, agreedWordingFix: fix, report, comparison, nextYear, search };
}

async function protocolFigures(cacheDir: string, corpusFiles: readonly string[], drafts: readonly Draft[]): Promise<Record<string, Latency>> {
  const session = await startNavigationSession({ settings: { corpus: { paths: corpusFiles }, cacheDir } });
  try {
    await session.corpusStatus((status) => status.state === 'ready');
    for (const draft of drafts) await session.open(uri(draft), draft.text);
    // The client asks for the new-wording marks of each draft it shows; the answers find every precedent.
    for (const draft of drafts) await session.connection.sendRequest(NewWordingRequest, { uri: uri(draft) });
    const probes = drafts.flatMap((draft) => draft.document.paragraphs.map((paragraph) => ({ draft, offset: (paragraph.span.start + paragraph.span.end) >> 1 })));
    const hover = await timeRequests(probes, (probe) => session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(probe.draft) }, position: probe.draft.document.lines.positionAt(probe.offset) }));
    console.log(`  hover over the protocol (${drafts.length} drafts open, marks asked) ${describe(hover)} (target p95 10)`);
    const typings = typingsOf(drafts, PROTOCOL_TYPINGS / 5, 5);
    const completion = await typeAndComplete(session, typings);
    console.log(`  completion over the protocol (didChange, then completion; the parse included) ${describe(completion)}`);
    return { hover, completion };
  } finally {
    await session.stop();
  }
}

async function typeAndComplete(session: NavigationSession, typings: readonly Typing[]): Promise<Latency> {
  const versions = new Map<string, number>();
  const times: number[] = [];
  for (const typing of typings) {
    const id = uri(typing.draft);
    const next = (versions.get(id) ?? 1) + 1;
    versions.set(id, next);
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: id, version: next }, contentChanges: [{ text: typing.text }] });
    const position = positionAt(typing.text, typing.offset);
    const started = performance.now();
    await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: id }, position });
    times.push(performance.now() - started);
  }
  return summarize(times);
}

async function timeRequests<Q>(queries: readonly Q[], ask: (query: Q) => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await ask(query);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

function uri(draft: Draft): string {
  return URI.file(draft.path).toString();
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1), meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)), queries: times.length };
}

function describe(latency: Latency): string {
  const cpu = latency.cpuP95Ms === undefined ? '' : `, CPU p95 ${round(latency.cpuP95Ms)} ms`;
  return `p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms${cpu}, max ${latency.maxMs} ms (${latency.queries})`;
}

export const agreedBench: BenchSection = { name: 'agreed', run };
