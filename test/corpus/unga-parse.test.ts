// The parser against the UN's own mark-up: the 1,632 resolutions of sessions 74–78 in
// ../shared/corpus/unga, each as plain text (what the parser reads) and as AKN4UN XML (the truth, read
// with corpus/akn.ts). On the regular texts (operative paragraphs numbered 1 to n with italic verbs,
// preambular paragraphs with italic openings) paragraph counts and openings must match the XML; they
// must also survive the layouts drafters paste: no italics, wrapped at 80 columns with numbers on lines
// of their own, tab-indented. The other texts (declarations, annexes, budget tables) are measured and
// described. Figures are printed for CI.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { type AknResolution, readAkn } from '../../server/src/service/corpus/akn';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import { layouts } from './layouts';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');
const haveCorpus = existsSync(join(UNGA, 'index.jsonl'));
if (!haveCorpus) console.log(`skipped: the corpus measurements need ${UNGA}`);

interface Entry {
  readonly symbol: string;
  readonly xml: string;
  readonly text: string;
}

interface Pair {
  readonly entry: Entry;
  readonly truth: AknResolution;
  readonly text: string;
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)}%`);
const collapse = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function countsMatch(model: ResolutionDocument, truth: AknResolution): boolean {
  return model.preambular.length === truth.preambular.length && model.operative.length === truth.operative.length;
}

/** Openings equal to the XML's italic spans, paragraph by paragraph (none when the counts differ). */
function openingsMatched(model: ResolutionDocument, truth: AknResolution): number {
  if (!countsMatch(model, truth)) return 0;
  const preambular = model.preambular.filter((p, i) => collapse(p.opening?.text) === collapse(truth.preambular[i]?.opening)).length;
  const operative = model.operative.filter((p, i) => collapse(p.opening?.text) === collapse(truth.operative[i]?.verb)).length;
  return preambular + operative;
}

describe('parsing the 1,632 resolutions of sessions 74–78', { skip: !haveCorpus }, () => {
  const pairs: Pair[] = [];
  const models = new Map<Pair, ResolutionDocument>();

  /**
   * Declarations by the XML: a paragraph of the resolution itself (not of an annex) that opens in the
   * first person ("We, Heads of State ...", "We reaffirm ..."); the model's `isDeclaration` against it.
   */
  function declarations(modelOf: (pair: Pair) => ResolutionDocument): { found: number; missed: string[]; wrong: string[] } {
    const firstPerson = /^We(?:,| the\b| [a-z])/;
    let found = 0;
    const missed: string[] = [];
    const wrong: string[] = [];
    for (const pair of pairs) {
      const truth = [...pair.truth.preambular, ...pair.truth.operative].some((paragraph) => firstPerson.test(paragraph.text));
      const recognized = modelOf(pair).isDeclaration;
      if (truth && recognized) found++;
      else if (truth) missed.push(pair.entry.symbol);
      else if (recognized) wrong.push(pair.entry.symbol);
    }
    return { found, missed, wrong };
  }

  before(() => {
    const entries = readFileSync(join(UNGA, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as Entry);
    for (const entry of entries) {
      const truth = readAkn(readFileSync(join(UNGA, entry.xml), 'utf8'));
      assert.ok(truth.ok, `${entry.xml}: ${truth.ok ? '' : truth.error}`);
      const pair = { entry, truth: truth.resolution, text: readFileSync(join(UNGA, entry.text), 'utf8') };
      pairs.push(pair);
      models.set(pair, parseResolution(pair.text));
    }
    console.log(`${pairs.length} resolutions; regular by the XML: ${pairs.filter((p) => p.truth.regular).length}`);
  });

  it('finds exactly the paragraphs and openings of the regular resolutions', () => {
    const regular = pairs.filter((pair) => pair.truth.regular);
    let exact = 0;
    let paragraphs = 0;
    let openings = 0;
    const misses: string[] = [];
    for (const pair of regular) {
      const model = models.get(pair) as ResolutionDocument;
      if (countsMatch(model, pair.truth)) exact++;
      else misses.push(pair.entry.symbol);
      paragraphs += pair.truth.preambular.length + pair.truth.operative.length;
      openings += openingsMatched(model, pair.truth);
    }
    console.log(`regular, as written: exact paragraph counts ${exact}/${regular.length} (${percent(exact, regular.length)}); openings equal to the XML ${openings}/${paragraphs} (${percent(openings, paragraphs)})`);
    if (misses.length > 0) console.log(`  counts differ: ${misses.slice(0, 20).join(', ')}`);
    assert.ok(regular.length > 1200, 'the corpus holds the regular resolutions');
    assert.ok(exact / regular.length >= 0.995, `exact counts ${percent(exact, regular.length)}`);
    assert.ok(openings / paragraphs >= 0.995, `openings ${percent(openings, paragraphs)}`);
  });

  it('recognizes the declarations that speak in the first person in the XML, and no other text', () => {
    const { found, missed, wrong } = declarations((pair) => models.get(pair) as ResolutionDocument);
    console.log(`declarations, as written: ${found} recognized, ${missed.length} missed, ${wrong.length} texts wrongly taken for one`);
    assert.ok(found >= 6, `declarations recognized: ${found}`);
    assert.deepEqual([missed, wrong], [[], []]);
  });

  for (const [name, layout] of Object.entries(layouts)) {
    it(`keeps the counts of the regular resolutions ${name}, and the declarations`, () => {
      let exact = 0;
      let paragraphs = 0;
      let openings = 0;
      const laidOut = new Map(pairs.map((pair) => [pair, parseResolution(layout(pair.text))]));
      const regular = pairs.filter((pair) => pair.truth.regular);
      for (const pair of regular) {
        const model = laidOut.get(pair) as ResolutionDocument;
        if (countsMatch(model, pair.truth)) exact++;
        paragraphs += pair.truth.preambular.length + pair.truth.operative.length;
        openings += openingsMatched(model, pair.truth);
      }
      const { found, missed, wrong } = declarations((pair) => laidOut.get(pair) as ResolutionDocument);
      console.log(`regular, ${name}: exact counts ${exact}/${regular.length} (${percent(exact, regular.length)}); openings equal ${percent(openings, paragraphs)}; declarations ${found} recognized, ${missed.length} missed, ${wrong.length} wrongly`);
      assert.ok(exact / regular.length >= 0.95, `exact counts ${percent(exact, regular.length)}`);
      assert.deepEqual([missed, wrong], [[], []]);
    });
  }

  it('ends opening phrases without italics where the italics of every resolution end', () => {
    type Outcome = 'exact' | 'too long' | 'too short' | 'none' | 'other';
    const outcome = (found: string | undefined, italic: string): Outcome => {
      if (found === undefined) return 'none';
      if (found === italic) return 'exact';
      if (found.startsWith(`${italic} `)) return 'too long';
      return italic.startsWith(`${found} `) ? 'too short' : 'other';
    };
    const table = { preambular: new Map<Outcome, number>(), operative: new Map<Outcome, number>() };
    for (const pair of pairs) {
      const marked = models.get(pair) as ResolutionDocument;
      const plain = parseResolution(pair.text.replace(/\*/g, ''));
      if (marked.preambular.length !== plain.preambular.length || marked.operative.length !== plain.operative.length) continue;
      marked.paragraphs.forEach((paragraph, i) => {
        if (!paragraph.opening?.italic) return;
        const counts = table[paragraph.kind];
        const result = outcome(plain.paragraphs[i]?.opening?.text, collapse(paragraph.opening.text));
        counts.set(result, (counts.get(result) ?? 0) + 1);
      });
    }
    for (const [kind, counts] of Object.entries(table)) {
      const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
      const cells = (['exact', 'too long', 'too short', 'none', 'other'] as const).map((key) => `${key} ${counts.get(key) ?? 0}`);
      console.log(`${kind} openings without italics against the italics: ${cells.join(', ')} (exact ${percent(counts.get('exact') ?? 0, total)})`);
      assert.ok(total > 27000, `${kind} openings measured: ${total}`);
      assert.ok((counts.get('exact') ?? 0) / total >= 0.995, `${kind} exact ${percent(counts.get('exact') ?? 0, total)}`);
    }
  });

  it('gives spans that cover what they say, in every resolution', () => {
    const problems: string[] = [];
    const check = (pair: Pair, ok: boolean, what: string) => {
      if (!ok && problems.length < 10) problems.push(`${pair.entry.symbol}: ${what}`);
    };
    for (const pair of pairs) {
      const model = models.get(pair) as ResolutionDocument;
      const at = (span: { start: number; end: number }) => pair.text.slice(span.start, span.end);
      for (const paragraph of model.paragraphs) {
        const { span, bodySpan, opening } = paragraph;
        check(pair, span.start <= bodySpan.start && bodySpan.end === span.end && span.end <= pair.text.length, 'paragraph span');
        check(pair, paragraph.fragments.every((f, i, all) => f.start >= span.start && f.end <= span.end && (i === 0 || f.start >= (all[i - 1]?.end ?? 0))), 'fragments');
        if (opening) check(pair, collapse(at(opening.span)) === opening.text && opening.span.start >= bodySpan.start, `opening ${opening.text}`);
        // "l." typed for "1." (A/RES/76/256) is read as 1.
        if (paragraph.kind === 'operative' && paragraph.numberSpan) check(pair, at(paragraph.numberSpan).replace(/^l$/, '1') === String(paragraph.number), 'number');
        check(pair, paragraph.subparagraphs.every((sub) => sub.span.start >= span.start && sub.span.end <= span.end && at(sub.labelSpan) === `(${sub.label})`), 'sub-paragraphs');
        check(pair, paragraph.footnoteMarkers.every((m) => m.span.start >= span.start && m.span.end <= span.end), 'markers');
      }
      check(pair, model.citations.every((c) => at(c.span) === c.written), 'citations');
      check(pair, model.footnotes.every((f) => at(f.markerSpan).includes(f.marker) || f.markerSpan.end - f.markerSpan.start <= 3), 'footnote markers');
    }
    assert.deepEqual(problems, []);
  });

  it('measures the other resolutions (declarations, annexes, headings, budget tables)', () => {
    const others = pairs.filter((pair) => !pair.truth.regular);
    let preambular = 0;
    let numbering = 0;
    let operative = 0;
    let declarations = 0;
    let annexed = 0;
    // The XML leaves out a number the text writes with a slip ("3 *Calls upon*" in 75/68, "6.\u200e" in
    // 74/258 and 75/248, "232 ." in 77/248, "l." in 76/256, "18 *Appropriates*" in 77/263): the parser reads it.
    const renumbered: string[] = [];
    for (const pair of others) {
      const model = models.get(pair) as ResolutionDocument;
      if (model.preambular.length === pair.truth.preambular.length) preambular++;
      if (model.operative.length === pair.truth.operative.length) operative++;
      const numbers = (list: readonly { number?: number }[]) => list.flatMap((p) => (p.number === undefined ? [] : [p.number])).join(',');
      if (numbers(model.operative) === numbers(pair.truth.operative)) numbering++;
      else renumbered.push(pair.entry.symbol);
      if (model.isDeclaration) declarations++;
      if (model.annexes.length > 0) annexed++;
    }
    console.log(
      `other resolutions: ${others.length}; preambular count as in the XML ${percent(preambular, others.length)}; ` +
        `numbered operative paragraphs as in the XML ${percent(numbering, others.length)}; all operative paragraphs (numbered or not) ${percent(operative, others.length)}; ` +
        `declarations recognized ${declarations}; with annex text kept out of the paragraphs ${annexed}`,
    );
    console.log(`  numbered otherwise than in the XML: ${renumbered.join(', ')}`);
    assert.ok(numbering / others.length >= 0.9, `numbered operative paragraphs ${percent(numbering, others.length)}`);
  });

  it('finds the footnote texts and the citations of General Assembly resolutions that the XML marks', () => {
    let footnotes = 0;
    let linked = 0;
    let found = 0;
    let citations = 0;
    // The XML writes "A/RES/2205 (XXI)", "A/RES/1874 (s-iv)", "A/RES/57/283b", "A/RES/54/237a-c" and
    // "A/RES/217A(III)"; the parser "A/RES/2205(XXI)", "A/RES/1874(S-IV)", "A/RES/57/283 B", "A/RES/54/237"
    // (a range of parts) and "A/RES/217(III) A". Compared without parts, spaces or case.
    const key = (symbol: string) =>
      symbol
        .toUpperCase()
        .replace(/\s+/g, '')
        .replace(/[\u2010\u2011]/g, '-')
        .replace(/(\d|\))[A-Z]{1,2}(?:-[A-Z]{1,2})?$/, '$1')
        .replace(/(\d)[A-Z](?=\()/, '$1');
    for (const pair of pairs) {
      const model = models.get(pair) as ResolutionDocument;
      if (model.footnotes.length === pair.truth.footnotes.length) footnotes++;
      const ours = model.citations.filter((c) => c.kind === 'ga-resolution').map((c) => key(c.symbol));
      citations += ours.length;
      for (const citation of pair.truth.citations) {
        linked++;
        const index = ours.indexOf(key(citation.symbol));
        if (index < 0) continue;
        found++;
        ours.splice(index, 1);
      }
    }
    console.log(
      `footnote texts: same number as the XML in ${footnotes}/${pairs.length} (${percent(footnotes, pairs.length)}); ` +
        `GA resolution links of the XML found as citations ${found}/${linked} (${percent(found, linked)}); ` +
        `GA resolution citations without a link in the XML ${citations - found}/${citations}`,
    );
    assert.ok(footnotes / pairs.length >= 0.995, `footnotes ${percent(footnotes, pairs.length)}`);
    assert.ok(found / linked >= 0.995, `citations ${percent(found, linked)}`);
  });
});
