// Drafting diagnostics over the real protocol (dist/server.js --stdio; `npm run build` first): a
// realistic draft with planted slips of every kind yields exactly the expected diagnostics, each quick
// fix produces the expected text, fix-all and "Fix all <code> problems" work, suppression comments
// and the quick fix that adds one work, and `unres.rules` takes effect through both settings routes.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { rules } from '../../server/src/service/rules';
import { LintClient } from './lintClient';

const DRAFT = readFileSync(resolve(__dirname, '../fixtures/planted-slips.unres'), 'utf8');

/** [code, line, character, end line, end character, severity (1 error ... 4 hint)], zero-based as LSP counts. */
type Expected = [string, number, number, number, number, number];

/** A planted slip: the diagnostic it gets and, when it has a preferred fix, what that fix makes of the draft ([old, new] replacements of unique snippets). */
interface Slip {
  readonly expected: Expected;
  readonly fix?: readonly [string, string][];
}

const SLIPS: readonly Slip[] = [
  { expected: ['citation-date-mismatch', 17, 126, 17, 142, 1], fix: [['66/181 of 19 December 2010', '66/181 of 19 December 2011']] },
  { expected: ['opening-misspelled', 19, 1, 19, 16, 2], fix: [['*Reafirming also*', '*Reaffirming also*']] },
  { expected: ['preambular-numbered', 21, 0, 21, 1, 1], fix: [['3. *Bearing in mind*', '*Bearing in mind*']] },
  { expected: ['footnote-order', 21, 148, 21, 151, 2], fix: [['September 2006[3] and', 'September 2006[2] and'], ['Rights of the Child[2]', 'Rights of the Child[3]'], ['[2] Resolution 60/288.\n[3] United Nations, *Treaty Series*, vol. 1577, No. 27531.\n', '[2] United Nations, *Treaty Series*, vol. 1577, No. 27531.\n[3] Resolution 60/288.\n']] },
  { expected: ['straight-quotes', 25, 80, 25, 81, 2], fix: [['entitled "United', 'entitled “United']] },
  { expected: ['straight-quotes', 25, 150, 25, 151, 2], fix: [['in Persons", reaffirming', 'in Persons”, reaffirming']] },
  { expected: ['preambular-not-italic', 29, 0, 29, 24, 2], fix: [['\nNoting with appreciation the efforts', '\n*Noting with appreciation* the efforts']] },
  { expected: ['preambular-punctuation', 31, 306, 31, 307, 2], fix: [['vulnerability of States to such crime;', 'vulnerability of States to such crime,']] },
  { expected: ['footnote-order', 33, 470, 33, 473, 2], fix: [['September 2006[3] and', 'September 2006[2] and'], ['Rights of the Child[2]', 'Rights of the Child[3]'], ['[2] Resolution 60/288.\n[3] United Nations, *Treaty Series*, vol. 1577, No. 27531.\n', '[2] United Nations, *Treaty Series*, vol. 1577, No. 27531.\n[3] Resolution 60/288.\n']] },
  { expected: ['also-missing', 39, 1, 39, 12, 2], fix: [['*Recognizing* that, thanks to', '*Recognizing also* that, thanks to']] },
  { expected: ['instrument-name-noncanonical', 39, 86, 39, 124, 2], fix: [['the Convention against Transnational Crime[4]', 'the United Nations Convention against Transnational Organized Crime[4]']] },
  { expected: ['preambular-phrase-unknown', 41, 1, 41, 26, 3] },
  { expected: ['last-preambular-punctuation', 43, 115, 43, 116, 1], fix: [['of the United Nations Office on Drugs and Crime;\n', 'of the United Nations Office on Drugs and Crime,\n']] },
  { expected: ['citation-form', 45, 94, 45, 104, 2], fix: [['pursuant to Resolution 66/181', 'pursuant to resolution 66/181']] },
  { expected: ['footnote-marker-missing', 45, 112, 45, 115, 1] },
  { expected: ['paragraph-unfinished', 49, 301, 49, 304, 2] },
  { expected: ['cross-ref-annex-missing', 51, 525, 51, 559, 2] },
  { expected: ['capitalization-phrase', 57, 4, 57, 14, 2], fix: [['*Calls Upon*', '*Calls upon*']] },
  { expected: ['double-space', 57, 193, 57, 195, 2], fix: [['organized crime  effectively', 'organized crime effectively']] },
  { expected: ['operative-verb-form', 59, 4, 59, 11, 1], fix: [['8. *Request* the', '8. *Requests* the']] },
  { expected: ['operative-verb-not-italic', 61, 3, 61, 8, 2], fix: [['9. Urges the', '9. *Urges* the']] },
  { expected: ['operative-punctuation', 65, 414, 65, 415, 2], fix: [['growing serious crime.', 'growing serious crime;']] },
  { expected: ['paragraph-order', 69, 1, 69, 10, 1] },
  {
    expected: ['citation-title-mismatch', 69, 64, 69, 105, 2],
    fix: [['entitled “Strengthening crime prevention programmes”', 'entitled “Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity”']],
  },
  { expected: ['session-ordinal-form', 69, 123, 69, 127, 2], fix: [['at its 64th session', 'at its sixty-fourth session']] },
  { expected: ['year-range-dash', 71, 108, 71, 117, 2], fix: [['2013-2015', '2013–2015']] },
  { expected: ['operative-verb-unknown', 73, 5, 73, 23, 3] },
  { expected: ['un-spelling', 73, 66, 73, 79, 2], fix: [['international organisations to develop', 'international organizations to develop']] },
  { expected: ['also-further-sequence', 75, 5, 75, 20, 1], fix: [['15. *Also encourages*', '15. *Encourages*']] },
  { expected: ['subparagraph-punctuation', 78, 108, 78, 109, 2], fix: [['Transnational Organized Crime.\n', 'Transnational Organized Crime;\n']] },
  { expected: ['subparagraph-sequence', 79, 4, 79, 7, 1], fix: [['    (c) The Conference', '    (b) The Conference']] },
  { expected: ['secretary-general-form', 81, 19, 81, 36, 2], fix: [['the Secretary General to continue', 'the Secretary-General to continue']] },
  { expected: ['cross-ref-subparagraph-missing', 81, 161, 81, 164, 1] },
  {
    expected: ['operative-numbering', 83, 0, 83, 2, 1],
    fix: [['19. *Reiterates*', '18. *Reiterates*'], ['20. *Requests* the Secretary', '19. *Requests* the Secretary'], ['21. *Requests also*', '20. *Requests also*']],
  },
  { expected: ['report-session-past', 85, 87, 85, 98, 1] },
  { expected: ['adverb-position', 87, 5, 87, 18, 2], fix: [['*Requests also* the Secretary-General to include', '*Also requests* the Secretary-General to include']] },
  { expected: ['cross-ref-paragraph-missing', 87, 92, 87, 94, 1] },
  { expected: ['final-period', 87, 254, 87, 255, 1], fix: [['and the Protocols thereto;\n\n___', 'and the Protocols thereto.\n\n___']] },
  { expected: ['ibid-without-antecedent', 90, 4, 90, 9, 2] },
  { expected: ['footnote-unreferenced', 94, 0, 94, 3, 2] },
];

