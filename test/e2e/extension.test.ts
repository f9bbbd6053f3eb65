// The packaged extension in a real editor (code-server in headless Chromium), on the sample draft:
// what a drafter sees when they open it. One editor serves every test of this file, in order.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { groupMembers, runningProcesses } from '../../scripts/code-server';
import { launchEditor, type EditorSession } from './harness';
import type { RenderedToken, Workbench } from './workbench';

let session: EditorSession;
let workbench: Workbench;

before(async () => {
  session = await launchEditor({ name: 'extension' });
  workbench = session.workbench;
});

after(async () => {
  await session?.close();
});

test('the sample draft opens as a "UN Resolution" and the extension starts its language server', async () => {
  await workbench.waitForLanguageMode('UN Resolution');
  const server = await session.waitForLanguageServer();
  assert.match(server.commandLine, /\/unres\.unres-\d+\.\d+\.\d+\/dist\/server\.js\b/);
  assert.equal(server.group, session.server.processGroup, 'the language server would outlive the editor');
  const channels = await workbench.quickPickItems('Output: Show Output Channels...');
  assert.ok(channels.includes('UN Resolution Drafting'), `output channels: ${channels.join(', ')}`);
  await workbench.screenshot('draft-opened');
});

function italic(tokens: readonly RenderedToken[]): string {
  return tokens
    .filter((token) => token.fontStyle === 'italic')
    .map((token) => token.text)
    .join('');
}

function upright(tokens: readonly RenderedToken[]): string {
  return tokens
    .filter((token) => token.fontStyle !== 'italic')
    .map((token) => token.text)
    .join('');
}

async function assertOpeningsItalic(): Promise<void> {
  const operative = await workbench.renderedLine('20. *Also requests* the Secretary-General');
  assert.equal(italic(operative).replace(/\*/g, ''), 'Also requests');
  assert.match(upright(operative), /^20\. \*?\*? the Secretary-General to include in the report/);
  const preambular = await workbench.renderedLine('*Noting with appreciation* the efforts');
  assert.equal(italic(preambular).replace(/\*/g, ''), 'Noting with appreciation');
  assert.match(upright(preambular), /^\*?\*? the efforts of the Secretary-General/);
}

test('the operative verb and the preambular opening phrase are italic, and nothing else on their line, in a dark theme', async () => {
  assert.equal(await workbench.themeKind(), 'dark');
  await assertOpeningsItalic();
  await workbench.screenshot('italics-dark');
});

test('they stay italic, and the rest upright, in a light theme', async () => {
  await workbench.setColorTheme('Light Modern', 'light');
  await assertOpeningsItalic();
  await workbench.screenshot('italics-light');
  await workbench.setColorTheme('Dark Modern', 'dark');
});

test('closing the editor stops code-server, its extension host and the language server', async () => {
  const group = session.server.processGroup;
  const extensionsDir = session.server.extensionsDir;
  await session.close();
  assert.deepEqual(groupMembers(group), []);
  assert.deepEqual(
    runningProcesses().filter((process) => process.commandLine.includes(extensionsDir)),
    [],
  );
});
