// textDocument/foldingRange: cover lines, preamble, operative part, parts, sections, long paragraphs,
// sub-paragraph lists, annexes, footnotes and comments (service/lookup/folding.ts).

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Feature } from '../context';
import { foldingRanges } from '../service/lookup/folding';

export const folding: Feature = {
  capabilities: () => ({ foldingRangeProvider: true }),
  register(context) {
    context.connection.onFoldingRanges((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return null;
      return foldingRanges(model).map(
        (range): FoldingRange => ({
          startLine: range.startLine,
          endLine: range.endLine,
          ...(range.kind ? { kind: range.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region } : {}),
        }),
      );
    });
  },
};
