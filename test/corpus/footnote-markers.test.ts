// Footnote markers and texts on the 1,632 resolutions of ../shared/corpus/unga. The texts mark every
// footnote with `[n]`; a footnote cited again is a bare superscript in the XML (`<sup>1</sup>`), kept
// as a digit glued to the word in the text ("annual report,1"). So: a digit set off by spaces is never
// a marker there, glued digits should be the XML's superscripts, and footnote texts wrapped at 80
// columns (PDF text) should read as they do on one line. Figures are printed for CI.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import { wrapped } from './layouts';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');
const haveCorpus = existsSync(join(UNGA, 'index.jsonl'));
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;

describe('footnote markers and texts in the 1,632 resolutions', { skip: !haveCorpus && `the corpus is absent: ${UNGA}` }, () => {
  const texts: { symbol: string; text: string; xml: string; model: ResolutionDocument }[] = [];

  before(() => {
    const entries = readFileSync(join(UNGA, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as { symbol: string; xml: string; text: string });
    for (const entry of entries) {
      const text = readFileSync(join(UNGA, entry.text), 'utf8');
      texts.push({ symbol: entry.symbol, text, xml: readFileSync(join(UNGA, entry.xml), 'utf8'), model: parseResolution(text) });
    }
  });

  it('reads no digit set off by spaces as a marker ("of whom 3 were killed")', () => {
    const spaced = texts.flatMap(({ symbol, text, model }) =>
      model.footnoteMarkers.filter((m) => m.style === 'spaced').map((m) => `${symbol}: ${text.slice(m.span.start - 30, m.span.end + 10)}`),
    );
    console.log(`digits set off by spaces read as markers: ${spaced.length}`);
    assert.deepEqual(spaced, []);
  });

  it('reads glued digits where the XML has a superscript that cites a footnote again', () => {
    let superscripts = 0;
    let glued = 0;
    let matched = 0;
    for (const { xml, model } of texts) {
      const found = (xml.match(/<sup>\s*\d{1,3}\s*<\/sup>/g) ?? []).length;
      const ours = model.footnoteMarkers.filter((m) => m.style === 'glued').length;
      superscripts += found;
      glued += ours;
      matched += Math.min(found, ours);
    }
    console.log(`glued markers ${glued}; superscripts of the XML ${superscripts}; matched per text ${matched} (${percent(matched, superscripts)} of the superscripts, ${percent(glued - matched, glued)} of the glued markers beyond them)`);
    assert.ok(matched / superscripts >= 0.95, `superscripts found ${percent(matched, superscripts)}`);
    assert.ok((glued - matched) / glued <= 0.03, `glued beyond the superscripts ${percent(glued - matched, glued)}`);
  });

  it('reads footnote texts wrapped at 80 columns as written on one line', () => {
    let footnotes = 0;
    let same = 0;
    const cut: string[] = [];
    for (const { symbol, text, model } of texts) {
      const pasted = parseResolution(wrapped(text)).footnotes;
      for (const footnote of model.footnotes) {
        footnotes++;
        if (pasted.find((f) => f.marker === footnote.marker)?.text === footnote.text) same++;
        else if (cut.length < 10) cut.push(`${symbol} [${footnote.marker}]`);
      }
    }
    console.log(`footnote texts wrapped at 80 columns read as on one line: ${same}/${footnotes} (${percent(same, footnotes)}); first differences: ${cut.join(', ')}`);
    assert.ok(footnotes > 15000, `footnotes: ${footnotes}`);
    assert.ok(same / footnotes >= 0.999, `same ${percent(same, footnotes)}`);
  });
});
