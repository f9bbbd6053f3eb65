// Text -> document model. `parseResolution` reads a draft or an adopted resolution in any of the
// layouts drafters paste (the corpus text format, PDF extractions with numbers on their own lines and
// footnotes at page breaks, tab-indented word-processor exports) and never throws: bad input gives a
// model with few or no paragraphs.

import type { FootnoteMarker, Paragraph, ResolutionDocument } from '../model';
import { LineIndex } from '../text/lineIndex';
import { findCitations } from './citations';
import { findComments } from './comments';
import { findCrossReferences } from './crossReferences';
import { isDeclarationText } from './declaration';
import { buildFootnotes } from './footnotes';
import { readFront } from './front';
import { detectLanguage } from './language';
import { type MarkerState, markerStateFor, scanMarkers } from './markers';
import { assembleParagraphs } from './paragraphs';
import { makeSource } from './source';
import { readStructure } from './structure';

export function parseResolution(text: string): ResolutionDocument {
  const input = typeof text === 'string' ? text : '';
  try {
    return buildDocument(input);
  } catch {
    return emptyDocument(input);
  }
}

function buildDocument(text: string): ResolutionDocument {
  const comments = findComments(text);
  const source = makeSource(text, comments.map((comment) => comment.span));
  const front = readFront(source);
  const markerState: MarkerState = markerStateFor(source.masked);
  const titleMarkers = titleLineMarkers(source, front.title?.textSpan, markerState);
  const structure = readStructure(source, front.restStart, markerState, front.lastFormula);
  const assembled = assembleParagraphs(source, structure.events, comments);
  const { paragraphs } = assembled;
  const footnotes = buildFootnotes(source, structure.footnotes);
  const headingMarkers = structure.events.flatMap((event) => (event.type === 'heading' ? event.markers : []));
  const markers = [...titleMarkers, ...headingMarkers, ...paragraphs.flatMap((p) => p.footnoteMarkers), ...structure.annexMarkers].sort(
    (a, b) => a.span.start - b.span.start,
  );
  const document = {
    text,
    cover: front.cover,
    ...(front.symbol ? { symbol: front.symbol } : {}),
    ...(front.session !== undefined ? { session: front.session } : {}),
    ...(front.agendaItem ? { agendaItem: front.agendaItem } : {}),
    ...(front.sponsors ? { sponsors: front.sponsors } : {}),
    ...(front.title ? { title: front.title } : {}),
    formulas: assembled.formulas,
    paragraphs,
    preambular: paragraphs.filter((p): p is Extract<Paragraph, { kind: 'preambular' }> => p.kind === 'preambular'),
    operative: paragraphs.filter((p): p is Extract<Paragraph, { kind: 'operative' }> => p.kind === 'operative'),
    headings: assembled.headings,
    annexes: structure.annexes,
    ...(assembled.closing ? { closing: assembled.closing } : {}),
    footnoteMarkers: markers,
    footnotes,
    comments,
    usesItalics: paragraphs.some((paragraph) => paragraph.opening?.italic === true),
  };
  // What only the drafting checks and the editor ask for is worked out when first asked: the corpus
  // reads every resolution for its paragraphs and footnotes alone, and these cost a third of its parse.
  // Each keeps the parser's promise never to throw, now that it runs after parseResolution returned.
  return lazily(document, {
    lines: () => new LineIndex(text),
    language: orElse(() => detectLanguage(source.masked), 'unknown' as const),
    citations: orElse(() => findCitations(source.masked, paragraphs, footnotes, structure.annexes, markers), []),
    crossReferences: orElse(() => findCrossReferences(source.masked, paragraphs), []),
    isDeclaration: orElse(() => isDeclarationText(source.masked, paragraphs), false),
  });
}

function orElse<T>(compute: () => T, fallback: T): () => T {
  return () => {
    try {
      return compute();
    } catch {
      return fallback;
    }
  };
}

/** `target` with each of `fields` computed on first read, once; the fields stay enumerable, as plain ones. */
function lazily<T extends object, F extends Record<string, unknown>>(target: T, fields: { [K in keyof F]: () => F[K] }): T & F {
  for (const [name, compute] of Object.entries(fields)) {
    let value: unknown;
    let known = false;
    Object.defineProperty(target, name, {
      enumerable: true,
      get() {
        if (!known) [value, known] = [compute(), true];
        return value;
      },
    });
  }
  return target as T & F;
}

function titleLineMarkers(source: ReturnType<typeof makeSource>, span: { start: number; end: number } | undefined, state: MarkerState): FootnoteMarker[] {
  if (!span) return [];
  return scanMarkers(source.masked.slice(span.start, span.end), span.start, state);
}

function emptyDocument(text: string): ResolutionDocument {
  return {
    text,
    lines: new LineIndex(text),
    language: 'unknown',
    cover: [],
    formulas: [],
    paragraphs: [],
    preambular: [],
    operative: [],
    headings: [],
    annexes: [],
    footnoteMarkers: [],
    footnotes: [],
    citations: [],
    crossReferences: [],
    comments: [],
    usesItalics: false,
    isDeclaration: false,
  };
}