const EXPECTED = SLIPS.map((slip) => slip.expected);
/**
 * Every kind of slip the drafting checks know, but those that cannot share a draft with the others
 * (tested below, in badInput.test.ts or in the unit tests), and citation-unknown, which needs a corpus holding the
 * neighbours of the cited resolution (tested below with one).
 */
const ELSEWHERE = new Set(['language-not-english', 'not-text', 'draft-too-large', 'italics-missing', 'formula-missing', 'citation-unknown']);

function replaced(text: string, replacements: readonly [string, string][]): string {
  return replacements.reduce((current, [old, replacement]) => {
    assert.equal(current.split(old).length, 2, `“${old}” occurs once`);
    return current.replace(old, replacement);
  }, text);
}

function applied(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, text), edits);
}

function sameSpot(expected: Expected, diagnostic: Diagnostic): boolean {
  const [code, line, character, endLine, endCharacter] = expected;
  const { start, end } = diagnostic.range;
  return code === diagnostic.code && line === start.line && character === start.character && endLine === end.line && endCharacter === end.character;
}

function summary(diagnostics: readonly Diagnostic[]): Expected[] {
  return diagnostics.map((d) => [String(d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity ?? 0]);
}

describe('drafting diagnostics over the protocol', () => {
  let client: LintClient;
  const uri = 'file:///drafts/planted-slips.unres';
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await LintClient.start();
    await client.corpusReady();
    await client.open(uri, DRAFT);
    diagnostics = await client.diagnostics(uri);
  });
  after(() => client.stop());

  test('a draft with planted slips of every kind yields exactly the expected diagnostics', () => {
    assert.deepEqual(summary(diagnostics), EXPECTED);
  });

  test('each diagnostic names its source, links to its rule page that ships with the server, and carries its fixes', () => {
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'unres');
      const page = fileURLToPath(diagnostic.codeDescription?.href ?? 'file:///missing');
      assert.equal(page, resolve(__dirname, '../../docs/rules', `${String(diagnostic.code)}.md`));
      assert.match(readFileSync(page, 'utf8'), new RegExp(`^# ${String(diagnostic.code)}\\n`));
      const data = diagnostic.data as { fixes: { preferred?: boolean }[] };
      const slip = SLIPS.find((candidate) => sameSpot(candidate.expected, diagnostic));
      assert.equal(data.fixes.some((fix) => fix.preferred), slip?.fix !== undefined, `${String(diagnostic.code)} carries its fixes`);
    }
  });

  test('the planted slips cover every kind of check the draft can show', () => {
    const shown = new Set(EXPECTED.map((e) => e[0]));
    assert.deepEqual(rules.map((rule) => rule.code).filter((code) => !shown.has(code) && !ELSEWHERE.has(code)), []);
  });

  test('each quick fix produces the expected text and touches nothing else', async () => {
    for (const diagnostic of diagnostics) {
      const expected = SLIPS.find((slip) => sameSpot(slip.expected, diagnostic))?.fix;
      const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
      const preferred = actions.filter((action) => action.isPreferred);
      if (!expected) {
        assert.equal(preferred.length, 0, `${String(diagnostic.code)} has no fix`);
        continue;
      }
      assert.equal(preferred.length, 1, `${String(diagnostic.code)} has one preferred fix`);
      assert.equal(applied(DRAFT, preferred[0]!, uri), replaced(DRAFT, expected), String(diagnostic.code));
    }
  });

  test('“Silence <code> for this paragraph” inserts the comment line, which silences that diagnostic only', async () => {
    const target = diagnostics.find((d) => d.code === 'capitalization-phrase')!;
    const actions = await client.codeActions(uri, target.range, [target]);
    const silence = actions.find((action) => action.title === 'Silence capitalization-phrase for this paragraph')!;
    const silenced = applied(DRAFT, silence, uri);
    assert.equal(silenced, DRAFT.replace('7. *Calls Upon*', '<!-- unres-ignore capitalization-phrase -->\n7. *Calls Upon*'));
    const version = await client.replace(uri, silenced);
    const after = await client.diagnostics(uri, version);
    assert.deepEqual(after.map((d) => d.code), EXPECTED.map((e) => e[0]).filter((code) => code !== 'capitalization-phrase'));
    await client.replace(uri, DRAFT);
  });

  test('fix-all (source.fixAll.unres) applies every preferred fix at once; what is left has no fix', async () => {
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(actions.map((action) => [action.title, action.kind]), [['Fix all drafting problems (unres)', 'source.fixAll.unres']]);
    const fixed = applied(DRAFT, actions[0]!, uri);
    const once = [...new Map(SLIPS.flatMap((slip) => slip.fix ?? []).map((replacement) => [replacement[0], replacement])).values()];
    assert.equal(fixed, replaced(DRAFT, once));
    const version = await client.replace(uri, fixed);
    const left = await client.diagnostics(uri, version);
    assert.deepEqual(left.map((d) => d.code), SLIPS.filter((slip) => !slip.fix).map((slip) => slip.expected[0]));
    await client.replace(uri, DRAFT);
  });

  test('“Fix all <code> problems” fixes every finding of that kind', async () => {
    const text = DRAFT.replace('5. *Recommends* that', '5. *Recommend* that');
    const version = await client.replace(uri, text);
    const found = (await client.diagnostics(uri, version)).filter((d) => d.code === 'operative-verb-form');
    assert.equal(found.length, 2);
    const actions = await client.codeActions(uri, found[0]!.range, [found[0]!]);
    const all = actions.find((action) => action.title === 'Fix all operative-verb-form problems')!;
    assert.equal(applied(text, all, uri), text.replace('5. *Recommend* that', '5. *Recommends* that').replace('8. *Request* the', '8. *Requests* the'));
    await client.replace(uri, DRAFT);
  });
});

