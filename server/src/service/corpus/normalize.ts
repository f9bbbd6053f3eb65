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

// Letters and digits of the six UN languages (Latin, Greek, Cyrillic, Arabic, CJK), as a plain
// character class (regular expressions without the `u` flag run several times faster on long
// texts); `isWordCode` below holds the same ranges.
const LETTERS = 'A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0600-\\u06ff\\u3040-\\u9fff';
const MARKERS = /\*|[\u200b\u200e\ufeff]|\[\d{1,4}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const MAY_HAVE_MARKERS = /[*\u200b\u200e\ufeff[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const SPACES = /\s+/g;
const IRREGULAR_SPACE = /[^\S ]| {2}/;
const TERMINAL_MARKS = ' ;,.:';

/** The text without italics markers, footnote markers and invisible marks, whitespace collapsed and trimmed. */
export function cleanText(text: string): string {
  // Most corpus paragraphs need neither replacement; testing first is several times cheaper.
  const unmarked = MAY_HAVE_MARKERS.test(text) ? text.replace(MARKERS, '') : text;
  return (IRREGULAR_SPACE.test(unmarked) ? unmarked.replace(SPACES, ' ') : unmarked).trim();
}

/** The identity of a paragraph's wording (see the module header). */
export function paragraphKey(text: string): string {
  const clean = cleanText(text);
  let end = clean.length;
  while (end > 0 && TERMINAL_MARKS.includes(clean[end - 1]!)) end--;
  return clean.slice(0, end);
}

const WORD_OR_MARK = new RegExp(`[${LETTERS}]+|[^\\s${LETTERS}]`, 'g');

/** Lower-case words separated by single spaces; with `limit`, at least the first `limit` characters of it. */
export function completionKey(text: string, limit = Infinity): string {
  const words = wordTokens(text, limit);
  return words.join(' ');
}

/**
 * Lower-case words, footnote markers ("[12]") left out; with `limit`, stops once the words joined
 * by spaces reach `limit` characters. A loop over char codes: twice as fast as a regular expression.
 */
export function wordTokens(text: string, limit = Infinity): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let length = -1;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words.push(lower.slice(start, i));
      length += i - start + 1;
      start = -1;
      if (length >= limit) break;
    }
    if (code === 91 /* [ */) i += footnoteMarkerLength(lower, i);
  }
  return words;
}

const WORD_RANGES = [
  [0x30, 0x39], [0x61, 0x7a], [0x41, 0x5a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f],
  [0x370, 0x3ff], [0x400, 0x52f], [0x600, 0x6ff], [0x3040, 0x9fff],
] as const;

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  for (const [low, high] of WORD_RANGES) if (code >= low && code <= high) return true;
  return false;
}

/** Characters to skip after the "[" at `start` when a footnote marker ("[12]") begins there. */
function footnoteMarkerLength(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && end - start <= 4 && isDigitCode(text.charCodeAt(end))) end++;
  return end > start + 1 && text.charCodeAt(end) === 93 /* ] */ ? end - start : 0;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
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
