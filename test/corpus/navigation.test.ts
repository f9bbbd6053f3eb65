// The lookups measured on the 1,632 adopted resolutions of ../shared/corpus/unga/text: every outline
// is one VS Code accepts, every folding range folds, every citation and footnote marker gets a hover,
// internal cross-references find their paragraph, and go to definition finds each resolution's title
// in its own file. Prints the figures.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { findTitle } from '../../server/src/service/lookup/corpusText';
import { definitionAt } from '../../server/src/service/lookup/definition';
import { foldingRanges } from '../../server/src/service/lookup/folding';
import { hoverAt } from '../../server/src/service/lookup/hover';
import { outline, type OutlineNode } from '../../server/src/service/lookup/outline';
import { crossReferenceTargets } from '../../server/src/service/lookup/targets';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');

interface Texts {
  readonly files: { readonly name: string; readonly text: string; readonly document: ResolutionDocument }[];
}

function load(): Texts {
  const folder = join(UNGA, 'text');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      return { name, text, document: parseResolution(text) };
    });
  return { files };
}

function malformed(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.name.trim() === '' ? [`empty name at ${node.span.start}`] : []),
    ...(node.selectionSpan.start < node.span.start || node.selectionSpan.end > node.span.end ? [`selection outside "${node.name}"`] : []),
    ...malformed(node.children),
  ]);
}

describe('lookups on the adopted resolutions', { skip: !existsSync(UNGA) && `the shared corpus is absent (${UNGA})` }, () => {
  const { files } = existsSync(UNGA) ? load() : { files: [] };

  it('outlines every text with non-empty names and selections inside their ranges, and folds only what spans lines', () => {
    const problems = files.flatMap(({ name, document }) => malformed(outline(document)).map((problem) => `${name}: ${problem}`));
    assert.deepEqual(problems, []);
    const badFolds = files.flatMap(({ name, document }) =>
      foldingRanges(document)
        .filter((range) => range.endLine <= range.startLine || range.endLine >= document.lines.lineCount)
        .map((range) => `${name}: ${range.startLine}-${range.endLine}`),
    );
    assert.deepEqual(badFolds, []);
    const symbols = files.reduce((sum, { document }) => sum + count(outline(document)), 0);
    console.log(`outline: ${symbols} symbols in ${files.length} texts, all well formed`);
  });

  it('answers a hover on every citation of a resolution or document and on every footnote marker', () => {
    let citations = 0;
    let markers = 0;
    const silent: string[] = [];
    for (const { name, document } of files) {
      for (const citation of document.citations.filter((candidate) => candidate.kind !== 'treaty')) {
        citations++;
        if (!hoverAt(document, citation.span.start)) silent.push(`${name}: ${citation.written}`);
      }
      for (const marker of document.footnoteMarkers) {
        markers++;
        if (!hoverAt(document, marker.span.start)) silent.push(`${name}: marker ${marker.marker}`);
      }
    }
    console.log(`hover: ${citations} citations and ${markers} footnote markers, ${silent.length} without a hover`);
    assert.deepEqual(silent, []);
  });

  it('leads every footnote marker to its footnote where the text has the footnote', () => {
    let withNote = 0;
    let led = 0;
    for (const { document } of files) {
      for (const marker of document.footnoteMarkers) {
        if (!document.footnotes.some((footnote) => footnote.marker === marker.marker)) continue;
        withNote++;
        if (definitionAt(document, marker.span.start).length === 1) led++;
      }
    }
    console.log(`definition: ${led} of ${withNote} markers with a footnote lead to it`);
    assert.equal(led, withNote);
  });

  it('finds the paragraph of nearly every "paragraph N above/below" and "of the present resolution"', () => {
    let internal = 0;
    let found = 0;
    const unresolved: string[] = [];
    for (const { name, text, document } of files) {
      for (const reference of document.crossReferences.filter((candidate) => candidate.kind === 'paragraph' && candidate.direction !== undefined)) {
        internal++;
        if (crossReferenceTargets(document, reference).length > 0) found++;
        else unresolved.push(`${name}: ${text.slice(reference.span.start, reference.span.end)}`);
      }
    }
    const share = found / Math.max(1, internal);
    console.log(`cross-references: ${found} of ${internal} internal paragraph references resolve (${(100 * share).toFixed(1)}%); unresolved: ${unresolved.slice(0, 12).join('; ')}`);
    assert.ok(share >= 0.95, `${(100 * share).toFixed(1)}% resolve`);
  });

  it("finds each resolution's title in its own text file", () => {
    const index = readFileSync(join(UNGA, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { symbol: string; title: string; text: string });
    const byFile = new Map(files.map((file) => [`text/${file.name}`, file.text]));
    const missed = index.filter((entry) => {
      const text = byFile.get(entry.text);
      return text === undefined || findTitle(text, entry) === undefined;
    });
    console.log(`titles: found in ${index.length - missed.length} of ${index.length} files; missed: ${missed.slice(0, 10).map((entry) => entry.symbol).join(', ')}`);
    assert.deepEqual(missed.map((entry) => entry.symbol), []);
  });
});

function count(nodes: readonly OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
}
