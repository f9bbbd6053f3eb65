import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/service/parse';
import { allParts, expandWithDefaults, parseSnippet, type SnippetPart } from './snippetSyntax';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly description: string;
  readonly body: readonly string[];
}

const root = join(__dirname, '..', '..', '..');
const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'unres.code-snippets'), 'utf8')) as Record<
  string,
  Snippet
>;
const rulebookPath = join(root, '..', 'shared', 'docs', 'rulebook.md');

/** The phrases of a table of the rulebook: "| Recalling | 4003 | Concerned | 316 | ...". */
function rulebookPhrases(heading: string): Set<string> {
  const text = readFileSync(rulebookPath, 'utf8');
  const section = text.slice(text.indexOf(heading), text.indexOf('\n### ', text.indexOf(heading) + 1));
  const cells = section
    .split('\n')
    .filter((line) => /^\| [A-Z]/.test(line))
    .flatMap((line) => line.split('|'));
  return new Set(cells.map((cell) => cell.trim()).filter((cell) => /^[A-Z][a-z-]+(?: [a-z-]+)*$/.test(cell)));
}

function bodyOf(snippet: Snippet): string {
  return snippet.body.join('\n');
}

/** The choices of a snippet, each with the text of its line before it ("*" or "1. *"). */
function choicesWithContext(snippet: Snippet): { options: readonly string[]; before: string }[] {
  return snippet.body.flatMap((line) =>
    allParts(parseSnippet(line))
      .filter((part): part is Extract<SnippetPart, { kind: 'choice' }> => part.kind === 'choice')
      .map((part) => ({ options: part.options, before: line.slice(0, line.indexOf(`\${${part.index}|`)) })),
  );
}

describe('snippets', () => {
  it('each have prefixes a drafter types, a description and a body of lines', () => {
    assert.ok(Object.keys(snippets).length >= 6);
    for (const [name, snippet] of Object.entries(snippets)) {
      const prefixes = typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;
      assert.ok(prefixes.length > 0 && prefixes.every((prefix) => /^[a-z][a-z-]*$/.test(prefix)), name);
      assert.ok(snippet.description.length > 10, name);
      assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
    }
  });

  it('parse as snippets: braces balanced, choices non-empty, tab stops numbered without gaps', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const parts = allParts(parseSnippet(bodyOf(snippet)));
      const stops = new Set(
        parts.flatMap((part) => (part.kind === 'tabstop' || part.kind === 'choice' ? [part.index] : [])),
      );
      stops.delete(0);
      assert.deepEqual(
        [...stops].sort((a, b) => a - b),
        Array.from({ length: stops.size }, (_, i) => i + 1),
        name,
      );
      for (const part of parts) {
        if (part.kind === 'choice') assert.ok(part.options.length >= 2, `${name}: a choice of one`);
        if (part.kind === 'variable') assert.match(part.name, /^CURRENT_(?:DATE|MONTH_NAME|YEAR)$/, name);
      }
    }
  });

  it('reject what VS Code would insert as stray text', () => {
    assert.throws(() => parseSnippet('*${1|Recalling,|}*'), /empty choice/);
    assert.throws(() => parseSnippet('${1:text'), /unclosed/);
    assert.throws(() => parseSnippet('${1|Recalling,Noting}'), /expected "\|"/);
  });

  it(
    'offer only opening phrases and verbs of the rulebook tables (3.1 preambular, 3.2 operative)',
    { skip: !existsSync(rulebookPath) && `no rulebook at ${rulebookPath}` },
    () => {
      const preambular = rulebookPhrases('### 3.1');
      const operative = rulebookPhrases('### 3.2');
      assert.ok(preambular.has('Recalling also') && operative.has('Calls upon'));
      let checked = 0;
      for (const [name, snippet] of Object.entries(snippets)) {
        for (const { options, before } of choicesWithContext(snippet)) {
          const table = /\d\}?\. \*$/.test(before) ? operative : before.endsWith('*') ? preambular : undefined;
          assert.ok(table, `${name}: a choice that is neither an opening phrase nor a verb`);
          for (const option of options) assert.ok(table.has(option), `${name}: "${option}" is not in the table`);
          checked += options.length;
        }
      }
      assert.ok(checked >= 40, `only ${checked} phrases checked`);
    },
  );

  it('insert, with every default accepted, a draft the parser reads whole', () => {
    const variables = { CURRENT_DATE: '07', CURRENT_MONTH_NAME: 'October', CURRENT_YEAR: '2025' };
    const snippet = snippets['Draft resolution'];
    assert.ok(snippet);
    const draft = expandWithDefaults(parseSnippet(bodyOf(snippet)), variables);
    const model = parseResolution(draft);
    assert.equal(model.symbol?.value, 'A/80/L.1');
    assert.equal(model.session, 80);
    assert.equal(model.agendaItem, '1');
    assert.deepEqual(model.sponsors, ['Sponsoring Member States']);
    assert.equal(model.title?.text, 'Title of the draft resolution');
    assert.deepEqual(
      model.formulas.map((formula) => formula.organ),
      ['The General Assembly'],
    );
    assert.deepEqual(
      model.paragraphs.map((paragraph) => [paragraph.kind, paragraph.opening?.text, paragraph.opening?.italic]),
      [
        ['preambular', 'Recalling', true],
        ['operative', 'Requests', true],
      ],
    );
    assert.deepEqual(
      model.footnoteMarkers.map((marker) => marker.marker),
      ['1'],
    );
    assert.deepEqual(
      model.footnotes.map((footnote) => footnote.marker),
      ['1'],
    );
    assert.match(draft, /^7 October 2025$/m);
  });
});
