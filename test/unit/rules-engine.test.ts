import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { parseResolution } from '../../server/src/service/parse';
import { checkDraft, ruleByCode, rules, runRules } from '../../server/src/service/rules';
import type { Rule } from '../../server/src/service/rules/rule';
import { draft, seedContext } from './rulesHelpers';

const DOCS = resolve(import.meta.dirname, '../../docs/rules');

/** Flags every operative paragraph whose text mentions "Office": a stand-in rule for the engine's tests. */
const mentionsOffice: Rule = {
  code: 'test-office',
  defaultSeverity: 'warning',
  description: 'test',
  check: (document) =>
    document.operative.filter((p) => p.text.includes('Office')).map((p) => ({ span: p.bodySpan, message: 'mentions the Office' })),
};

const throws: Rule = {
  code: 'test-throws',
  defaultSeverity: 'error',
  description: 'test',
  check: () => {
    throw new Error('broken rule');
  },
};

const TWO_OFFICE_PARAGRAPHS = draft(
  '*Recalling* its resolution 66/181 of 19 December 2011,',
  '1. *Requests* the United Nations Office on Drugs and Crime to continue to provide technical assistance;',
  '2. *Urges* the Office to strengthen its cooperation.',
);

test('every message of the planted slips is a sentence: it ends with a full stop or a question mark', () => {
  const planted = readFileSync(resolve(import.meta.dirname, '../fixtures/planted-slips.unres'), 'utf8');
  const findings = checkDraft(parseResolution(planted), seedContext());
  assert.ok(findings.length > 20, `the fixture plants slips of many rules (${findings.length} found)`);
  const unfinished = findings.filter((finding) => !/[.?]$/.test(finding.message)).map((finding) => `${finding.code}: ${finding.message}`);
  assert.deepEqual(unfinished, []);
});

test('every registered rule has a documentation page and every page a registered rule', () => {
  const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
  assert.deepEqual(pages, rules.map((rule) => rule.code).sort());
});

test('rule codes are unique, kebab-case and found by code', () => {
  for (const rule of rules) {
    assert.match(rule.code, /^[a-z]+(?:-[a-z]+)*$/);
    assert.equal(ruleByCode(rule.code), rule);
  }
  assert.equal(new Set(rules.map((rule) => rule.code)).size, rules.length);
});

test('a rule that throws is reported and the other rules still run', () => {
  const failures: string[] = [];
  const document = parseResolution(TWO_OFFICE_PARAGRAPHS);
  const findings = runRules([throws, mentionsOffice], document, seedContext(), {}, (code, error) => failures.push(`${code}: ${(error as Error).message}`));
  assert.deepEqual(failures, ['test-throws: broken rule']);
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['test-office', 'warning'], ['test-office', 'warning']]);
});

test('a level from the settings overrides the default severity, and off removes the rule', () => {
  const document = parseResolution(TWO_OFFICE_PARAGRAPHS);
  const raised = runRules([mentionsOffice], document, seedContext(), { 'test-office': 'error' });
  assert.deepEqual(raised.map((f) => f.severity), ['error', 'error']);
  assert.deepEqual(runRules([mentionsOffice], document, seedContext(), { 'test-office': 'off' }), []);
});

test('an unres-ignore comment before a paragraph silences the named rule for that paragraph only', () => {
  const text = TWO_OFFICE_PARAGRAPHS.replace('2. *Urges*', '<!-- unres-ignore test-office -->\n2. *Urges*');
  const findings = runRules([mentionsOffice], parseResolution(text), seedContext());
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0]!.span.start, findings[0]!.span.start + 10), '*Requests*');
});

test('an unres-ignore comment without a code silences every rule, one naming another code silences none', () => {
  const all = TWO_OFFICE_PARAGRAPHS.replace('1. *Requests*', '<!-- unres-ignore -->\n1. *Requests*');
  assert.equal(runRules([mentionsOffice], parseResolution(all), seedContext()).length, 1);
  const other = TWO_OFFICE_PARAGRAPHS.replace('1. *Requests*', '<!-- unres-ignore also-missing -->\n1. *Requests*');
  assert.equal(runRules([mentionsOffice], parseResolution(other), seedContext()).length, 2);
});

test('a draft in French gets only the language finding, on its first line', () => {
  const text = [
    'L’Assemblée générale,',
    '',
    '*Rappelant* sa résolution 66/181 du 19 décembre 2011 et les résolutions de la Commission pour la prévention du crime,',
    '',
    '1. *Prie* le Secrétaire général de lui présenter à sa soixante-huitième session un rapport sur la mise en œuvre de la présente résolution.',
    '',
  ].join('\n');
  const findings = runRules([mentionsOffice, throws], parseResolution(text), seedContext());
  assert.deepEqual(findings, [
    {
      code: 'language-not-english',
      severity: 'information',
      message: 'This draft is not in English: the drafting checks apply to English texts.',
      span: { start: 0, end: 'L’Assemblée générale,'.length },
    },
  ]);
});

test('checkDraft runs the registered rules and sorts the findings by place', () => {
  const findings = checkDraft(parseResolution(TWO_OFFICE_PARAGRAPHS), seedContext());
  const starts = findings.map((finding) => finding.span.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('a declaration ("We, the Heads of State ...") is spared the opening and punctuation checks, not the numbering', () => {
  const text = draft(
    '*Adopts* the following political declaration:',
    '1. We, the Heads of State and Government, assembled at the United Nations on 23 September 2019, reaffirm our commitment to universal health coverage.',
    '2. We recognize that health is a precondition for and an outcome and indicator of sustainable development.',
    '4. We commit to scale up our efforts;',
  );
  const document = parseResolution(text);
  assert.equal(document.isDeclaration, true);
  assert.deepEqual(checkDraft(document, seedContext()).map((finding) => finding.code), ['operative-numbering']);
});
