// Citations introduced by "resolution(s)" or "decision(s)": one symbol or a list of them
// ("resolutions 69/193 and 69/196 of 18 December 2014"), each with its date and title when the text
// gives them. The body named before the keyword, or the symbol's shape, tells whose resolution it is.

import type { Citation, CitationKind, TextSpan } from '../model';
import { openingLexicon } from '../lexicon';
import { datePattern, impossibleAdoptionYear, isoDate } from './dates';

type Body = 'ga' | 'ecosoc' | 'sc' | 'hrc' | 'other';

interface ItemShape {
  readonly kind: CitationKind;
  readonly symbol: string;
  readonly written: string;
  readonly part?: string;
  readonly end: number;
}

/** Spaces as typeset: no-break, en and thin spaces turn up between "resolution" and its number. */
const S = '[ \\u00a0\\u2000-\\u200a\\u202f]';
const keyword = new RegExp(`\\b([Rr]esolutions?|[Dd]ecisions?)${S}+`, 'g');
const scShape = new RegExp(`(\\d{1,4})${S}?\\(((?:19|20)\\d\\d)\\)`, 'y');
/** Hyphens as typeset: "ES‑10/15" and "1874 (S‑IV)" often carry a non-breaking hyphen (U+2011). */
const hyphen = '[-\\u2010\\u2011]';
const oldShape = new RegExp(`(\\d{1,4})${S}?(?:([A-Z])${S}?)?\\(((?:E?S${hyphen})?[IVXL]{1,6})\\)`, 'y');
const yearShape = /((?:19|20)\d\d)\/(\d{1,3})(?![\d/])/y;
const specialShape = new RegExp(`(E?S${hyphen}\\d{1,2})\\/(\\d{1,3})(?![\\d/])`, 'y');
const sessionShape = /(\d{1,2})\/(\d{1,3})(?![\d/])/y;
const partLetters = new RegExp(`${S}([A-Z]{1,2})(?:${S}?(?:–|-|${S}and${S}|${S}to${S})${S}?([A-Z]{1,2}))?(?![A-Za-z\\d])`, 'y');
/** "of 18 December 2007"; some adopted texts drop the "of" ("72/266 B 5 July 2018"). */
const ofDate = new RegExp(`,?${S}+(?:of${S}+)?(${datePattern})`, 'y');
const entitled = new RegExp(`,?${S}+entitled${S}+[“"]([^”"\\n]{1,500})[”"]`, 'y');
/** Between items; the spaces before a comma are a blanked footnote marker ("71/205[7], 69/196"). */
const separator = new RegExp(`(?:${S}*[,;]${S}*(?:and${S}+)?|${S}+and${S}+)`, 'y');
const qualifier = new RegExp(`(?:${S}*,${S}*(?:section|sect\\.|paras?\\.|paragraphs?|annex|chap\\.|chapter|part)${S}+[A-Za-z0-9.–-]{1,12})+(?=[,;.]|${S}of${S})`, 'y');
const datedItemAhead = new RegExp(`(?:${S}*,${S}*(?:and${S}+)?|${S}+and${S}+)(?=(?:E?S${hyphen})?\\d{1,2}\\/\\d{1,3}(?:${S}[A-Z]{1,2})?${S}+of${S}+${datePattern})`, 'g');
/** How far a list may run through a description ("70/262 of 27 April 2016 on the review of ..., 72/276 of ...") to its next dated item. */
const descriptionReach = 300;

/** Every resolution or decision cited in `text` (a piece of the masked source starting at `base`). */
export function findResolutionLists(text: string, base: number, inFootnote: boolean): Citation[] {
  const citations: Citation[] = [];
  for (const match of text.matchAll(keyword)) {
    const decision = /^[Dd]ecision/.test(match[1] ?? '');
    const body = bodyBefore(text, match.index);
    citations.push(...generalAssemblyItems(readList(text, match.index + match[0].length, base, { decision, body, inFootnote })));
  }
  return citations;
}

/**
 * A list with a date outside its session is another body's ("the Human Rights Council, the most recent
 * of which being resolutions 47/1 of 12 July 2021, 46/21 ... and S‑29/1"), unless another of its dates
 * falls in its session: then the odd date is a slip ("72/256 of 24 December 2107") that the drafting
 * rules should flag, in a list of the Assembly's own resolutions.
 */
function generalAssemblyItems(list: readonly Citation[]): readonly Citation[] {
  if (list.every(plausible)) return list;
  const datedInSession = list.some((citation) => citation.date !== undefined && gaSession(citation) !== undefined && plausible(citation));
  return datedInSession ? list : [];
}

/**
 * Session N of the General Assembly opens in September of 1945 + N, so "resolution 8/1 of 20 December
 * 2019" is another body's. A year off by one or two stays a General Assembly citation with a wrong date,
 * which is the drafting rules' business, and so is a year no body could have adopted anything in.
 */