describe('unres.rules through both settings routes', () => {
  const uri = 'file:///drafts/settings.unres';
  const text = DRAFT;

  for (const route of ['pull', 'push'] as const) {
    test(`${route}: a level from the settings applies at once and again after a change of settings`, async () => {
      const client = await LintClient.start({ route, settings: { rules: { 'also-further-sequence': 'off', 'final-period': 'hint' } } });
      try {
        await client.open(uri, text);
        const first = summary(await client.diagnostics(uri));
        assert.deepEqual(first, EXPECTED.filter((e) => e[0] !== 'also-further-sequence').map((e) => (e[0] === 'final-period' ? [...e.slice(0, 5), 4] as Expected : e)));
        const published = client.publications(uri);
        await client.changeSettings({ rules: { 'operative-numbering': 'off' } });
        const second = summary(await client.diagnostics(uri, 1, published));
        assert.deepEqual(second, EXPECTED.filter((e) => e[0] !== 'operative-numbering'));
      } finally {
        await client.stop();
      }
    });
  }
});

describe('typing', () => {
  test('diagnostics follow the last version typed; the versions typed in between are never published', async () => {
    const client = await LintClient.start();
    const uri = 'file:///drafts/typing.unres';
    try {
      await client.open(uri, DRAFT);
      await client.diagnostics(uri);
      const before = client.publications(uri);
      let version = 1;
      for (const length of [100, 200, 300, 400]) version = await client.replace(uri, DRAFT.slice(0, DRAFT.length - length));
      version = await client.replace(uri, DRAFT.replace('8. *Request* the', '8. *Requests* the'));
      const last = await client.diagnostics(uri, version, before);
      assert.equal(client.publications(uri), before + 1);
      assert.deepEqual(last.map((d) => d.code), EXPECTED.map((e) => e[0]).filter((code) => code !== 'operative-verb-form'));
    } finally {
      await client.stop();
    }
  });

  test('a draft in French gets one information and nothing else', async () => {
    const client = await LintClient.start();
    const uri = 'file:///drafts/fr.unres';
    try {
      await client.open(uri, 'L’Assemblée générale,\n\n*Rappelant* sa résolution 66/181 du 19 décembre 2011 et les résolutions de la Commission,\n\n1. *Prie* le Secrétaire général de lui présenter à sa soixante-huitième session un rapport sur la mise en œuvre de la présente résolution.\n');
      assert.deepEqual(summary(await client.diagnostics(uri)), [['language-not-english', 0, 0, 0, 21, 3]]);
    } finally {
      await client.stop();
    }
  });
});

