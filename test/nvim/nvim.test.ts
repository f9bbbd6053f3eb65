// Neovim's built-in LSP client, a second client independent of VS Code, talking to the built server
// over stdio on the sample draft.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { buildServer, projectRoot, runNeovim } from './neovim';
import { version } from '../../package.json';

const draft = join(projectRoot, 'examples', 'draft-resolution.unres');

before(buildServer);

test("Neovim starts unres-language-server over stdio, attaches it to the draft and reads the server's name", () => {
  const result = runNeovim({ file: draft });
  assert.deepEqual(result.errors, []);
  assert.equal(result.attached, true);
  assert.deepEqual(result.serverInfo, { name: 'unres-language-server', version });
  // Incremental sync: Neovim sends only the changed ranges of a long draft at each keystroke.
  assert.equal(result.capabilities?.textDocumentSync, 2);
});
