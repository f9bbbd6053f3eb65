// References from the resolution to itself (rulebook §4): "paragraph 34 above", "paragraphs 3 to 5 of
// the present resolution", "paragraph 5 (b)", "subparagraph (c)", "the previous paragraph", "the
// present resolution", "annex II to the present resolution". Each keeps the spans of its numbers, which
// is what renumbering rewrites.

import type { CrossReference, Paragraph, TextSpan } from '../model';

const S = '[ \\u00a0]';
const presentResolution = `the${S}+present${S}+resolution`;
const numberList = `\\d{1,3}(?:${S}?\\([a-z]{1,2}\\))?(?:(?:,${S}*|${S}+(?:and|to|or)${S}+|,${S}*and${S}+)\\d{1,3}(?:${S}?\\([a-z]{1,2}\\))?)*`;
// "paragraph 63 (d), of the Final Document": a comma may stand between the reference and the document it is in.
const ofDocument = `,?${S}+of${S}+(?!which\\b|whom\\b)`;
const paragraphRef = new RegExp(`\\b(paragraphs?)${S}+(${numberList})(?:(${S}+(?:above|below))|(,?${S}+of${S}+${presentResolution})|(${ofDocument}\\S+))?`, 'g');
const subparagraphRef = new RegExp(`\\bsubparagraphs?${S}+\\(([a-z]{1,2})\\)(?:,?${S}+of${S}+paragraph${S}+(\\d{1,3}))?(${ofDocument}(?!paragraph)\\S+)?`, 'g');
const previousRef = new RegExp(`\\bthe${S}+(?:previous|preceding)${S}+paragraph\\b`, 'g');
const annexRef = new RegExp(`\\b(?:the${S}+)?annex(?:${S}+([IVXL]{1,6}))?${S}+to${S}+${presentResolution}\\b`, 'g');
const presentRef = new RegExp(`\\b${presentResolution}\\b`, 'g');

export function findCrossReferences(masked: string, paragraphs: readonly Paragraph[]): CrossReference[] {
  const references: CrossReference[] = [];
  let previousNumber: number | undefined;
  for (const paragraph of paragraphs) {
    const current = paragraph.kind === 'operative' ? paragraph.number : undefined;
    for (const span of paragraph.fragments) {
      references.push(...inText(masked.slice(span.start, span.end), span.start, previousNumber));
    }
    if (current !== undefined) previousNumber = current;
  }
  return references.sort((a, b) => a.span.start - b.span.start);
}

function inText(text: string, base: number, previousNumber: number | undefined): CrossReference[] {
  const candidates = [
    ...[...text.matchAll(annexRef)].map((match) => annexReference(match, base)),
    ...[...text.matchAll(paragraphRef)].map((match) => paragraphReference(match, base)),
    ...[...text.matchAll(subparagraphRef)].map((match) => subparagraphReference(match, base)),
    ...[...text.matchAll(previousRef)].map((match) => previousReference(match, base, previousNumber)),
    ...[...text.matchAll(presentRef)].map((match) => presentReference(match, base)),
  ];
  // "annex II to the present resolution" and "paragraph 5 of the present resolution" hold "the present
  // resolution": the longer reference, which starts first, wins.
  candidates.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const found: CrossReference[] = [];
  let end = -1;
  for (const candidate of candidates) {
    if (candidate.span.start < end) continue;
    found.push(candidate);
    end = candidate.span.end;
  }
  return found;
}

function spanOf(match: RegExpMatchArray, base: number): TextSpan {
  const start = base + (match.index ?? 0);
  return { start, end: start + match[0].length };
}

function paragraphReference(match: RegExpMatchArray, base: number): CrossReference {
  const listStart = (match.index ?? 0) + match[0].indexOf(match[2] ?? '', (match[1] ?? '').length);
  const list = match[2] ?? '';
  const numbers = [...list.matchAll(/\d{1,3}/g)].filter((number) => list[(number.index ?? 0) - 1] !== '(');
  const numberSpans = numbers.map((number) => ({ start: base + listStart + (number.index ?? 0), end: base + listStart + (number.index ?? 0) + number[0].length }));
  const values = numbers.map((number) => Number(number[0]));
  const ranged = /(?:^|\D)\d{1,3}(?:[ \u00a0]?\([a-z]{1,2}\))?[ \u00a0]+to[ \u00a0]+\d/.test(list);
  const targets = ranged ? expandRanges(list) : values;
  const letter = /\(([a-z]{1,2})\)/.exec(list)?.[1];
  const direction = match[3] ? (match[3].trim() as 'above' | 'below') : match[4] ? 'present-resolution' : undefined;
  const plural = (match[1] ?? '') === 'paragraphs';
  const internal = direction !== undefined || (!plural && letter !== undefined && !match[5]);
  const kept = match[5] && !direction ? match[0].length - match[5].length : match[0].length;
  const start = base + (match.index ?? 0);
  return {
    kind: 'paragraph',
    targets,
    ...(letter && values.length === 1 ? { subparagraph: letter } : {}),
    ...(direction ? { direction } : {}),
    span: { start, end: start + kept },
    numberSpans,
    internal,
  };
}

/** "3 to 5" → 3, 4, 5 (capped, so that a slip such as "3 to 300" stays small). */
function expandRanges(list: string): number[] {
  const targets: number[] = [];
  for (const part of list.split(/,|[ \u00a0]and[ \u00a0]|[ \u00a0]or[ \u00a0]/)) {
    const range = /(\d{1,3})(?:[ \u00a0]?\([a-z]{1,2}\))?[ \u00a0]+to[ \u00a0]+(\d{1,3})/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2]);
    if (range && to >= from && to - from <= 100) for (let n = from; n <= to; n++) targets.push(n);
    else for (const number of part.matchAll(/(?<!\()\d{1,3}/g)) targets.push(Number(number[0]));
  }
  return targets;
}

function subparagraphReference(match: RegExpMatchArray, base: number): CrossReference {
  const span = spanOf(match, base);
  const paragraph = match[2];
  const numberStart = paragraph ? (match.index ?? 0) + match[0].lastIndexOf(paragraph) : -1;
  const kept = match[3] ? match[0].length - match[3].length : match[0].length;
  return {
    kind: 'subparagraph',
    targets: paragraph ? [Number(paragraph)] : [],
    subparagraph: match[1] ?? '',
    span: { start: span.start, end: span.start + kept },
    numberSpans: paragraph ? [{ start: base + numberStart, end: base + numberStart + paragraph.length }] : [],
    internal: !match[3],
  };
}

function previousReference(match: RegExpMatchArray, base: number, previousNumber: number | undefined): CrossReference {
  return { kind: 'previous-paragraph', targets: previousNumber !== undefined ? [previousNumber] : [], span: spanOf(match, base), numberSpans: [], internal: true };
}

function annexReference(match: RegExpMatchArray, base: number): CrossReference {
  return {
    kind: 'annex',
    targets: [],
    direction: 'present-resolution',
    ...(match[1] ? { annex: match[1] } : {}),
    span: spanOf(match, base),
    numberSpans: [],
    internal: true,
  };
}

function presentReference(match: RegExpMatchArray, base: number): CrossReference {
  return { kind: 'present-resolution', targets: [], direction: 'present-resolution', span: spanOf(match, base), numberSpans: [], internal: true };
}
