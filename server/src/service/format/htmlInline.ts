// The text of one block (a paragraph's own words, a footnote, a title) as HTML: every character of the
// draft escaped, the opening phrase in italics whether or not the draft marks it, footnote markers as
// superscripts, `*...*` and `**...**` as italics and bold, comments left out, lines joined.

import type { TextSpan } from '../model';

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** What replaces a span of the source inside a block. */
export interface Decoration {
  readonly span: TextSpan;
  /** HTML for the span; empty to leave the span out (a comment, a paragraph number). */
  readonly html: string;
}

export interface InlineSource {
  readonly text: string;
  /** Spans of the source to leave out wherever they fall (comments). */
  readonly hidden: readonly TextSpan[];
}

/** The pieces of `ranges` as HTML, decorations applied, whitespace collapsed to single spaces. */
export function inlineHtml(
  source: InlineSource,
  ranges: readonly TextSpan[],
  decorations: readonly Decoration[],
): string {
  const all = [...decorations, ...source.hidden.map((span) => ({ span, html: '' }))].sort(
    (a, b) => a.span.start - b.span.start,
  );
  return ranges
    .map((range) => rangeHtml(source.text, range, all))
    .join(' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function rangeHtml(text: string, range: TextSpan, decorations: readonly Decoration[]): string {
  let html = '';
  let at = range.start;
  for (const decoration of decorations) {
    if (decoration.span.end <= at || decoration.span.start >= range.end) continue;
    html += emphasisHtml(text.slice(at, Math.max(at, decoration.span.start)));
    html += decoration.html;
    at = Math.max(at, decoration.span.end);
  }
  return html + emphasisHtml(text.slice(at, range.end));
}

/** `**bold**` and `*italic*` of the draft; an asterisk without its pair stays an asterisk. */
export function emphasisHtml(raw: string): string {
  const text = raw.replace(/\s+/g, ' ');
  let html = '';
  let at = 0;
  while (at < text.length) {
    const star = text.indexOf('*', at);
    if (star < 0) break;
    const marker = text.startsWith('**', star) ? '**' : '*';
    const close = text.indexOf(marker, star + marker.length);
    if (close < 0 || close === star + marker.length) {
      html += escapeHtml(text.slice(at, star + marker.length));
      at = star + marker.length;
      continue;
    }
    const tag = marker === '**' ? 'strong' : 'em';
    html += `${escapeHtml(text.slice(at, star))}<${tag}>${escapeHtml(text.slice(star + marker.length, close))}</${tag}>`;
    at = close + marker.length;
  }
  return html + escapeHtml(text.slice(at));
}

/** The parts of `range` that fall inside `fragments` (all of it when there are none). */
export function within(range: TextSpan, fragments: readonly TextSpan[]): TextSpan[] {
  if (fragments.length === 0) return range.end > range.start ? [range] : [];
  return fragments
    .map((fragment) => ({ start: Math.max(range.start, fragment.start), end: Math.min(range.end, fragment.end) }))
    .filter((piece) => piece.end > piece.start);
}
