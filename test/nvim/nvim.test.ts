// Neovim's built-in LSP client, a second client independent of VS Code, talking to the built server
// over stdio on the sample draft.

import assert from 'node:assert/strict';
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
