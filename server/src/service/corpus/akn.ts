// Reads a resolution in AKN4UN XML (Akoma Ntoso for the United Nations, the UN Secretariat's own
// mark-up) as the UN marked it up: symbol, title, adoption date, preambular paragraphs (the
// `<container>`s of `<preamble>` and the `<crossHeading eId="preamble_N">` of sectioned texts),
// operative paragraphs (the `<paragraph>`s of `<mainBody>` not nested in another paragraph), their
// sub-paragraphs (`<list>`/`<point>`), footnotes (`<authorialNote>`) and links to General Assembly
// resolutions. Annexes (`<attachments>`) are not paragraphs of the resolution, but their footnotes are
// the document's. Streams with saxes; broken XML gives an error value, never an exception.

import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface AknPreambularParagraph {
  /** The first italic span of the paragraph, whitespace collapsed. */
  readonly opening?: string;
  /** Whether that italic span opens the paragraph (nothing but spaces before it). */
  readonly openingAtStart: boolean;
  /** The paragraph's text, whitespace collapsed, without footnotes. */
  readonly text: string;
  readonly subparagraphs: readonly AknSubparagraph[];
}

export interface AknOperativeParagraph {
  /** The number in `<num>`; undefined for a paragraph without one. */
  readonly number?: number;
  readonly verb?: string;
  readonly verbAtStart: boolean;
  /** The paragraph's own text (its intro when it has sub-paragraphs), without number and footnotes. */
  readonly text: string;
  readonly subparagraphs: readonly AknSubparagraph[];
  /** A `<paragraph>` that holds only a heading: how some texts mark their headings. */
  readonly heading: boolean;
}

export interface AknSubparagraph {
  /** "a", "ii", without parentheses. */
  readonly label: string;
  readonly text: string;
  readonly children: readonly AknSubparagraph[];
}

export interface AknFootnote {
  readonly marker: string;
  readonly text: string;
}

export interface AknCitation {
  /** "A/RES/54/237", from the link's address. */
  readonly symbol: string;
  /** The linked text as written ("54/237"). */
  readonly written: string;
  readonly inFootnote: boolean;
}

/** One `<statement>`: a part of a multi-part resolution (74/250 A–B holds two) or the whole resolution. */
export interface AknStatement {
  /** Its letter (`<docNumber>B</docNumber>` inside the statement), when it has one. */
  readonly part?: string;
  /** Its adoption date (`docDate refersTo="#adoptionDate"`), ISO `YYYY-MM-DD`. */
  readonly date?: string;
  /** Its paragraphs: `preambular` and `operative` below up to these (exclusive) ends, from the previous statement's. */
  readonly preambularEnd: number;
  readonly operativeEnd: number;
}

export interface AknResolution {
  readonly symbol?: string;
  readonly title?: string;
  /** Adoption date, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  readonly session?: number;
  /** How many `<statement>`s (parts A, B, ...) the file holds. */
  readonly parts: number;
  readonly statements: readonly AknStatement[];
  readonly preambular: readonly AknPreambularParagraph[];
  readonly operative: readonly AknOperativeParagraph[];
  readonly footnotes: readonly AknFootnote[];
  readonly citations: readonly AknCitation[];
  /**
   * Operative paragraphs numbered 1 to n, each opening with an italic verb, and every preambular
   * paragraph opening with an italic phrase: the texts whose structure a parser can be held to exactly.
   */
  readonly regular: boolean;
}

export type AknResult = { readonly ok: true; readonly resolution: AknResolution } | { readonly ok: false; readonly error: string };

export function readAkn(xml: string): AknResult {
  if (typeof xml !== 'string' || !/<akomaNtoso[\s>]/.test(xml.slice(0, 4000))) {
    return { ok: false, error: 'Not an AKN4UN document: no <akomaNtoso> element at the start of the file.' };
  }
  const reader = new AknReader();
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (problem) => {
    error ??= problem.message;
  });
  parser.on('opentag', (tag) => reader.open(tag));
  parser.on('closetag', (tag) => reader.close(tag));
  parser.on('text', (text) => reader.text(text));
  try {
    parser.write(xml).close();
  } catch (problem) {
    error ??= problem instanceof Error ? problem.message : String(problem);
  }
  if (error !== undefined) return { ok: false, error: `Broken XML: ${error}` };
  return { ok: true, resolution: reader.result() };
}

/** Text collected for one paragraph, sub-paragraph or footnote. */
class Record {
  readonly parts: string[] = [];
  readonly children: Record[] = [];
  italic: string[] | undefined;
  opening: string | undefined;
  openingAtStart = false;
  number = '';

  constructor(
    readonly kind: 'preambular' | 'operative' | 'point' | 'footnote',
    readonly marker = '',
  ) {}

  get text(): string {
    return collapse(this.parts.join(''));
  }
}

