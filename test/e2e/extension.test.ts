// The packaged extension in a real editor (code-server in headless Chromium), on the sample draft:
// what a drafter sees when they open it. One editor serves every test of this file, in order.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { groupMembers, projectRoot, runningProcesses } from '../../scripts/code-server';
import { launchEditor, type EditorSession } from './harness';
import type { Problem, RenderedToken, Workbench } from './workbench';

let session: EditorSession;
let workbench: Workbench;

const draftText = readFileSync(join(projectRoot, 'examples', 'draft-resolution.unres'), 'utf8');
const seriesTitle =
  'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity';

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

test('hovering a cited resolution shows its symbol, title and adoption from the corpus', async () => {
  const hover = await workbench.hover('66/181', '66/181;[5]');
  assert.match(hover, /^A\/RES\/66\/181 · General Assembly resolution\n/);
  assert.ok(hover.includes(`\n${seriesTitle}\n`), hover);
  assert.match(hover, /\nAdopted on 19 December 2011 at the 89th plenary meeting\b/);
  await workbench.screenshot('hover-citation');
});

test('the outline lists the title, then the preamble, the operative part and the footnotes paragraph by paragraph', async () => {
  const outline = await workbench.outline();
  const [title, ...parts] = outline.filter((entry) => entry.level === 1).map((entry) => entry.name);
  assert.deepEqual(parts, ['Preamble', 'Operative part', 'Footnotes']);
  assert.ok(title?.endsWith('…') && seriesTitle.startsWith(title.slice(0, -1)), `title entry: ${title}`);
  const numbers = outline.filter((entry) => entry.level === 2).map((entry) => entry.name.split(' ')[0]);
  const expected = [
    ...Array.from({ length: 14 }, (_, index) => `PP${index + 1}`),
    ...Array.from({ length: 20 }, (_, index) => `OP${index + 1}`),
    ...['1', '2', '3', '4'],
  ];
  assert.deepEqual(numbers, expected);
  assert.ok(outline.some((entry) => entry.name.startsWith('OP8 Request the United Nations Office on Drugs and Crime')));
  await workbench.screenshot('outline');
});

test('"Open Preview to the Side" from the palette shows the draft as the documents look, openings in italics', async () => {
  await workbench.runCommand('UN Resolution: Open Preview to the Side');
  const preview = workbench.webview();
  await preview.locator('h1.title').waitFor();
  assert.equal(await preview.locator('h1.title').innerText(), seriesTitle);
  const openings = draftText
    .split('\n')
    .map((line) => /^(?:\d+\.\s+)?\*([^*]+)\*/.exec(line)?.[1])
    .filter((opening): opening is string => opening !== undefined && opening !== 'The General Assembly');
  assert.equal(openings.length, 34);
  assert.deepEqual(await preview.locator('em.opening').allInnerTexts(), openings);
  await workbench.screenshot('preview');
  await workbench.closeEditor('Preview draft-resolution.unres');
});

interface LintFinding {
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
  readonly message: string;
}

/** What the command line finds in a draft: the same core as the language server. */
function lint(file: string): LintFinding[] {
  const run = spawnSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'lint', '--format', 'json', file], {
    encoding: 'utf8',
  });
  const [report] = JSON.parse(run.stdout) as { diagnostics: LintFinding[] }[];
  return report?.diagnostics ?? [];
}

function byPlace(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

test('the Problems panel shows what `unres lint` finds in the draft, message for message', async () => {
  const found = lint(join(session.folder, 'draft-resolution.unres'))
    // The Problems panel leaves hints out.
    .filter((finding) => finding.severity !== 'hint')
    .map((finding): Problem => ({
      severity: finding.severity === 'information' ? 'info' : finding.severity,
      message: finding.message,
      source: 'unres',
      code: finding.code,
      line: finding.line,
      column: finding.column,
    }));
  assert.ok(found.length > 0);
  const problems = await workbench.waitForProblems((rows) => rows.length >= found.length);
  assert.deepEqual(byPlace(problems), byPlace(found));
});

/** The seven deliberate slips of the sample draft (examples/README.md), by the words they flag. */
const slips = [
  { code: 'citation-date-mismatch', words: '66/181 of 19 December 2010' },
  { code: 'opening-misspelled', words: 'Reafirming also' },
  { code: 'instrument-name-noncanonical', words: 'Convention against Transnational Crime' },
  { code: 'footnote-marker-missing', words: '[5]' },
  { code: 'operative-verb-form', words: 'Request* the United Nations Office' },
  { code: 'report-session-past', words: 'sixty-sixth session' },
  { code: 'cross-ref-paragraph-missing', words: 'paragraph 40 above' },
];

test('among them, each deliberate slip of the sample draft, at its place', async () => {
  const problems = await workbench.problems();
  for (const slip of slips) {
    const start = workbench.positionOf(slip.words);
    const flagged = problems.some(
      (problem) =>
        problem.code === slip.code &&
        problem.line === start.line &&
        problem.column >= start.column &&
        problem.column < start.column + slip.words.length,
    );
    assert.ok(flagged, `no ${slip.code} on "${slip.words}" (line ${start.line}): ${JSON.stringify(problems)}`);
  }
  await workbench.screenshot('problems');
});

test("the misspelt opening's quick fix changes those words and nothing else, and the problem goes away", async () => {
  const before = workbench.savedText();
  await workbench.reveal('Reafirming also');
  await workbench.quickFix('Change to “Reaffirming also”');
  await workbench.save();
  assert.equal(workbench.savedText(), before.replace('*Reafirming also* its', '*Reaffirming also* its'));
  await workbench.waitForProblems((rows) => rows.length > 0 && !rows.some((row) => row.code === 'opening-misspelled'));
  await workbench.screenshot('quick-fix-applied');
});

test('typing the start of an operative paragraph and accepting a completion inserts the whole adopted paragraph', async () => {
  const before = workbench.savedText();
  const lastParagraph = 'and the Protocols thereto.\n';
  const typed = '21. *Requests* the Secretary-General to submit a report';
  await workbench.reveal(lastParagraph);
  await workbench.page.keyboard.press('End');
  await workbench.page.keyboard.press('Enter');
  await workbench.page.keyboard.press('Enter');
  await workbench.complete(typed, 'A/RES/66/181, op. 34');
  await workbench.screenshot('completion-accepted');
  await workbench.save();
  const adopted = /^34\. (.*)$/m.exec(readFileSync(join(projectRoot, 'corpus', 'A_RES_66_181.txt'), 'utf8'))?.[1];
  assert.match(adopted ?? '', /^\*Requests\* the Secretary-General to submit a report to the General Assembly .*;$/);
  const at = before.indexOf(lastParagraph) + lastParagraph.length - 1;
  // It is now the resolution's last paragraph: the adopted wording comes with a full stop for its semicolon.
  const closed = `${adopted?.replace(/;$/, '')}.`;
  assert.equal(workbench.savedText(), `${before.slice(0, at)}\n\n21. ${closed}${before.slice(at)}`);
});

test("the extension's page shows its README with the screenshot, from the package alone", async () => {
  const page = await workbench.extensionPage('UN Resolution Drafting');
  assert.match(page.text, /Two commands/);
  // A PNG's width is the first field of its header chunk: the image shown is the screenshot, decoded.
  const width = readFileSync(join(projectRoot, 'docs', 'screenshot.png')).readUInt32BE(16);
  assert.deepEqual(page.images, [{ width, inline: true }]);
  await workbench.screenshot('extension-page');
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
