// Quick fixes and Format Document edit one paragraph at a time and expect the rest of the text to keep
// its structure. A property of the parser, checked edit by edit on the five seeds (each in its own
// layout) and on a sample of the 1,632 corpus resolutions, as written and in the pasted layouts: adding
// or removing the italics markers around any one opening, or changing one word inside a paragraph,
// leaves the number of paragraphs, their kinds and numbers, the other paragraphs' openings and the
// headings unchanged.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import { layouts } from './layouts';

const SEEDS = resolve(__dirname, '../../corpus');
const TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const haveCorpus = existsSync(TEXT);
/** Every 40th resolution of the corpus, in file-name order: 41 texts of every session and kind. */
const SAMPLE_STEP = 40;

interface Edit {
  readonly what: string;
  /** The paragraph edited: its opening may change, nothing else may. */
  readonly paragraph: number;
  readonly text: string;
}

interface Shape {
  readonly paragraphs: readonly { kind: string; number?: number; opening?: string }[];
  readonly headings: readonly string[];
}

function shapeOf(model: ResolutionDocument): Shape {
  return {
    paragraphs: model.paragraphs.map((p) => ({ kind: p.kind, ...(p.kind === 'operative' && p.number !== undefined ? { number: p.number } : {}), ...(p.opening ? { opening: p.opening.text } : {}) })),
    headings: model.headings.map((heading) => `${heading.kind} ${heading.label}`),
  };
}

/** What differs between the shapes, the edited paragraph's opening aside; undefined when nothing does. */
function difference(before: Shape, after: Shape, edited: number): string | undefined {
  if (before.paragraphs.length !== after.paragraphs.length) return `${before.paragraphs.length} paragraphs became ${after.paragraphs.length}`;
  if (before.headings.join('|') !== after.headings.join('|')) return `headings ${before.headings.join(', ')} became ${after.headings.join(', ')}`;
  for (const [index, was] of before.paragraphs.entries()) {
    const now = after.paragraphs[index];
    const opening = index === edited || was.opening === now?.opening;
    if (now && was.kind === now.kind && was.number === now.number && opening) continue;
    return `paragraph ${index + 1} was ${JSON.stringify(was)}, became ${JSON.stringify(now)}`;
  }
  return undefined;
}

function replace(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** `*Recalling*` loses its markers; `Recalling` gains them. */
function italicsEdits(text: string, model: ResolutionDocument): Edit[] {
  return model.paragraphs.flatMap((paragraph, index) => {
    const opening = paragraph.opening;
    if (!opening) return [];
    const { span, markedSpan } = opening;
    const inner = text.slice(span.start, span.end);
    return opening.italic
      ? [{ what: `remove the italics of “${opening.text}”`, paragraph: index, text: replace(text, markedSpan.start, markedSpan.end, inner) }]
      : [{ what: `italicize “${opening.text}”`, paragraph: index, text: replace(text, span.start, span.end, `*${inner}*`) }];
  });
}

/** A word of the paragraph's own text, half-way through it, replaced by another. */
function wordEdits(text: string, model: ResolutionDocument): Edit[] {
  return model.paragraphs.flatMap((paragraph, index) => {
    const from = paragraph.opening?.markedSpan.end ?? paragraph.bodySpan.start;
    const middle = from + Math.floor((paragraph.span.end - from) / 2);
    const word = / ([a-z]{4,}) /.exec(text.slice(middle, paragraph.span.end));
    if (!word?.[1]) return [];
    const start = middle + word.index + 1;
    const by = word[1] === 'matter' ? 'issue' : 'matter';
    return [{ what: `change “${word[1]}” to “${by}”`, paragraph: index, text: replace(text, start, start + word[1].length, by) }];
  });
}

/** The edits that changed more than the paragraph edited, described. */
function unstableEdits(text: string): { edits: number; unstable: string[] } {
  const model = parseResolution(text);
  const before = shapeOf(model);
  const edits = [...italicsEdits(text, model), ...wordEdits(text, model)];
  const unstable = edits.flatMap((edit) => {
    const found = difference(before, shapeOf(parseResolution(edit.text)), edit.paragraph);
    return found ? [`${edit.what}: ${found}`] : [];
  });
  return { edits: edits.length, unstable };
}

describe('the structure stays put when one paragraph is edited', () => {
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as { documents: { file: string; symbol: string }[] };

  for (const seed of manifest.documents) {
    it(`${seed.symbol}: toggling the italics of any opening or changing a word`, () => {
      const { edits, unstable } = unstableEdits(readFileSync(join(SEEDS, seed.file), 'utf8'));
      assert.ok(edits > 40, `edits tried: ${edits}`);
      assert.deepEqual(unstable, []);
    });
  }

  it('A/RES/66/181: italicizing its first preambular opening leaves the page breaks read as before', () => {
    const text = readFileSync(join(SEEDS, 'A_RES_66_181.txt'), 'utf8');
    const edited = text.replace('Reaffirming its resolutions 46/152', '*Reaffirming* its resolutions 46/152');
    const [before, after] = [parseResolution(text), parseResolution(edited)];
    const afterBreak = (model: ResolutionDocument) => model.paragraphs.find((p) => p.text.startsWith('Recalling the adoption of its resolution 65/229'));
    assert.equal(after.paragraphs.length, 59);
    assert.equal(afterBreak(after)?.opening?.text, 'Recalling');
    assert.equal(afterBreak(after)?.index, afterBreak(before)?.index);
    assert.deepEqual(after.headings, before.headings);
  });

  const variants: Readonly<Record<string, (text: string) => string>> = { 'as written': (text) => text, ...layouts };
  for (const [name, layout] of Object.entries(variants)) {
    it(`a sample of the corpus, ${name}`, { skip: !haveCorpus && `the corpus is absent: ${TEXT}` }, () => {
      const files = readdirSync(TEXT).filter((file) => file.endsWith('.txt')).sort().filter((_, i) => i % SAMPLE_STEP === 0);
      let edits = 0;
      const unstable: string[] = [];
      for (const file of files) {
        const found = unstableEdits(layout(readFileSync(join(TEXT, file), 'utf8')));
        edits += found.edits;
        unstable.push(...found.unstable.map((problem) => `${file}: ${problem}`));
      }
      console.log(`stability, ${name}: ${files.length} resolutions, ${edits} edits, ${unstable.length} changed another paragraph`);
      assert.ok(edits > 2000, `edits tried: ${edits}`);
      assert.deepEqual(unstable, []);
    });
  }
});