class AknReader {
  private readonly stack: SaxesTagPlain[] = [];
  private readonly records: Record[] = [];
  private readonly preambular: Record[] = [];
  private readonly operative: Record[] = [];
  private readonly headingParagraphs = new Set<Record>();
  private readonly footnotes: Record[] = [];
  private readonly citations: AknCitation[] = [];
  private readonly recordOf = new Map<SaxesTagPlain, Record>();
  private readonly italicOf = new Set<SaxesTagPlain>();
  private inNumber: Record | undefined;
  private link: { href: string; parts: string[] } | undefined;
  /** Text since the last link closed, to tell a split link from the next citation. */
  private sinceLink = '';
  private symbol: string | undefined;
  private title: string | undefined;
  private titleParts: string[] | undefined;
  private symbolParts: string[] | undefined;
  private date: string | undefined;
  /** The date the closing lines give (`docDate refersTo="#adoptionDate"`), which wins over the FRBR metadata. */
  private adopted: string | undefined;
  private session: number | undefined;
  private parts = 0;
  private readonly statements: AknStatement[] = [];
  /** The statement being read: its letter and adoption date so far. */
  private statement: { part?: string; date?: string; letter?: string[] } | undefined;

  open(tag: SaxesTagPlain): void {
    this.stack.push(tag);
    this.metadata(tag);
    if (this.inside('attachments') && tag.name !== 'authorialNote' && !this.inFootnote()) return;
    const record = this.recordFor(tag);
    if (record) {
      this.recordOf.set(tag, record);
      this.records.push(record);
    }
    const current = this.records[this.records.length - 1];
    if (tag.name === 'num' && current && this.parentName() === recordElement(current)) this.inNumber = current;
    if ((tag.name === 'heading' || tag.name === 'subheading') && current?.kind === 'operative' && this.parentName() === 'paragraph') {
      this.headingParagraphs.add(current);
    }
    if (tag.name === 'span' && /italic/i.test(attribute(tag, 'class')) && current && current.kind !== 'footnote' && !current.italic && current.opening === undefined) {
      current.italic = [];
      current.openingAtStart = current.parts.join('').trim().length === 0;
      this.italicOf.add(tag);
    }
    if (tag.name === 'a') this.link = { href: attribute(tag, 'href'), parts: [] };
  }

  close(tag: SaxesTagPlain): void {
    this.stack.pop();
    if (tag.name === 'statement' && this.statement) this.closeStatement();
    if (tag.name === 'docNumber' && this.statement?.letter) {
      const letter = collapse(this.statement.letter.join(''));
      this.statement.letter = undefined;
      if (/^[A-Z]$/.test(letter)) this.statement.part = letter;
    }
    if (tag.name === 'num') this.inNumber = undefined;
    if (this.italicOf.has(tag)) this.closeItalic();
    if (tag.name === 'a') this.closeLink();
    if (tag.name === 'docNumber' && this.symbolParts) {
      this.symbol = collapse(this.symbolParts.join(''));
      this.symbolParts = undefined;
    }
    if (tag.name === 'docTitle' && this.titleParts) {
      this.title = collapse(this.titleParts.join(''));
      this.titleParts = undefined;
    }
    const record = this.recordOf.get(tag);
    if (record) {
      this.recordOf.delete(tag);
      this.records.pop();
    }
  }

  text(text: string): void {
    this.statement?.letter?.push(text);
    this.symbolParts?.push(text);
    this.titleParts?.push(text);
    this.link?.parts.push(text);
    if (!this.link) this.sinceLink += text.slice(0, 8);
    if (this.inNumber) {
      this.inNumber.number += text;
      return;
    }
    const current = this.records[this.records.length - 1];
    if (!current || (this.inside('attachments') && current.kind !== 'footnote')) return;
    current.parts.push(text);
    current.italic?.push(text);
  }

  result(): AknResolution {
    const preambular = this.preambular.map(toPreambular);
    const operative = this.operative.map((record) => toOperative(record, this.headingParagraphs.has(record)));
    const regular =
      operative.length > 0 &&
      operative.every((paragraph, index) => paragraph.number === index + 1 && paragraph.verb !== undefined && paragraph.verbAtStart) &&
      preambular.every((paragraph) => paragraph.opening !== undefined && paragraph.openingAtStart);
    return {
      ...(this.symbol ? { symbol: this.symbol } : {}),
      ...(this.title ? { title: this.title } : {}),
      ...(this.adopted || this.date ? { date: this.adopted ?? this.date } : {}),
      ...(this.session !== undefined ? { session: this.session } : {}),
      parts: this.parts,
      statements: this.statements,
      preambular,
      operative,
      footnotes: this.footnotes.map((record) => ({ marker: record.marker, text: record.text })),
      citations: this.citations,
      regular,
    };
  }