function plausible(citation: Citation): boolean {
  const session = gaSession(citation);
  const year = citation.date?.slice(0, 4);
  if (session === undefined || year === undefined) return true;
  return Math.abs(Number(year) - (1945 + session)) <= 3 || impossibleAdoptionYear(Number(year));
}

interface ListContext {
  readonly decision: boolean;
  readonly body: Body;
  readonly inFootnote: boolean;
}

function readList(text: string, from: number, base: number, context: ListContext): Citation[] {
  const items: Citation[] = [];
  let at = from;
  let undated = 0;
  for (;;) {
    const shape = itemAt(text, at, context);
    if (!shape) return items;
    let citation: Citation = {
      kind: shape.kind,
      symbol: shape.symbol,
      written: shape.written,
      ...(shape.part ? { part: shape.part } : {}),
      span: { start: base + at, end: base + shape.end },
      inFootnote: context.inFootnote,
    };
    at = shape.end;
    const qualified = match(qualifier, text, at);
    if (qualified) at += qualified[0].length;
    const date = match(ofDate, text, at);
    if (date) {
      const iso = isoDate(date[2] ?? '', date[3] ?? '', date[4] ?? '');
      const dateEnd = base + at + date[0].length;
      const dateSpan = { start: dateEnd - (date[1] ?? '').length, end: dateEnd };
      if (iso) citation = { ...citation, date: iso, dateSpan };
      if (iso) shareDate(items, undated, citation, iso, dateSpan);
      undated = 0;
      at += date[0].length;
    } else {
      undated++;
    }
    const title = match(entitled, text, at);
    if (title) {
      const quoted = title[1] ?? '';
      const titleStart = at + title[0].length - 1 - quoted.length;
      citation = { ...citation, title: quoted, titleSpan: { start: base + titleStart, end: base + titleStart + quoted.length } };
      at += title[0].length;
    }
    items.push(citation);
    const next = match(separator, text, at) ?? undefined;
    if (next && itemAt(text, at + next[0].length, context)) at += next[0].length;
    else if (citation.date) {
      const resumed = nextDatedItem(text, at);
      if (resumed === undefined) return items;
      at = resumed;
      undated = 0;
    } else return items;
  }
}

/**
 * "65/190 and 65/232 of 21 December 2010": the date belongs to the undated items just before it, when
 * they can share it. "69/196, and 73/130 of 13 December 2018" cannot: resolutions of different sessions
 * were not adopted on one day.
 */
function shareDate(items: Citation[], undated: number, dated: Citation, date: string, dateSpan: TextSpan): void {
  for (let i = items.length - undated; i < items.length; i++) {
    const item = items[i] as Citation;
    if (sameOccasion(item, dated, date)) items[i] = { ...item, date, dateSpan };
  }
}

