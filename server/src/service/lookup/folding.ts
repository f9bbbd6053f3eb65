// Folding ranges of a draft, in lines: the cover lines, the preamble, the operative part, parts,
// sections, every paragraph and sub-paragraph list that spans several lines, annexes, the footnotes,
// and comments. A range that fits on one line folds nothing and is left out.

import type { ResolutionDocument, TextSpan } from '../model';
import { outline, type OutlineNode } from './outline';

export interface FoldingLines {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region';
}

export function foldingRanges(document: ResolutionDocument): FoldingLines[] {
  const spans: { span: TextSpan; kind?: 'comment' | 'region' }[] = [
    ...coverSpan(document).map((span) => ({ span, kind: 'region' as const })),
    ...outline(document).flatMap(nodeSpans).map((span) => ({ span })),
    ...document.comments.map((comment) => ({ span: comment.span, kind: 'comment' as const })),
  ];
  const seen = new Set<string>();
  const ranges: FoldingLines[] = [];
  for (const { span, kind } of spans) {
    const startLine = document.lines.positionAt(span.start).line;
    const endLine = document.lines.positionAt(Math.max(span.start, span.end - 1)).line;
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) continue;
    seen.add(key);
    ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function nodeSpans(node: OutlineNode): TextSpan[] {
  return node.kind === 'title' ? [] : [node.span, ...node.children.flatMap(nodeSpans)];
}

function coverSpan(document: ResolutionDocument): TextSpan[] {
  const first = document.cover[0];
  const last = document.cover[document.cover.length - 1];
  return first && last ? [{ start: first.span.start, end: last.span.end }] : [];
}
