// Shared by the rule tests: corpus facts from the five built-in seed resolutions (through the real
// corpus code), a rule context, and helpers to run one rule and apply a fix.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Corpus } from '../../server/src/service/corpus/corpus';
import { corpusResolutionsFromModel } from '../../server/src/service/corpus/fromModel';
import type { Fix } from '../../server/src/service/findings';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import type { Rule, RuleContext, RuleFinding } from '../../server/src/service/rules/rule';
import { applyEdits } from '../../server/src/service/text/edits';

export const SEEDS = resolve(import.meta.dirname, '../../corpus');
export const EXAMPLE_DRAFT = resolve(import.meta.dirname, '../../examples/draft-resolution.unres');

let seeds: Corpus | undefined;

/** The built-in corpus, as the server has it before any user corpus is indexed. */
export function seedCorpus(): Corpus {
  seeds ??= Corpus.fromResolutions(
    readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => corpusResolutionsFromModel(parseResolution(readFileSync(join(SEEDS, name), 'utf8')), { path: join(SEEDS, name), sourceKind: 'builtin' })),
  );
  return seeds;
}

export function seedContext(): RuleContext {
  return { corpus: seedCorpus(), options: { quotes: 'typographic' } };
}

/** A draft with the formula and the given paragraphs, one a line, separated by blank lines. */
export function draft(...paragraphs: string[]): string {
  return ['*The General Assembly*,', ...paragraphs].join('\n\n') + '\n';
}

export function run(rule: Rule, text: string, context: RuleContext = seedContext()): { document: ResolutionDocument; findings: readonly RuleFinding[] } {
  const document = parseResolution(text);
  return { document, findings: rule.check(document, context) };
}

/** What the finding covers in the text. */
export function covered(text: string, finding: RuleFinding | undefined): string {
  if (!finding) throw new Error('no finding');
  return text.slice(finding.span.start, finding.span.end);
}

export function applyFix(text: string, fix: Fix | undefined): string {
  if (!fix) throw new Error('no fix');
  return applyEdits(text, fix.edits);
}
