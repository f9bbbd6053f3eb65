// A property check for renumbering: random moves, insertions and deletions of operative paragraphs,
// the way a text changes in negotiation, each followed by renumbering; after every step each internal
// cross-reference must still point to the paragraphs (by their text) it pointed to before.

import assert from 'node:assert/strict';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';
import { moveParagraph } from '../../../server/src/service/format/moveParagraph';
import { renumberOperativeParagraphs } from '../../../server/src/service/format/renumber';
import { applyEdits } from '../../../server/src/service/text/edits';
import { seededRandom } from '../../support/seededRandom';

/** Agreed language of resolution 66/181 to insert: paragraphs that refer to nothing. */
const newParagraphs = [
  '*Encourages* Member States to support the United Nations Office on Drugs and Crime in continuing to provide targeted technical assistance, within its existing mandate;',
  '*Urges* Member States to strengthen bilateral, regional and international cooperation to enable the return of assets illicitly acquired from corruption;',
  '*Welcomes* the progress achieved by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime;',
  '*Invites* the Office to explore, within its mandate, ways and means of addressing the emerging policy issues;',
];

interface TrackedReference {
  /** The referring paragraph and the place of the reference among its numbered references. */
  readonly holder: string;
  readonly order: number;
  readonly targets: ReadonlySet<string>;
}

export interface ShuffleReport {
  readonly steps: number;
  /** References checked after a step, summed over the steps. */
  readonly checks: number;
  readonly operations: Readonly<Record<string, number>>;
}

/** Runs `steps` random operations on `text` and checks every reference after each; returns what it did. */
export function shuffleAndCheck(text: string, seed: number, steps: number): ShuffleReport {
  const random = seededRandom(seed);
  const operations: Record<string, number> = {};
  let current = text;
  let checks = 0;
  for (let step = 0; step < steps; step++) {
    const document = parseResolution(current);
    const before = trackedReferences(document);
    const { name, text: changed, deleted } = operate(document, random, step);
    operations[name] = (operations[name] ?? 0) + 1;
    current = changed;
    const after = parseResolution(current);
    assertSequential(after, `step ${step} (${name})`);
    checks += assertReferencesKept(before, after, deleted, `seed ${seed}, step ${step} (${name})`);
  }
  return { steps, checks, operations };
}

interface Operation {
  readonly name: string;
  readonly text: string;
  readonly deleted: ReadonlySet<string>;
}

function operate(document: ResolutionDocument, random: () => number, step: number): Operation {
  const none = new Set<string>();
  const operative = document.operative;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const paragraph = pick(operative);
  const choice = random();
  if (choice < 0.3) {
    const direction = random() < 0.5 ? 'up' : 'down';
    const result = moveParagraph(document, paragraph.span.start, direction);
    if ('error' in result) return { name: 'move refused', text: document.text, deleted: none };
    return { name: `move ${direction}`, text: applyEdits(document.text, result.edits), deleted: none };
  }
  if (choice < 0.5) return renumbered('cut and paste', cutAndPaste(document, paragraph, pick(operative)), none);
  if (choice < 0.65) return renumbered('insert after Enter', insertBefore(document, paragraph, `${paragraph.number ?? 1}. `, step), none);
  if (choice < 0.8) return renumbered('insert unnumbered', insertBefore(document, paragraph, '', step), none);
  const referred = referredKeys(document);
  const free = operative.filter((p) => !referred.has(keyOf(document, p)));
  if (free.length < 2) return { name: 'delete refused', text: document.text, deleted: none };
  const victim = pick(free);
  return renumbered('delete', cut(document, victim).text, new Set([keyOf(document, victim)]));
}

function renumbered(name: string, text: string, deleted: ReadonlySet<string>): Operation {
  return { name, text: applyEdits(text, renumberOperativeParagraphs(parseResolution(text))), deleted };
}

type Paragraph = ResolutionDocument['operative'][number];

