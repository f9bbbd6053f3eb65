// Which findings an `<!-- unres-ignore code -->` comment silences. Inside a paragraph, the paragraph's
// `unres-ignore` comments decide; elsewhere (the formula, the footnotes) a comment on the line just
// before the finding, or earlier on its line, silences it. The comments are indexed by line once per
// document, so that a paste of thousands of comments and findings is read in linear time.

import type { ResolutionDocument, TextSpan } from '../../model';
import { paragraphAt } from './paragraphAt';

/** Line of a comment's end -> code it names ("*" for all) -> the earliest end of such a comment on that line. */
type Silencers = ReadonlyMap<number, ReadonlyMap<string, number>>;

const indexes = new WeakMap<ResolutionDocument, Silencers>();

export function isSilenced(document: ResolutionDocument, code: string, span: TextSpan): boolean {
  const paragraph = paragraphAt(document, span.start);
  if (paragraph) return paragraph.suppressed.includes(code) || paragraph.suppressed.includes('*');
  if (document.comments.length === 0) return false;
  const silencers = silencersOf(document);
  const line = document.lines.positionAt(span.start).line;
  const before = silencers.get(line - 1);
  if (before?.has(code) || before?.has('*')) return true;
  const same = silencers.get(line);
  return same !== undefined && Math.min(same.get(code) ?? Infinity, same.get('*') ?? Infinity) <= span.start;
}

function silencersOf(document: ResolutionDocument): Silencers {
  let silencers = indexes.get(document);
  if (silencers) return silencers;
  const byLine = new Map<number, Map<string, number>>();
  for (const comment of document.comments) {
    if (!comment.ignore) continue;
    const line = document.lines.positionAt(comment.span.end).line;
    const codes = byLine.get(line) ?? new Map<string, number>();
    byLine.set(line, codes);
    for (const code of comment.ignore) codes.set(code, Math.min(codes.get(code) ?? Infinity, comment.span.end));
  }
  silencers = byLine;
  indexes.set(document, silencers);
  return silencers;
}
