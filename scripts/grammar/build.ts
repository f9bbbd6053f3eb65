// Builds the TextMate grammar of `.unres` files (syntaxes/unres.tmLanguage.json) from the vocabulary
// of opening phrases, so that the long alternations are written once. Every pattern is anchored or
// made of bounded, non-overlapping pieces: a 100,000-character line tokenizes in linear time.

import * as words from './vocabulary';

/** A space as the corpus writes it: an ordinary or a no-break space (U+00A0). */
const S = '[ \\x{00A0}]';
/** Where a word ends: no letter, digit or hyphen follows. */
const END = '(?![\\p{L}\\p{N}\\-])';
const SEQUENCE = `(?:${S}(?:also|further))`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation, longest first, with spaces that may be no-break spaces. */
function oneOf(list: readonly string[]): string {
  const sorted = [...list].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map((item) => escape(item).replaceAll(' ', S)).join('|')})`;
}

function lowerFirst(list: readonly string[]): string[] {
  return list.map((word) => word.charAt(0).toLowerCase() + word.slice(1));
}

const intensity = `(?:${oneOf(words.intensities)}${S})?`;
const withTail = `with${S}${intensity}${oneOf(words.withNouns)}`;
const possessiveTail = `its${S}${intensity}${oneOf(words.possessiveNouns)}`;
const objectTail = `(?:${S}(?:${withTail}|${possessiveTail}))?`;
const adverbialTail = `(?:${S}${oneOf(words.adverbialTails)})?`;
const expressionTail = `${intensity}${oneOf(words.expressionNouns)}`;
const degree = oneOf(words.degreeAdverbs);
const lowerDegree = oneOf(lowerFirst(words.degreeAdverbs));
/** "to encourage", "deeply concerned": what "Continues" and "Remaining" take inside the italics. */
const continuation = `(?:to${S}[a-z]+(?:-[a-z]+)?|(?:${lowerDegree}${S})?${oneOf(lowerFirst(words.preambularAdjectives))})`;

/** A head, its tails and a second head joined by "and": "Alarmed and concerned", "Deplores and strongly condemns". */
function headed(heads: readonly string[], sequence: string): string {
  const lower = oneOf(lowerFirst(heads));
  const head = `(?:${degree}${S}${lower}|${oneOf(heads)})`;
  const coordinated = `(?:${S}and${S}(?:${lowerDegree}${S})?${lower})?`;
  return `${head}${sequence}${objectTail}${adverbialTail}${coordinated}`;
}

function preambularPhrase(): string {
  const heads = [...words.preambularParticiples, ...words.preambularAdjectives, ...words.preambularLocutions];
  const having = `Having${SEQUENCE}?${S}${oneOf(words.perfectParticiples)}`;
  const expressing = `Expressing${SEQUENCE}?${S}${expressionTail}`;
  const continuing = `${oneOf(words.continuingHeads.preambular)}${S}${continuation}`;
  return `(?:${having}|${expressing}|${continuing}|${headed(heads, `${SEQUENCE}?`)})${SEQUENCE}?${END}`;
}

function operativePhrase(): string {
  const verbs = [...words.operativeLocutions, ...words.operativeVerbs];
  const sequencePrefix = `(?:Also|Further|Once${S}again|Again)${S}(?:${lowerDegree}${S})?`;
  const again = `(?:${S}once${S}again)?`;
  const expresses = `(?:${sequencePrefix}expresses|Expresses)${again}${S}${expressionTail}`;
  const continuing = `${oneOf(words.continuingHeads.operative)}${S}${continuation}`;
  const prefixed = `${sequencePrefix}${oneOf(lowerFirst(verbs))}${objectTail}${adverbialTail}`;
  return `(?:${expresses}|${continuing}|${prefixed}|${headed(verbs, '')})${END}`;
}

const organ = oneOf(words.organs);
const month = oneOf(words.months);
const date = `\\d{1,2}${S}${month}${S}\\d{4}`;
const partLetter = `(?:${S}?[A-Z](?:${S}?(?:and|to|–|-)${S}?[A-Z])?(?![\\p{L}\\p{N}]))`;

/** A resolution or decision number as a citation writes it, with its part letter. */
const resolutionNumber =
  '(?:(?:ES|S)-\\d{1,2}/\\d{1,3}' +
  '|\\d{1,4}' +
  `${S}?(?:[A-Z]${S}?)?` +
  '\\((?:S-|ES-)?[IVXL]+\\)' +
  `|\\d{3,4}${S}\\((?:19[4-9]\\d|20[0-4]\\d)\\)` +
  '|(?:19[4-9]\\d|20[0-4]\\d)/\\d{1,3}' +
  '|\\d{1,2}/\\d{1,3})' +
  `${partLetter}?`;
const citedItem = `${resolutionNumber}(?:${S}of${S}${date})?`;
const listSeparator = `(?:,${S}|,?${S}(?:and|to)${S})`;
const documentSymbol = `\\b${oneOf(words.symbolPrefixes)}(?:/[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)*+)++`;
/** "A/RES/66/181", "E/RES/2007/12", "S/RES/1373 (2001)", "A/HRC/RES/45/3", "A/RES/ES-10/19". */
const resolutionSymbol =
  '\\b(?:A|E|S)(?:/[A-Z]{2,5})?/RES/(?:(?:ES|S)-\\d{1,2}/)?\\d{1,4}(?:/\\d{1,3})?' +
  `(?:${S}\\((?:19[4-9]\\d|20[0-4]\\d)\\))?${partLetter}?`;
const superscripts = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';

const ITALIC = 'markup.italic.unres';
const PREAMBULAR = `entity.name.function.preambular-phrase.unres ${ITALIC}`;
const OPERATIVE = `entity.name.function.operative-verb.unres ${ITALIC}`;
const NUMBER = 'constant.numeric.paragraph-number.unres';
const NUMBER_STOP = 'punctuation.separator.paragraph-number.unres';
const MARK_BEGIN = 'punctuation.definition.italic.begin.unres';
const MARK_END = 'punctuation.definition.italic.end.unres';

type Captures = Record<string, { name?: string; patterns?: { include: string }[] }>;

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  contentName?: string;
  patterns?: readonly Rule[];
  include?: string;
}

function named(...names: (string | undefined)[]): Captures {
  const captures: Captures = {};
  names.forEach((name, index) => {
    if (name) captures[String(index + 1)] = { name };
  });
  return captures;
}

const inline = { include: '#inline' };

const repository: Record<string, Rule> = {
  comment: {
    name: 'comment.block.unres',
    begin: '<!--',
    end: '-->',
    beginCaptures: { '0': { name: 'punctuation.definition.comment.begin.unres' } },
    endCaptures: { '0': { name: 'punctuation.definition.comment.end.unres' } },
  },
  'footnote-separator': {
    match: '^[ \\t]*(_{3,})[ \\t]*$',
    captures: named('meta.separator.footnotes.unres'),
  },
  'footnote-text': {
    name: 'meta.footnote.unres',
    begin: `^[ \\t]*(?:(\\[\\d{1,3}\\])|(${superscripts}{1,3})|(\\d{1,3})(?=[ \\t]{2}))(?=[ \\t\\x{00A0}])`,
    end: '$',
    beginCaptures: named(
      'entity.name.label.footnote.unres',
      'entity.name.label.footnote.unres',
      'entity.name.label.footnote.unres',
    ),
    patterns: [inline],
  },
  title: {
    name: 'markup.heading.title.unres',
    match: `^[ \\t]*((?:ES-\\d{1,2}/)?\\d{1,2}/\\d{1,3}${partLetter}?)(\\.)[ \\t]+(.+)$`,
    captures: {
      '1': { name: 'constant.numeric.resolution-number.unres' },
      '2': { name: 'punctuation.separator.resolution-number.unres' },
      '3': { patterns: [{ include: '#bold' }, inline] },
    },
  },
  'draft-title': {
    begin: `^(.+?)(:)[ \\t]*((?:[Rr]evised${S})?[Dd]raft${S}(?:resolution|decision)(?:${S}[IVX]+)?)[ \\t]*$`,
    end: `^(?=[ \\t]*\\*?The${S}${organ})|^[ \\t]*(\\S.*?)[ \\t]*$`,
    beginCaptures: {
      '1': { name: 'meta.cover.sponsors.unres' },
      '2': { name: 'punctuation.separator.sponsors.unres' },
      '3': { name: 'keyword.other.draft-resolution.unres' },
    },
    endCaptures: { '1': { name: 'markup.heading.title.unres', patterns: [{ include: '#bold' }] } },
    patterns: [{ include: '#comment' }],
  },
  cover: {
    patterns: [
      {
        match: '^[ \\t]*(Distr\\.:|Original:)[ \\t]*(\\S.*?)[ \\t]*$',
        captures: named('keyword.other.distribution.unres', 'meta.cover.distribution.unres'),
      },
      {
        match: `^[ \\t]*([A-Z][a-z]+(?:-[a-z]+)?(?:${S}(?:emergency|special))*${S}session)[ \\t]*$`,
        captures: named('keyword.other.session.unres'),
      },
      {
        match: `^[ \\t]*(Agenda${S}items?)${S}+(\\d{1,3}(?:${S}?\\([a-z]\\))?(?:(?:,${S}|${S}and${S})\\d{1,3}(?:${S}?\\([a-z]\\))?)*)`,
        captures: named('keyword.other.agenda-item.unres', 'constant.numeric.agenda-item.unres'),
      },
    ],
  },
  formula: {
    name: 'meta.formula.unres',
    match: `^[ \\t]*(?:(\\*)(The${S}${organ})(,?)(\\*)(,?)|(The${S}${organ})(,))[ \\t]*$`,
    captures: named(
      MARK_BEGIN,
      `keyword.other.formula.unres ${ITALIC}`,
      'punctuation.separator.formula.unres',
      MARK_END,
      'punctuation.separator.formula.unres',
      `keyword.other.formula.unres ${ITALIC}`,
      'punctuation.separator.formula.unres',
    ),
  },
  'operative-opening': {
    patterns: [
      {
        match: `^[ \\t]*(\\d{1,3})(\\.)[ \\t\\x{00A0}]+(\\*)([^*]{1,300}?)(\\*)`,
        captures: named(NUMBER, NUMBER_STOP, MARK_BEGIN, OPERATIVE, MARK_END),
      },
      {
        match: `^[ \\t]*(\\d{1,3})(\\.)[ \\t\\x{00A0}]+(${operativePhrase()})`,
        captures: named(NUMBER, NUMBER_STOP, OPERATIVE),
      },
      {
        // Text extracted from a PDF can put the number on a line of its own and the verb on the next.
        begin: '^[ \\t]*(\\d{1,3})(\\.)[ \\t]*$',
        end: `^[ \\t]*(?:(\\*)([^*]{1,300}?)(\\*)|(${operativePhrase()})|(?=\\S))`,
        beginCaptures: named(NUMBER, NUMBER_STOP),
        endCaptures: named(MARK_BEGIN, OPERATIVE, MARK_END, OPERATIVE),
      },
      {
        match: `^[ \\t]*(\\d{1,3})(\\.)(?=[ \\t\\x{00A0}])`,
        captures: named(NUMBER, NUMBER_STOP),
      },
    ],
  },
  'preambular-opening': {
    patterns: [
      {
        match: '^[ \\t]*(\\*)([^*]{1,300}?)(\\*)',
        captures: named(MARK_BEGIN, PREAMBULAR, MARK_END),
      },
      {
        match: `^[ \\t]*(${preambularPhrase()})`,
        captures: named(PREAMBULAR),
      },
    ],
  },
  'subparagraph-label': {
    match: '^[ \\t]*(\\()([a-z]{1,2}|[ivxl]{1,6})(\\))(?=[ \\t\\x{00A0}])',
    captures: named(
      'punctuation.definition.subparagraph-label.begin.unres',
      'constant.numeric.subparagraph-label.unres',
      'punctuation.definition.subparagraph-label.end.unres',
    ),
  },
  closing: {
    match: `^[ \\t]*(\\d{1,3}(?:st|nd|rd|th)${S}plenary${S}meeting)[ \\t]*$`,
    captures: named('keyword.other.meeting.unres'),
  },
  heading: {
    match: `^[ \\t]*((?:Section${S}\\d{1,3}[A-Z]?|Annex(?:${S}[IVXL]{1,6})?|[IVXL]{1,6}|[A-Z])\\.?)[ \\t]*$`,
    captures: named('markup.heading.section.unres'),
  },
  inline: {
    patterns: [
      { include: '#comment' },
      { include: '#footnote-marker' },
      { include: '#citation' },
      { include: '#document-symbol' },
      { include: '#date' },
      { include: '#bold' },
      { include: '#italic' },
    ],
  },
  'footnote-marker': {
    patterns: [
      { match: '\\[\\d{1,3}\\]', name: 'constant.other.footnote-marker.unres' },
      { match: `${superscripts}{1,3}`, name: 'constant.other.footnote-marker.unres' },
      {
        // Digits glued to the word or punctuation before them: how PDF text keeps its markers
        // ("Corruption,7"), but not the number of a corrigendum or an addendum ("Corr.1").
        match: '(?<=[a-z][,;:.”)]|[a-z])(?<!Corr\\.|Add\\.|Rev\\.)\\d{1,2}(?=[ \\t,;:.]|$)',
        name: 'constant.other.footnote-marker.unres',
      },
    ],
  },
  citation: {
    name: 'meta.citation.unres',
    match: `\\b(?:resolutions?|decisions?)${S}(?>${citedItem}(?:${listSeparator}${citedItem})*+)`,
    captures: { '0': { patterns: [{ include: '#cited-number' }, { include: '#date' }] } },
  },
  'cited-number': {
    match: `(?<![\\p{L}\\p{N}/])${resolutionNumber}`,
    name: 'constant.other.symbol.resolution.unres',
  },
  'document-symbol': {
    patterns: [
      {
        match: resolutionSymbol,
        name: 'constant.other.symbol.resolution.unres',
      },
      { match: documentSymbol, name: 'constant.other.symbol.document.unres' },
    ],
  },
  date: { match: `\\b${date}\\b`, name: 'constant.other.date.unres' },
  bold: {
    match: '(\\*\\*)(?=\\S)([^*]{1,1000}?)(?<=\\S)(\\*\\*)',
    captures: named(
      'punctuation.definition.bold.begin.unres',
      'markup.bold.unres',
      'punctuation.definition.bold.end.unres',
    ),
  },
  italic: {
    match: '(\\*)(?=[^\\s*])([^*]{1,1000}?)(?<=\\S)(\\*)',
    captures: named(MARK_BEGIN, ITALIC, MARK_END),
  },
};

/** The grammar as VS Code reads it. */
export function buildGrammar(): object {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'UN Resolution',
    scopeName: 'text.unres',
    comment: 'Generated by scripts/build-grammar.ts from scripts/grammar/: edit those, then run npm run build:grammar.',
    patterns: [
      { include: '#comment' },
      { include: '#footnote-separator' },
      { include: '#footnote-text' },
      { include: '#title' },
      { include: '#draft-title' },
      { include: '#cover' },
      { include: '#formula' },
      { include: '#operative-opening' },
      { include: '#preambular-opening' },
      { include: '#subparagraph-label' },
      { include: '#closing' },
      { include: '#heading' },
      inline,
    ],
    repository,
  };
}

/** The grammar file's exact contents. */
export function grammarText(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}