/** The text without the paragraph (and the blank line that followed it), and the paragraph's own text. */
function cut(document: ResolutionDocument, paragraph: Paragraph): { text: string; block: string } {
  const { text } = document;
  const block = text.slice(paragraph.span.start, paragraph.span.end);
  const following = [...document.paragraphs.map((p) => p.span.start), ...document.headings.map((h) => h.span.start)].filter((start) => start > paragraph.span.start);
  const next = Math.min(...following, document.closing?.span.start ?? Infinity);
  if (next !== Infinity && document.operative.some((p) => p.span.start === next)) return { text: text.slice(0, paragraph.span.start) + text.slice(next), block };
  const preceding = [...document.paragraphs.map((p) => p.span.end), ...document.headings.map((h) => h.span.end)].filter((end) => end < paragraph.span.start);
  const from = Math.max(paragraph.span.start - 2, ...preceding);
  return { text: text.slice(0, from) + text.slice(paragraph.span.end), block };
}

function cutAndPaste(document: ResolutionDocument, paragraph: Paragraph, target: Paragraph): string {
  if (target === paragraph) return document.text;
  const { text, block } = cut(document, paragraph);
  const anchor = parseResolution(text).operative.find((p) => text.slice(p.span.start, p.span.end) === document.text.slice(target.span.start, target.span.end));
  if (!anchor) return document.text;
  return `${text.slice(0, anchor.span.start)}${block}\n\n${text.slice(anchor.span.start)}`;
}

function insertBefore(document: ResolutionDocument, paragraph: Paragraph, number: string, step: number): string {
  const { text } = document;
  const added = newParagraphs[step % newParagraphs.length] ?? '';
  return `${text.slice(0, paragraph.span.start)}${number}${added}\n\n${text.slice(paragraph.span.start)}`;
}

/** A paragraph's identity: its text without numbers, references, italics, markers or final punctuation. */
function keyOf(document: ResolutionDocument, paragraph: { span: { start: number; end: number } }): string {
  let text = '';
  let cursor = paragraph.span.start;
  for (const reference of document.crossReferences) {
    if (reference.span.start < paragraph.span.start || reference.span.end > paragraph.span.end) continue;
    text += document.text.slice(cursor, reference.span.start);
    cursor = reference.span.end;
  }
  text += document.text.slice(cursor, paragraph.span.end);
  return text.replace(/\d+|[*[\]]/g, '').replace(/[;.:,\s]+$/, '').replace(/\s+/g, ' ').trim();
}

function numbered(document: ResolutionDocument): Map<number, Paragraph> {
  return new Map(document.operative.flatMap((p) => (p.number === undefined ? [] : [[p.number, p] as const])));
}

function trackedReferences(document: ResolutionDocument): TrackedReference[] {
  const byNumber = numbered(document);
  const tracked: TrackedReference[] = [];
  for (const paragraph of document.paragraphs) {
    const references = document.crossReferences.filter(
      (r) => r.internal && r.numberSpans.length > 0 && r.span.start >= paragraph.span.start && r.span.end <= paragraph.span.end,
    );
    references.forEach((reference, order) => {
      const targets = reference.targets.map((value) => byNumber.get(value));
      if (targets.some((target) => target === undefined)) return;
      tracked.push({ holder: keyOf(document, paragraph), order, targets: new Set(targets.map((target) => keyOf(document, target as Paragraph))) });
    });
  }
  return tracked;
}

function referredKeys(document: ResolutionDocument): Set<string> {
  return new Set(trackedReferences(document).flatMap((reference) => [...reference.targets]));
}

function assertSequential(document: ResolutionDocument, where: string): void {
  assert.deepEqual(
    document.operative.map((p) => p.number),
    document.operative.map((_, index) => index + 1),
    `${where}: the operative paragraphs are not numbered 1 to n`,
  );
}

function assertReferencesKept(before: readonly TrackedReference[], after: ResolutionDocument, deleted: ReadonlySet<string>, where: string): number {
  const now = trackedReferences(after);
  let checked = 0;
  for (const reference of before) {
    if (deleted.has(reference.holder)) continue;
    const found = now.find((candidate) => candidate.holder === reference.holder && candidate.order === reference.order);
    assert.ok(found, `${where}: the reference ${reference.order} of "${reference.holder.slice(0, 60)}..." no longer resolves`);
    assert.deepEqual([...found.targets].sort(), [...reference.targets].sort(), `${where}: a reference of "${reference.holder.slice(0, 60)}..." moved to other paragraphs`);
    checked++;
  }
  return checked;
}