  private metadata(tag: SaxesTagPlain): void {
    if (tag.name === 'statement' && !this.inside('attachments')) {
      this.parts++;
      this.statement = {};
    }
    if (tag.name === 'docNumber' && this.statement && this.statement.part === undefined && attribute(tag, 'refersTo') === '') this.statement.letter = [];
    if (tag.name === 'FRBRdate' && attribute(tag, 'name') === 'adoption') this.date ??= attribute(tag, 'date') || undefined;
    if (tag.name === 'docDate' && attribute(tag, 'refersTo') === '#adoptionDate' && !this.inside('attachments')) {
      this.adopted ??= attribute(tag, 'date') || undefined;
      if (this.statement) this.statement.date ??= attribute(tag, 'date') || undefined;
    }
    if (tag.name === 'session' && this.session === undefined) {
      const value = Number(attribute(tag, 'value'));
      if (Number.isInteger(value) && value > 0) this.session = value;
    }
    if (tag.name === 'docNumber' && attribute(tag, 'refersTo') === '#symbol' && this.symbol === undefined) this.symbolParts = [];
    if (tag.name === 'docTitle' && this.inside('preface') && this.title === undefined) this.titleParts = [];
  }

  private recordFor(tag: SaxesTagPlain): Record | undefined {
    if (tag.name === 'authorialNote') return this.add(this.footnotes, new Record('footnote', attribute(tag, 'marker')));
    if (this.inFootnote()) return undefined;
    if (tag.name === 'container' && this.parentName() === 'preamble') return this.add(this.preambular, new Record('preambular'));
    if (tag.name === 'crossHeading' && attribute(tag, 'eId').startsWith('preamble_') && this.inside('mainBody')) {
      return this.add(this.preambular, new Record('preambular'));
    }
    if (tag.name === 'paragraph' && this.inside('mainBody') && !this.records.some((record) => record.kind === 'operative')) {
      return this.add(this.operative, new Record('operative'));
    }
    if (tag.name === 'point') {
      const parent = this.records[this.records.length - 1];
      const point = new Record('point');
      parent?.children.push(point);
      return parent ? point : undefined;
    }
    return undefined;
  }

  private add(list: Record[], record: Record): Record {
    list.push(record);
    return record;
  }

  private closeStatement(): void {
    const { part, date } = this.statement ?? {};
    this.statement = undefined;
    this.statements.push({ ...(part ? { part } : {}), ...(date ? { date } : {}), preambularEnd: this.preambular.length, operativeEnd: this.operative.length });
  }

  private closeItalic(): void {
    const current = this.records[this.records.length - 1];
    if (!current?.italic) return;
    const opening = collapse(current.italic.join(''));
    current.italic = undefined;
    if (opening.length > 0) current.opening = opening;
  }

  private closeLink(): void {
    const link = this.link;
    this.link = undefined;
    const symbol = /\/(A\/RES\/[^?#"]+)$/.exec(link?.href ?? '')?.[1];
    if (!link || !symbol) return;
    const inFootnote = this.inFootnote();
    if (this.inside('attachments') && !inFootnote) return;
    const written = collapse(link.parts.join(''));
    const previous = this.citations[this.citations.length - 1];
    // The mark-up sometimes splits one symbol over adjacent links ("70/" "262"): one citation.
    if (previous && previous.symbol === decodeURIComponent(symbol) && this.sinceLink.trim() === '') {
      this.citations[this.citations.length - 1] = { ...previous, written: previous.written + written };
    } else {
      this.citations.push({ symbol: decodeURIComponent(symbol), written, inFootnote });
    }
    this.sinceLink = '';
  }

  private inFootnote(): boolean {
    return this.records.some((record) => record.kind === 'footnote');
  }

  private inside(name: string): boolean {
    return this.stack.some((tag) => tag.name === name);
  }

  private parentName(): string | undefined {
    return this.stack[this.stack.length - 2]?.name;
  }
}

function recordElement(record: Record): string {
  return record.kind === 'point' ? 'point' : record.kind === 'operative' ? 'paragraph' : '';
}

function attribute(tag: SaxesTagPlain, name: string): string {
  const value = tag.attributes[name];
  return typeof value === 'string' ? value : '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toPreambular(record: Record): AknPreambularParagraph {
  return {
    ...(record.opening ? { opening: record.opening } : {}),
    openingAtStart: record.openingAtStart,
    text: record.text,
    subparagraphs: record.children.map(toSubparagraph),
  };
}

function toOperative(record: Record, heading: boolean): AknOperativeParagraph {
  const number = /^\s*(\d{1,4})\.?\s*$/.exec(record.number)?.[1];
  return {
    ...(number ? { number: Number(number) } : {}),
    ...(record.opening ? { verb: record.opening } : {}),
    verbAtStart: record.openingAtStart,
    text: record.text,
    subparagraphs: record.children.map(toSubparagraph),
    heading,
  };
}

function toSubparagraph(record: Record): AknSubparagraph {
  return {
    label: record.number.replace(/[()\s.]/g, ''),
    text: record.text,
    children: record.children.map(toSubparagraph),
  };
}
