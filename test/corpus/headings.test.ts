// Section and part headings against the UN's own mark-up, in the 1,632 resolutions of
// ../shared/corpus/unga: the XML marks a heading as a `<section>`'s `<num>` and `<subheading>`, as a
// `<paragraph>` holding a `<num>` and a `<subheading>` or `<heading>`, or as a paragraph of bold text
// alone. Each heading of the resolution (up to its annexes) should be a heading of the model, with the
// same numeral and title, as written and in the layouts drafters paste. Figures are printed for CI.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { SaxesParser } from 'saxes';
import type { Heading, ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import { layouts } from './layouts';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');
const haveCorpus = existsSync(join(UNGA, 'index.jsonl'));

interface XmlHeading {
  /** "II", "A": the numeral or letter, when the XML gives one. */
  readonly label?: string;
  readonly title: string;
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').replace(/\*+/g, '').trim();
const numeral = /^([IVXL]{1,7}|[A-H])\.?$/;

interface Frame {
  readonly name: string;
  num: string;
  plain: string;
  bold: string;
  headed: boolean;
  capture?: string;
  buffer: string;
}

/** The headings of the resolution's body in the XML, in order, up to an "Annex" heading. */
function xmlHeadings(xml: string): XmlHeading[] {
  const parser = new SaxesParser();
  const found: XmlHeading[] = [];
  const frames: Frame[] = [];
  let body = 0;
  let attached = 0;
  let bold = 0;
  let note = 0;
  let stopped = false;
  let label: string | undefined;
  const heading = (text: string) => {
    if (/^Annex/.test(text)) stopped = true;
    if (stopped || text === '' || /^\(|[;,:.]$/.test(text)) return;
    const alone = numeral.exec(text);
    if (alone) {
      label = alone[1];
      return;
    }
    found.push({ ...(label ? { label } : {}), title: text.replace(/^(?:[IVXL]{1,7}|[A-H])\.\s+/, '') });
    label = undefined;
  };
  parser.on('opentag', (tag) => {
    if (tag.name === 'mainBody') body++;
    if (tag.name === 'attachments') attached++;
    if (tag.name === 'authorialNote') note++;
    if (tag.name === 'span' && /bold/.test(String(tag.attributes.class ?? ''))) bold++;
    if (!body || attached || stopped) return;
    if (['paragraph', 'section', 'subsection', 'hcontainer'].includes(tag.name)) frames.push({ name: tag.name, num: '', plain: '', bold: '', headed: false, buffer: '' });
    const frame = frames[frames.length - 1];
    if (frame && ['num', 'subheading', 'heading'].includes(tag.name)) {
      frame.capture = tag.name;
      frame.buffer = '';
    }
  });
  parser.on('text', (text) => {
    const frame = frames[frames.length - 1];
    if (!frame || note) return;
    if (frame.capture) frame.buffer += text;
    else if (bold) frame.bold += text;
    else frame.plain += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'mainBody') body--;
    if (tag.name === 'attachments') attached--;
    if (tag.name === 'authorialNote') note--;
    if (tag.name === 'span' && bold > 0) bold--;
    const frame = frames[frames.length - 1];
    if (!frame) return;
    if (frame.capture === tag.name) {
      frame.capture = undefined;
      const text = collapse(frame.buffer);
      if (tag.name !== 'num') {
        frame.headed = true;
        heading(text);
      } else {
        frame.num = text;
        label = numeral.exec(text)?.[1];
      }
      return;
    }
    if (tag.name !== frame.name) return;
    frames.pop();
    if (tag.name === 'paragraph' && !frame.headed && !/\d/.test(frame.num) && collapse(frame.plain) === '') heading(collapse(frame.bold));
  });
  parser.write(xml).close();
  return found;
}

interface Tally {
  numbered: number;
  numberedFound: number;
  titles: number;
  titlesFound: number;
  /** Titles of the XML that the model made a paragraph of. */
  asParagraphs: string[];
}

/** The model's headings of the resolution's body: not annexes, not the part letter above each formula. */
function bodyHeadings(model: ResolutionDocument): Heading[] {
  const partLetters = new Set(model.formulas.map((formula) => formula.part));
  const closing = model.closing?.span.start ?? Infinity;
  return model.headings.filter((h) => h.kind !== 'annex' && !(h.kind === 'part' && partLetters.has(h.label)) && h.span.start < closing);
}

function tally(into: Tally, truth: readonly XmlHeading[], model: ResolutionDocument): void {
  const headings = bodyHeadings(model);
  const used = new Set<string>();
  const paragraphs = new Set(model.paragraphs.map((p) => collapse(p.text)));
  for (const { label, title } of truth) {
    const text = collapse(title);
    if (label) {
      into.numbered++;
      const at = headings.findIndex((h, i) => !used.has(`${i} title`) && h.label === label && collapse(h.title ?? '') === text);
      if (at >= 0) {
        into.numberedFound++;
        used.add(`${at} title`);
      }
      continue;
    }
    into.titles++;
    const asTitle = headings.findIndex((h, i) => !used.has(`${i} title`) && collapse(h.title ?? '') === text);
    const asLabel = headings.findIndex((h, i) => !used.has(`${i} label`) && collapse(h.label) === text);
    if (asTitle >= 0) used.add(`${asTitle} title`);
    else if (asLabel >= 0) used.add(`${asLabel} label`);
    if (asTitle >= 0 || asLabel >= 0) into.titlesFound++;
    else if (paragraphs.has(text)) into.asParagraphs.push(text);
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;

describe('headings against the XML of the 1,632 resolutions', { skip: !haveCorpus && `the corpus is absent: ${UNGA}` }, () => {
  const texts: { truth: XmlHeading[]; text: string }[] = [];

  before(() => {
    const entries = readFileSync(join(UNGA, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as { xml: string; text: string });
    for (const entry of entries) {
      const truth = xmlHeadings(readFileSync(join(UNGA, entry.xml), 'utf8'));
      if (truth.length > 0) texts.push({ truth, text: readFileSync(join(UNGA, entry.text), 'utf8') });
    }
  });

  // What each layout reaches; the few misses left are the XML's own (a bold paragraph that is a
  // paragraph, a heading the XML leaves out) or, in PDF text, long titles wrapped without a numeral.
  const goals: Readonly<Record<string, { numbered: number; titles: number; asParagraphs: number }>> = {
    'as written': { numbered: 0.985, titles: 0.99, asParagraphs: 1 },
    'without italics': { numbered: 0.985, titles: 0.99, asParagraphs: 1 },
    'tab-indented': { numbered: 0.98, titles: 0.98, asParagraphs: 0 },
    'wrapped at 80 columns, numbers on their own lines': { numbered: 0.95, titles: 0.89, asParagraphs: 0 },
  };
  const variants: Readonly<Record<string, (text: string) => string>> = { 'as written': (text) => text, ...layouts };
  for (const [name, layout] of Object.entries(variants)) {
    it(`finds the numbered headings and the titles, ${name}`, () => {
      const found: Tally = { numbered: 0, numberedFound: 0, titles: 0, titlesFound: 0, asParagraphs: [] };
      for (const { truth, text } of texts) tally(found, truth, parseResolution(layout(text)));
      console.log(
        `headings, ${name}: numbered ${found.numberedFound}/${found.numbered} (${percent(found.numberedFound, found.numbered)}) with their title; ` +
          `titles without a numeral ${found.titlesFound}/${found.titles} (${percent(found.titlesFound, found.titles)}); read as paragraphs ${found.asParagraphs.length}`,
      );
      const goal = goals[name] ?? { numbered: 1, titles: 1, asParagraphs: 0 };
      assert.ok(texts.length > 150, `resolutions with headings: ${texts.length}`);
      assert.ok(found.numberedFound / found.numbered >= goal.numbered, `numbered ${percent(found.numberedFound, found.numbered)}`);
      assert.ok(found.titlesFound / found.titles >= goal.titles, `titles ${percent(found.titlesFound, found.titles)}`);
      assert.ok(found.asParagraphs.length <= goal.asParagraphs, found.asParagraphs.join('\n'));
    });
  }
});
