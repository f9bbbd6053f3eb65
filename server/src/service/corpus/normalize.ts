// The normal forms under which the corpus compares paragraphs, titles and typed prefixes. Every
// function here runs in one linear pass (no backtracking regular expressions): a paragraph of
// 100,000 characters costs what its length costs.
//
// - `paragraphKey`: two paragraphs are the same agreed language when their keys are equal. The key
//   ignores whitespace, italics markers, bracketed and superscript footnote markers, and the
//   paragraph's final punctuation mark (";" or "." depends only on whether the paragraph comes last).
// - `completionKey`: what a typed prefix is matched against: lower case, words only.
// - `wordTokens`: lower-case words, for the inverted index.
// - `similarityTokens`: words and punctuation as written, for the similarity of two paragraphs.
// - `seriesKey`: a title reduced to its words, the identity of a resolution series.

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const TERMINAL_PUNCTUATION = new Set([';', ',', '.', ':']);

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2007 || code === 0x202f;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Length of a `[12]` footnote marker starting at `start`, or 0. */
function bracketMarkerLength(text: string, start: number): number {
  if (text.charCodeAt(start) !== 91 /* [ */) return 0;
  let end = start + 1;
  while (end < text.length && end - start <= 4 && isDigit(text.charCodeAt(end))) end++;
  return end > start + 1 && text.charCodeAt(end) === 93 /* ] */ ? end + 1 - start : 0;
}

/** The text without italics markers, footnote markers and invisible marks, whitespace collapsed and trimmed. */
export function cleanText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const marker = bracketMarkerLength(text, i);
    if (marker > 0) {
      i += marker - 1;
      continue;
    }
    if (code === 42 /* * */ || code === 0x200e || code === 0x200b || code === 0xfeff) continue;
    if (SUPERSCRIPT_DIGITS.includes(text[i] ?? '')) continue;
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/** The identity of a paragraph's wording (see the module header). */
export function paragraphKey(text: string): string {
  const clean = cleanText(text);
  let end = clean.length;
  while (end > 0 && (TERMINAL_PUNCTUATION.has(clean[end - 1] ?? '') || clean[end - 1] === ' ')) end--;
  return end === clean.length ? clean : clean.slice(0, end);
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_OR_MARK = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const FOOTNOTE_MARKERS = /\[\d{1,4}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Lower-case words separated by single spaces; with `limit`, at least the first `limit` characters of it. */
export function completionKey(text: string, limit = Infinity): string {
  if (text.length <= limit * 2 + 32) return fullCompletionKey(text);
  // Keys only shrink against the text (punctuation goes), so a growing slice reaches `limit` quickly.
  for (let size = limit * 2 + 32; ; size *= 2) {
    const key = fullCompletionKey(text.slice(0, size));
    if (key.length > limit || size >= text.length) return size >= text.length ? fullCompletionKey(text) : key;
  }
}

function fullCompletionKey(text: string): string {
  return text.replace(FOOTNOTE_MARKERS, ' ').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Lower-case words, footnote markers left out. */
export function wordTokens(text: string): string[] {
  return text.replace(FOOTNOTE_MARKERS, ' ').toLowerCase().match(WORD) ?? [];
}

/** Words and punctuation marks as written, from a paragraph key. */
export function similarityTokens(key: string): string[] {
  return key.match(WORD_OR_MARK) ?? [];
}

/** A title as a series identity: lower-case words, without a leading resolution number. */
export function seriesKey(title: string): string {
  return completionKey(title.replace(/^\s*\d{1,3}\/\d{1,4}(?:\s?[A-Z])?\.\s*/, ''));
}

/** A typed paragraph without its leading number ("12. ") or sub-paragraph label. */
export function withoutParagraphNumber(text: string): string {
  return text.replace(/^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))[ \t\u00a0]*/, '');
}
