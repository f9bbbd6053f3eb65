// Navigation in a real editor (code-server in headless Chromium, the packaged extension): go to
// definition from a citation opens the built-in seed at its title, read-only; the hover's link opens
// it too; the status bar shows the draft's counts and the corpus. One editor serves the tests in order.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchEditor, type EditorSession } from './harness';
import type { Workbench } from './workbench';

let session: EditorSession;
let workbench: Workbench;

const activeTab = '.tabs-container .tab.active';

before(async () => {
  session = await launchEditor({ name: 'navigation' });
  workbench = session.workbench;
  await session.waitForLanguageServer();
});

after(async () => {
  await session?.close();
});

test('the status bar shows the draft\'s counts and the corpus', async () => {
  const page = workbench.page;
  await page.locator('.statusbar-item', { hasText: '14 pp · 20 op · 4 fn' }).waitFor({ timeout: 20_000 });
  await page.locator('.statusbar-item', { hasText: 'Corpus: 5 resolutions' }).waitFor({ timeout: 20_000 });
  await workbench.screenshot('status-bar');
});

test('go to definition on a citation opens the seed resolution at its title, read-only', async () => {
  const page = workbench.page;
  await workbench.reveal('66/181 of 19 December 2010');
  await page.keyboard.press('F12');
  await page.locator(activeTab, { hasText: 'A_RES_66_181.txt' }).waitFor({ timeout: 20_000 });
  await page.locator('#status\\.editor\\.selection', { hasText: /Ln 17, Col 1\b/ }).waitFor({ timeout: 20_000 });
  await workbench.screenshot('definition-seed');
  await page.keyboard.type('x');
  // VS Code's own word for a file that files.readonlyInclude (contributed by the extension) covers.
  await page.locator('.monaco-editor-overlaymessage', { hasText: 'Editor is read-only because the file was set read-only via settings' }).waitFor({ timeout: 20_000 });
  assert.equal(await page.locator(`${activeTab}.dirty`).count(), 0, 'typing changed the seed');
  await workbench.screenshot('seed-read-only');
  await workbench.closeEditor('A_RES_66_181.txt');
});

test("the hover's link opens the cited resolution where go to definition does", async () => {
  const page = workbench.page;
  await page.locator('.tabs-container .tab', { hasText: 'draft-resolution.unres' }).click();
  await workbench.hover('66/181', '66/181;[5]');
  await page.locator('.monaco-hover:not(.hidden) a', { hasText: 'Open A/RES/66/181' }).click();
  await page.locator(activeTab, { hasText: 'A_RES_66_181.txt' }).waitFor({ timeout: 20_000 });
  await page.locator('#status\\.editor\\.selection', { hasText: /Ln 17, Col 1\b/ }).waitFor({ timeout: 20_000 });
  await workbench.screenshot('hover-link');
});
