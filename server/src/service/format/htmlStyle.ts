// The look of a General Assembly document: Times, a cover block with the symbol on the right, a bold
// title, the formula and opening phrases in italics, operative numbers hanging in the margin,
// sub-paragraphs indented, footnotes in small type below a short rule. Inside VS Code the page sits on
// the editor's background; exported, it prints as a plain page.

import { createHash } from 'node:crypto';

export const documentStyle = `
:root { color-scheme: light; }
body { margin: 0; padding: 24px 12px; background: var(--vscode-editor-background, #e8e8e8); }
.page { max-width: 42em; margin: 0 auto; padding: 3em 3.5em; background: #fff; color: #000;
  font: 11pt/1.45 "Times New Roman", Times, "Liberation Serif", serif; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
p { margin: 0 0 0.9em; }
.cover { border-bottom: 1.5px solid #000; margin-bottom: 1.6em; }
.masthead { display: grid; grid-template-columns: 1fr auto; column-gap: 2em; border-bottom: 3px solid #000;
  padding-bottom: 0.4em; margin-bottom: 0.8em; }
.masthead p { margin: 0; }
.organization { font-size: 10pt; }
.organ { font: bold 16pt Arial, Helvetica, sans-serif; }
.symbol { font: bold 14pt Arial, Helvetica, sans-serif; text-align: right; }
.distribution { text-align: right; font-size: 10pt; }
.cover-line { margin: 0; }
.cover-line.emphasis, .sponsors { font-weight: bold; margin-top: 0.6em; }
.title { font-size: 13pt; font-weight: bold; margin: 1.4em 0; }
.title.numbered { margin-left: 2.5em; text-indent: -2.5em; }
.title-number { display: inline-block; min-width: 2.5em; text-indent: 0; }
.formula, .preambular > p { text-indent: 2.5em; text-align: justify; }
.heading { text-align: center; font-weight: bold; margin: 1.4em 0 0.9em; }
.operative > p, .subparagraph { padding-left: 2.5em; text-indent: -2.5em; text-align: justify; }
.number, .label { display: inline-block; min-width: 2.5em; text-indent: 0; }
.subparagraph { margin: 0 0 0.9em 2.5em; }
.closing { margin: 1.6em 0 0 50%; }
.annex { margin-top: 2em; border-top: 1px solid #999; padding-top: 1em; }
.footnotes { margin-top: 2.5em; font-size: 9pt; }
.footnotes hr { width: 10em; margin: 0 0 0.8em; border: 0; border-top: 1px solid #000; }
.footnote { margin: 0 0 0.4em; padding-left: 2.5em; text-indent: -2.5em; }
.footnote-label { display: inline-block; min-width: 2.5em; text-indent: 0; }
sup { font-size: 0.7em; line-height: 0; }
@media print { body { background: none; padding: 0; } .page { box-shadow: none; max-width: none; padding: 0; } }
`;

/** The Content-Security-Policy of the preview: no scripts, nothing loaded, only this stylesheet. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(documentStyle).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
