// textDocument/completion: agreed language (service/agreed/completions.ts) as completion items.
// Triggered by typing (a space after a word, the "/" of a resolution symbol) or on request. Every
// item replaces exactly what was typed; its filter text starts with the typed text, so that VS Code's
// own filtering keeps the order given here (sortText). Lists that depend on more typing are marked
// incomplete: the editor asks again at the next keystroke, and the answer never scans the corpus.

import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type TextEdit,
} from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { rangeOf } from '../ranges';
import { agreedCompletions, type AgreedCompletion, type AgreedCompletionKind } from '../service/agreed/completions';
import type { ResolutionDocument } from '../service/model';

const itemKinds: Record<AgreedCompletionKind, CompletionItemKind> = {
  opening: CompletionItemKind.Keyword,
  paragraph: CompletionItemKind.Text,
  citation: CompletionItemKind.Reference,
  name: CompletionItemKind.Constant,
};

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [' ', '/'], resolveProvider: false } }),
  register(context) {
    context.connection.onCompletion((params): CompletionList | null => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return null;
      const offset = model.lines.offsetAt(params.position);
      const result = agreedCompletions(model, offset, context.corpus.current);
      const labelDetails = labelDetailsSupported(context);
      return { isIncomplete: result.incomplete, items: result.items.map((item) => completionItem(model, offset, item, labelDetails)) };
    });
  },
};

function labelDetailsSupported(context: ServerContext): boolean {
  return context.clientCapabilities().textDocument?.completion?.completionItem?.labelDetailsSupport === true;
}

function completionItem(model: ResolutionDocument, offset: number, item: AgreedCompletion, labelDetails: boolean): CompletionItem {
  const { main, before, filterText } = editsOf(model, offset, item);
  return {
    label: item.label,
    kind: itemKinds[item.kind],
    ...(item.description && labelDetails ? { labelDetails: { description: item.description } } : {}),
    detail: item.description && !labelDetails ? `${item.detail} · ${item.description}` : item.detail,
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    sortText: String(item.rank).padStart(4, '0'),
    filterText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: main,
    ...(before ? { additionalTextEdits: [before] } : {}),
  };
}

/**
 * A completion edit must stay on the cursor's line. When the typed paragraph began on an earlier line
 * (a hard-wrapped draft), the main edit covers the cursor's line and a second edit removes the rest.
 */
function editsOf(model: ResolutionDocument, offset: number, item: AgreedCompletion): { main: TextEdit; before?: TextEdit; filterText: string } {
  const lineStart = model.lines.lineStart(model.lines.positionAt(offset).line);
  if (item.span.start >= lineStart) return { main: { range: rangeOf(model.lines, item.span), newText: item.newText }, filterText: item.filterText };
  return {
    main: { range: rangeOf(model.lines, { start: lineStart, end: item.span.end }), newText: item.newText },
    before: { range: rangeOf(model.lines, { start: item.span.start, end: lineStart }), newText: '' },
    filterText: item.filterText.slice(lineStart - item.span.start),
  };
}