describe('the checks that need a draft of their own', () => {
  let client: LintClient;
  before(async () => {
    client = await LintClient.start();
  });
  after(() => client.stop());

  test('a draft without any italics gets one italics-missing information, whose fix italicizes every opening', async () => {
    const uri = 'file:///drafts/plain.unres';
    const plain = DRAFT.replace(/\*(?=[A-Z][a-z])([^*\n]+)\*/g, '$1');
    await client.open(uri, plain);
    const found = (await client.diagnostics(uri)).filter((d) => d.code === 'italics-missing');
    assert.deepEqual(summary(found), [['italics-missing', 17, 0, 17, 11, 3]]);
    const actions = await client.codeActions(uri, found[0]!.range, found);
    const fixed = applied(plain, actions.find((action) => action.isPreferred)!, uri);
    assert.ok(fixed.includes('\nThe General Assembly,\n'), 'the formula is no opening');
    assert.ok(fixed.includes('\n*Reaffirming* its resolutions 46/152'));
    assert.ok(fixed.includes('\n1. *Takes note with appreciation* of the report'));
    assert.equal(fixed.replace(/\*/g, ''), plain.replace(/\*/g, ''), 'nothing but asterisks is added');
  });

  test('a draft without its formula gets formula-missing, whose fix puts the formula before the first paragraph', async () => {
    const uri = 'file:///drafts/no-formula.unres';
    const text = DRAFT.replace('*The General Assembly*,\n\n', '');
    await client.open(uri, text);
    const found = (await client.diagnostics(uri)).filter((d) => d.code === 'formula-missing');
    assert.deepEqual(summary(found).map((e) => [e[0], e[1], e[2], e[5]]), [['formula-missing', 15, 0, 1]]);
    const actions = await client.codeActions(uri, found[0]!.range, found);
    assert.equal(applied(text, actions.find((action) => action.isPreferred)!, uri), DRAFT);
  });
});

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');

describe('a configured corpus', { skip: !existsSync(UNGA_TEXT) && `needs ${UNGA_TEXT}` }, () => {
  test('when the configured corpus is indexed, the open drafts are checked again against it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unres-lsp-corpus-'));
    // Enough resolutions that indexing them outlasts the first check of the draft (against the built-in corpus).
    const names = readdirSync(UNGA_TEXT).filter((name) => name.startsWith('A_RES_78_') && name !== 'A_RES_78_12.txt');
    for (const name of names) copyFileSync(join(UNGA_TEXT, name), join(folder, name));
    const client = await LintClient.start({ settings: { corpus: { paths: [folder] }, cacheDir: join(folder, 'cache') } });
    try {
      const uri = 'file:///drafts/unknown-citation.unres';
      await client.open(uri, draftCiting('resolution 78/12 of 19 October 2023'));
      const first = await client.diagnostics(uri);
      assert.deepEqual(first.filter((d) => d.code === 'citation-unknown'), [], 'the built-in corpus holds nothing of the seventy-eighth session');
      await client.corpusReady((status) => status.state === 'ready' && status.resolutions > 5);
      const found = (await client.diagnosticsWhere(uri, (list) => list.some((d) => d.code === 'citation-unknown'))).filter((d) => d.code === 'citation-unknown');
      assert.deepEqual(summary(found), [['citation-unknown', 2, 27, 2, 32, 3]]);
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

function draftCiting(citation: string): string {
  return `*The General Assembly*,\n\n*Recalling* its ${citation},\n\n1. *Decides* to remain seized of the matter.\n`;
}
