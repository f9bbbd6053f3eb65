// Neovim's built-in LSP client, a second client independent of VS Code, talking to the built server
// over stdio on the sample draft.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { buildServer, projectRoot, runNeovim } from './neovim';
import { version } from '../../package.json';

const draft = join(projectRoot, 'examples', 'draft-resolution.unres');
const draftLines = readFileSync(draft, 'utf8').split('\n');

/** The LSP position (0-based line, UTF-16 character) of `text` on the first line that contains `context`. */
function positionOf(text: string, context: string): { line: number; character: number } {
  const line = draftLines.findIndex((content) => content.includes(context));
  assert.ok(line >= 0, `the draft has no line with "${context}"`);
  return { line, character: (draftLines[line] ?? '').indexOf(context) + context.indexOf(text) };
}

before(buildServer);

test("Neovim starts unres-language-server over stdio, attaches it to the draft and reads the server's name", () => {
  const result = runNeovim({ file: draft });
  assert.deepEqual(result.errors, []);
  assert.equal(result.attached, true);
  assert.deepEqual(result.serverInfo, { name: 'unres-language-server', version });
  // Incremental sync: Neovim sends only the changed ranges of a long draft at each keystroke.
  assert.equal(result.capabilities?.textDocumentSync, 2);
});

test('hovering a cited resolution in Neovim shows its symbol and title from the built-in corpus', () => {
  const result = runNeovim({ file: draft, hover: positionOf('66/181', 'resolution 66/181;[5]') });
  assert.deepEqual(result.errors, []);
  const hover = result.hover as { contents?: { kind?: string; value?: string } } | undefined;
  assert.equal(hover?.contents?.kind, 'markdown');
  assert.match(hover?.contents?.value ?? '', /A\/RES\/66\/181/);
  assert.match(
    hover?.contents?.value ?? '',
    /Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity/,
  );
});

interface LintFinding {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

test('Neovim receives the diagnostics `unres lint` prints for the draft, at the same places', () => {
  const lint = spawnSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'lint', '--format', 'json', draft], {
    encoding: 'utf8',
  });
  const [report] = JSON.parse(lint.stdout) as { diagnostics: LintFinding[] }[];
  const printed = (report?.diagnostics ?? []).map((finding) => ({
    line: finding.line - 1,
    character: finding.column - 1,
    code: finding.code,
    message: finding.message,
  }));
  assert.ok(printed.some((finding) => finding.code === 'opening-misspelled'));
  const result = runNeovim({ file: draft, diagnostics: true });
  assert.deepEqual(result.errors, []);
  const received = (result.diagnostics ?? []).map(({ line, character, code, message }) => ({
    line,
    character,
    code,
    message,
  }));
  const byPlace = (
    a: { line: number; character: number; code?: string },
    b: { line: number; character: number; code?: string },
  ) => a.line - b.line || a.character - b.character || String(a.code).localeCompare(String(b.code));
  assert.deepEqual(received.sort(byPlace), printed.sort(byPlace));
});

test('Neovim completes the start of a new operative paragraph with the adopted paragraph that continues it', () => {
  const typed = '21. *Requests* the Secretary-General to submit a report';
  const line = draftLines.findIndex((content) => content.startsWith('20. *Also requests*')) + 1;
  const result = runNeovim({
    file: draft,
    insert: { line, lines: ['', typed] },
    completion: { line: line + 1, character: typed.length },
  });
  assert.deepEqual(result.errors, []);
  const completion = result.completion as { items?: CompletionItem[] } | CompletionItem[] | undefined;
  const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
  const adopted = items.find(
    (item) => item.labelDetails?.description?.includes('A/RES/66/181') ?? item.detail?.includes('A/RES/66/181'),
  );
  assert.ok(adopted, `no completion from A/RES/66/181 among ${JSON.stringify(items.map((item) => item.label))}`);
  // It replaces exactly what was typed after the number, with the whole paragraph.
  assert.deepEqual(adopted.textEdit?.range, {
    start: { line: line + 1, character: '21. '.length },
    end: { line: line + 1, character: typed.length },
  });
  assert.match(
    adopted.textEdit?.newText ?? '',
    /^\*Requests\* the Secretary-General to submit a report to the General Assembly at its [a-z-]+ session on the implementation of the mandates of the United Nations crime prevention and criminal justice programme, .*\.$/,
  );
});

interface CompletionItem {
  readonly label: string;
  readonly detail?: string;
  readonly labelDetails?: { readonly description?: string };
  readonly textEdit?: {
    readonly newText: string;
    readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  };
}
