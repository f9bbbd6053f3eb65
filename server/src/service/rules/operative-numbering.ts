// Operative paragraphs are numbered 1, 2, 3 ... without gap or repetition, from 1 in each part and,
// where a text restarts its numbering for a section (32 budget texts of 1,614 parts: after a heading,
// or after the section's own preamble), from 1 there. A section of a single operative paragraph leaves
// it unnumbered, as a resolution of one operative paragraph does. Only the paragraph where the
// sequence breaks is flagged; the fix renumbers the text and its internal cross-references.

import type { Fix } from '../findings';
import type { OperativeParagraph, Paragraph, ResolutionDocument } from '../model';
import { renumberOperativeParagraphs } from '../format/renumber';
import { sequentialNumbers } from '../format/numbering';
import { openingLexiconFor, type OpeningLexicon } from '../lexicon/knownOpenings';
import { looksLikeHeading, sameRun } from './helpers/sequence';
import type { Rule, RuleFinding } from './rule';

/**
 * The renumbering looks up the paragraph of every cross-reference among all the operative paragraphs:
 * beyond this many references times paragraphs (sixty times the most of any adopted resolution,
 * A/RES/77/118) it would hold up the checks for seconds, and it is not offered.
 */
const MOST_RENUMBERING_LOOKUPS = 1_000_000;

export const operativeNumbering: Rule = {
  code: 'operative-numbering',
  defaultSeverity: 'error',
  description: 'Operative paragraphs are numbered 1, 2, 3 … with no gap or repetition (restarting in each part, or where a section restarts).',
  check(document, context) {
    const runs = numberingRuns(document, openingLexiconFor(context.corpus));
    const findings = runs.flatMap((run) => breaks(run));
    if (findings.length === 0) return [];
    const fix = renumberFix(document, runs);
    return fix ? findings.map((finding) => ({ ...finding, fixes: [fix] })) : findings;
  },
};

/**
 * The runs of consecutive numbering. Groups of operative paragraphs are split by parts, headings and
 * preambular paragraphs; a group joins the run before it unless it starts again at 1. A group of one
 * unnumbered paragraph needs no number and belongs to no run.
 */
function numberingRuns(document: ResolutionDocument, lexicon: OpeningLexicon): OperativeParagraph[][] {
  const runs: OperativeParagraph[][] = [];
  for (const group of operativeGroups(document, lexicon)) {
    const first = group[0];
    if (!first || (group.length === 1 && first.number === undefined)) continue;
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && previous.part === first.part && first.number !== 1) run.push(...group);
    else runs.push([...group]);
  }
  return runs;
}

function operativeGroups(document: ResolutionDocument, lexicon: OpeningLexicon): OperativeParagraph[][] {
  const groups: OperativeParagraph[][] = [];
  let previous: Paragraph | undefined;
  document.paragraphs.forEach((paragraph, position) => {
    if (looksLikeHeading(paragraph)) return;
    const numbered = paragraph.kind === 'operative' && needsNumber(paragraph, document.paragraphs[position + 1], lexicon);
    const group = groups[groups.length - 1];
    if (numbered && group && previous && sameRun(document, previous, paragraph)) group.push(paragraph);
    else if (numbered) groups.push([paragraph]);
    previous = numbered ? paragraph : undefined;
  });
  return groups;
}

/**
 * Numbered paragraphs keep their place. An unnumbered one needs a number when it opens with an
 * operative verb, unless it introduces a list numbered from 1 ("*Resolves* that:" in budget texts)
 * or is a row or note of a table ("*Abbreviations*:").
 */
function needsNumber(paragraph: OperativeParagraph, next: Paragraph | undefined, lexicon: OpeningLexicon): boolean {
  if (paragraph.number !== undefined) return true;
  if (next?.kind === 'operative' && next.number === 1) return false;
  return paragraph.opening !== undefined && lexicon.isHead('operative', paragraph.opening.head);
}

/** The paragraphs where the sequence breaks: each number follows the one before it; `position` says what renumbering makes of it. */
function breaks(run: readonly OperativeParagraph[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Set<number>();
  let previous = 0;
  run.forEach((paragraph, index) => {
    const position = index + 1;
    const finding = paragraph.number === undefined ? unnumbered(paragraph, position) : misnumbered(paragraph, paragraph.number, previous, position, seen);
    if (finding) findings.push(finding);
    previous = paragraph.number ?? previous + 1;
    seen.add(previous);
  });
  return findings;
}

function unnumbered(paragraph: OperativeParagraph, position: number): RuleFinding {
  return { span: paragraph.opening?.markedSpan ?? paragraph.bodySpan, message: `This operative paragraph has no number: number it ${position}.` };
}

function misnumbered(paragraph: OperativeParagraph, number: number, previous: number, position: number, seen: ReadonlySet<number>): RuleFinding | undefined {
  if (number === previous + 1) return undefined;
  const span = paragraph.numberSpan ?? paragraph.bodySpan;
  if (seen.has(number)) return { span, message: `Paragraph ${number} is numbered twice: renumber the operative paragraphs (this one is ${position}).` };
  const after = previous === 0 ? 'the operative part starts at 1' : `it follows paragraph ${previous}`;
  return { span, message: `Paragraph ${number} is out of sequence (${after}): renumber the operative paragraphs.` };
}

/** The renumbering, offered only where it numbers the paragraphs as the runs above do (it never touches a restart it does not see). */
function renumberFix(document: ResolutionDocument, runs: readonly OperativeParagraph[][]): Fix | undefined {
  if (document.crossReferences.length * document.operative.length > MOST_RENUMBERING_LOOKUPS) return undefined;
  const planned = sequentialNumbers(document);
  const agrees = runs.every((run) => run.every((paragraph, index) => planned.get(paragraph.index) === index + 1));
  const edits = agrees ? renumberOperativeParagraphs(document) : [];
  return edits.length > 0 ? { title: 'Renumber the operative paragraphs (and the references to them)', edits, preferred: true } : undefined;
}
