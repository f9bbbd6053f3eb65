// Format Document and Format Selection: the draft in the canonical layout of the corpus text format
// (service/format/format.ts). The layout is the corpus's, so the editor's tab size is not asked.

import type { TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Feature } from '../context';
import { rangeOf } from '../ranges';
import { formatRange, formatResolution } from '../service/format/format';
import type { TextEdit } from '../service/findings';
import type { LineIndex } from '../service/text/lineIndex';

export const formatting: Feature = {
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register(context) {
    context.connection.onDocumentFormatting((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      return model ? toLsp(model.lines, formatResolution(model)) : [];
    });
    context.connection.onDocumentRangeFormatting((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return [];
      const range = { start: model.lines.offsetAt(params.range.start), end: model.lines.offsetAt(params.range.end) };
      return toLsp(model.lines, formatRange(model, range));
    });
  },
};

export function toLsp(lines: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: rangeOf(lines, edit.span), newText: edit.newText }));
}