function sameOccasion(item: Citation, dated: Citation, date: string): boolean {
  const session = sessionOf(item);
  const datedSession = sessionOf(dated);
  if (session !== undefined && datedSession !== undefined) return session === datedSession;
  const year = Number(date.slice(0, 4));
  const regular = gaSession(item);
  if (session !== undefined) return regular !== undefined && (year === 1945 + regular || year === 1946 + regular);
  const ownYear = /(?:^E\/(?:RES|DEC)\/|\()((?:19|20)\d\d)\b/.exec(item.symbol)?.[1];
  return ownYear === undefined || Number(ownYear) === year;
}

/** The session of a General Assembly resolution or decision, special sessions too: "65", "ES-10", "S-23". */
function sessionOf(citation: Citation): string | undefined {
  return /^A\/(?:RES|DEC)\/((?:E?S-)?\d{1,2})\//.exec(citation.symbol)?.[1];
}

/** The session of a General Assembly resolution or decision with a numbered session ("A/RES/65/190"). */
function gaSession(citation: Citation): number | undefined {
  const session = /^A\/(?:RES|DEC)\/(\d{1,2})\//.exec(citation.symbol)?.[1];
  return session === undefined ? undefined : Number(session);
}

/** Past a description to the next dated item of the same list, within one clause; undefined when there is none. */
function nextDatedItem(text: string, from: number): number | undefined {
  const window = text.slice(from, from + descriptionReach);
  datedItemAhead.lastIndex = 0;
  const found = datedItemAhead.exec(window);
  if (!found) return undefined;
  const skipped = window.slice(0, found.index);
  if (/[;.]|\b[Rr]esolutions?\b|\b[Dd]ecisions?\b/.test(skipped)) return undefined;
  return from + found.index + found[0].length;
}

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function itemAt(text: string, at: number, context: ListContext): ItemShape | undefined {
  const sc = match(scShape, text, at);
  if (sc && !context.decision) return shape('sc-resolution', `S/RES/${sc[1]} (${sc[2]})`, sc, at);
  const old = match(oldShape, text, at);
  if (old && !context.decision && (context.body === 'ga' || context.body === 'ecosoc')) {
    const symbol = `${context.body === 'ga' ? 'A' : 'E'}/RES/${old[1]}(${plainHyphen(old[3] ?? '')})`;
    const item = shape(context.body === 'ga' ? 'ga-resolution' : 'ecosoc-resolution', old[2] ? `${symbol} ${old[2]}` : symbol, old, at);
    return old[2] ? { ...item, part: old[2] } : item;
  }
  const year = match(yearShape, text, at);
  if (year) return yearItem(year, at, context);
  const special = match(specialShape, text, at);
  if (special) return sessionItem(special, at, context);
  const session = match(sessionShape, text, at);
  return session ? sessionItem(session, at, context) : undefined;
}

function yearItem(found: RegExpExecArray, at: number, context: ListContext): ItemShape | undefined {
  if (context.body !== 'ecosoc' && context.body !== 'ga') return undefined;
  const kind = context.decision ? 'ecosoc-decision' : 'ecosoc-resolution';
  return shape(kind, `E/${context.decision ? 'DEC' : 'RES'}/${found[1]}/${found[2]}`, found, at);
}

function sessionItem(found: RegExpExecArray, at: number, context: ListContext): ItemShape | undefined {
  const written = `${plainHyphen(found[1] ?? '')}/${found[2]}`;
  if (context.body === 'hrc' && !context.decision) return shape('hrc-resolution', `A/HRC/RES/${written}`, found, at);
  if (context.body !== 'ga') return undefined;
  if (context.decision) return Number(found[2]) >= 400 && Number(found[2]) < 600 ? shape('ga-decision', `A/DEC/${written}`, found, at) : undefined;
  return withPart(shape('ga-resolution', `A/RES/${written}`, found, at), found.input);
}

const plainHyphen = (text: string) => text.replace(/[\u2010\u2011]/g, '-');

function shape(kind: CitationKind, symbol: string, found: RegExpExecArray, at: number): ItemShape {
  return { kind, symbol, written: found[0], end: at + found[0].length };
}

/** "54/237 C" → part C; a range ("75/253 A–C") stays in the written form without a single part. */
function withPart(item: ItemShape, text: string): ItemShape {
  const letters = match(partLetters, text, item.end);
  if (!letters) return item;
  const written = `${item.written}${letters[0]}`;
  const end = item.end + letters[0].length;
  if (letters[2]) return { ...item, written, end };
  const part = letters[1] ?? '';
  return { ...item, symbol: `${item.symbol} ${part}`, written, part, end };
}

/** Whose resolution: the body named just before the keyword ("Human Rights Council resolution 45/3"). */
function bodyBefore(text: string, index: number): Body {
  const before = text.slice(Math.max(0, index - 80), index).replace(/[ \u00a0*]+$/, '');
  // Joint texts: "General Assembly and Security Council resolutions 70/262 and 2282 (2016)".
  if (/Assembly and(?: the)? Security Council$/.test(before)) return 'ga';
  const named = namedBody(before);
  if (named) return named;
  // "established by the Human Rights Council in its resolution 39/2": "its" is the body just named.
  const owner = ownerOfIts.exec(before);
  if (owner) return namedBody(owner[1] ?? '') ?? 'other';
  const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
  // "the Assembly" is the General Assembly, unless a name precedes it ("Environment Assembly").
  if (word === 'Assembly') return namesBody(before.slice(0, -word.length)) ? 'other' : 'ga';
  return namesBody(before) ? 'other' : 'ga';
}

const ownerOfIts = /((?:[A-Z][a-z]+ )+(?:Assembly|Council|Commission|Conference|Board|Committee)),? (?:in|by|of) (?:paragraph \d{1,3} of )?its$/;

function namedBody(before: string): Body | undefined {
  if (/Economic and Social Council$/.test(before)) return 'ecosoc';
  if (/Security Council$/.test(before)) return 'sc';
  if (/Human Rights Council$/.test(before)) return 'hrc';
  if (/General Assembly$/.test(before)) return 'ga';
  return undefined;
}

/** Whether the text before the keyword ends with a capitalized word that may name another body. */
function namesBody(before: string): boolean {
  const word = /([A-Za-z]+)[ \u00a0]*$/.exec(before)?.[1] ?? '';
  return /^[A-Z]/.test(word) && !notBodies.has(word.toLowerCase());
}

/** Capitalized words that may stand before "resolution" without naming another body. */
const notBodies = new Set([
  ...openingLexicon.preambularHeads,
  ...openingLexicon.operativeHeads,
  'in', 'by', 'see', 'also', 'its', 'the', 'and', 'under', 'pursuant', 'with', 'for', 'to', 'of', 'further', 'a', 'this', 'that',
]);
