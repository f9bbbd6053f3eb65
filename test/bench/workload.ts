// The queries the benchmark times, drawn from the corpus itself (seeded, so every run asks the same):
// completion after the first five words of a paragraph, with its resolution's title as context, and
// the precedent of a paragraph edited the way drafters edit (a word dropped, a word changed).

import type { CompletionContext } from '../../server/src/service/corpus/complete';
import type { Corpus } from '../../server/src/service/corpus/corpus';
import type { ParagraphKind } from '../../server/src/service/model';
import { seededRandom } from '../support/seededRandom';

export interface CompletionQuery {
  readonly typed: string;
  readonly context: CompletionContext;
}

export interface PrecedentQuery {
  readonly text: string;
  readonly kind: ParagraphKind;
}

export interface Latency {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  /** The same from the process's CPU time: what the query costs when other work competes for the cores. */
  readonly cpuP50Ms?: number;
  readonly cpuP95Ms?: number;
  readonly queries: number;
}

interface Sampled {
  readonly words: string[];
  readonly kind: ParagraphKind;
  readonly title?: string;
}

function sample(corpus: Corpus, count: number, seed: number): Sampled[] {
  const random = seededRandom(seed);
  const sampled: Sampled[] = [];
  for (let tries = 0; sampled.length < count && tries < count * 20; tries++) {
    const resolution = corpus.resolutionAt(Math.floor(random() * corpus.resolutionCount));
    const paragraph = resolution.paragraphs[Math.floor(random() * resolution.paragraphs.length)];
    const words = paragraph?.text.replace(/\s+/g, ' ').trim().split(' ') ?? [];
    if (!paragraph || words.length < 8) continue;
    sampled.push({ words, kind: paragraph.kind, ...(resolution.title ? { title: resolution.title } : {}) });
  }
  return sampled;
}

export function completionQueries(corpus: Corpus, count: number, seed = 7): CompletionQuery[] {
  return sample(corpus, count, seed).map(({ words, kind, title }) => ({
    typed: words.slice(0, 5).join(' '),
    context: { kind, ...(title ? { title } : {}), limit: 10 },
  }));
}

export function precedentQueries(corpus: Corpus, count: number, seed = 11): PrecedentQuery[] {
  const random = seededRandom(seed);
  return sample(corpus, count, seed).map(({ words, kind }) => {
    const edited = [...words];
    edited.splice(2 + Math.floor(random() * (edited.length - 3)), 1);
    edited[2 + Math.floor(random() * (edited.length - 3))] = 'notwithstanding';
    return { text: edited.join(' '), kind };
  });
}

export function timeEach<Q>(queries: readonly Q[], run: (query: Q) => unknown): Latency {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of queries) {
    const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
    run(query);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  const mean = wall.reduce((a, b) => a + b, 0) / Math.max(1, wall.length);
  return {
    p50Ms: percentile(wall, 0.5),
    p95Ms: percentile(wall, 0.95),
    maxMs: percentile(wall, 1),
    meanMs: round(mean),
    cpuP50Ms: percentile(cpu, 0.5),
    cpuP95Ms: percentile(cpu, 0.95),
    queries: wall.length,
  };
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
}

export function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}
