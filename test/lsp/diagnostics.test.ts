// Drafting diagnostics over the real protocol (dist/server.js --stdio; `npm run build` first): a
// realistic draft with planted slips of every kind yields exactly the expected diagnostics, each quick
// fix produces the expected text, fix-all and "Fix all <code> problems" work, suppression comments
// and the quick fix that adds one work, and `unres.rules` takes effect through both settings routes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LintClient } from './lintClient';

const DRAFT = readFileSync(resolve(__dirname, '../fixtures/planted-slips.unres'), 'utf8');

/** [code, line, character, end line, end character, severity (1 error ... 4 hint)], zero-based as LSP counts. */
type Expected = [string, number, number, number, number, number];

const EXPECTED: Expected[] = [
  ['opening-misspelled', 19, 1, 19, 16, 2],
  ['preambular-numbered', 21, 0, 21, 1, 1],
  ['preambular-not-italic', 29, 0, 29, 24, 2],
  ['preambular-punctuation', 31, 306, 31, 307, 2],
  ['also-missing', 39, 1, 39, 12, 2],
  ['preambular-phrase-unknown', 41, 1, 41, 26, 3],
  ['last-preambular-punctuation', 43, 115, 43, 116, 1],
  ['capitalization-phrase', 57, 4, 57, 14, 2],
  ['operative-verb-form', 59, 4, 59, 11, 1],
  ['operative-verb-not-italic', 61, 3, 61, 8, 2],
  ['operative-punctuation', 65, 414, 65, 415, 2],
  ['paragraph-order', 69, 1, 69, 10, 1],
  ['operative-verb-unknown', 73, 5, 73, 23, 3],
  ['also-further-sequence', 75, 5, 75, 20, 1],
  ['subparagraph-punctuation', 78, 108, 78, 109, 2],
  ['subparagraph-sequence', 79, 4, 79, 7, 1],
  ['operative-numbering', 83, 0, 83, 2, 1],
  ['adverb-position', 87, 5, 87, 18, 2],
  ['final-period', 87, 254, 87, 255, 1],
];

/** What the preferred quick fix of each diagnostic makes of the draft: [old, new] replacements of unique snippets. */
const FIXED: Record<string, [string, string][]> = {
  'opening-misspelled': [['*Reafirming also*', '*Reaffirming also*']],
  'preambular-numbered': [['3. *Bearing in mind*', '*Bearing in mind*']],
  'preambular-not-italic': [['\nNoting with appreciation the efforts', '\n*Noting with appreciation* the efforts']],
  'preambular-punctuation': [['vulnerability of States to such crime;', 'vulnerability of States to such crime,']],
  'also-missing': [['*Recognizing* that, thanks to', '*Recognizing also* that, thanks to']],
  'last-preambular-punctuation': [['of the United Nations Office on Drugs and Crime;\n', 'of the United Nations Office on Drugs and Crime,\n']],
  'capitalization-phrase': [['*Calls Upon*', '*Calls upon*']],
  'operative-verb-form': [['8. *Request* the', '8. *Requests* the']],
  'operative-verb-not-italic': [['9. Urges the', '9. *Urges* the']],
  'operative-punctuation': [['growing serious crime.', 'growing serious crime;']],
  'also-further-sequence': [['15. *Also encourages*', '15. *Encourages*']],
  'subparagraph-punctuation': [['Transnational Organized Crime.\n', 'Transnational Organized Crime;\n']],
  'subparagraph-sequence': [['    (c) The Conference', '    (b) The Conference']],
  'operative-numbering': [['19. *Reiterates*', '18. *Reiterates*'], ['20. *Requests* the Secretary', '19. *Requests* the Secretary'], ['21. *Requests also*', '20. *Requests also*']],
  'adverb-position': [['*Requests also* the Secretary-General to include', '*Also requests* the Secretary-General to include']],
  'final-period': [['and the Protocols thereto;\n\n___', 'and the Protocols thereto.\n\n___']],
};

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
      const data = diagnostic.data as { fixes: unknown[] };
      assert.equal(data.fixes.length > 0, String(diagnostic.code) in FIXED, `${String(diagnostic.code)} carries its fixes`);
    }
  });

  test('each quick fix produces the expected text and touches nothing else', async () => {
    for (const diagnostic of diagnostics) {
      const expected = FIXED[String(diagnostic.code)];
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
    assert.equal(fixed, replaced(DRAFT, Object.values(FIXED).flat()));
    const version = await client.replace(uri, fixed);
    const left = await client.diagnostics(uri, version);
    assert.deepEqual(left.map((d) => d.code), ['preambular-phrase-unknown', 'paragraph-order', 'operative-verb-unknown']);
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
