// textDocument/documentSymbol: the outline and breadcrumbs of a draft (service/lookup/outline.ts), as
// a hierarchy where the client supports one, else as a flat list with container names.

import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Feature } from '../context';
import { rangeOf } from '../ranges';
import { outline, type OutlineKind, type OutlineNode } from '../service/lookup/outline';
import type { LineIndex } from '../service/text/lineIndex';

const kinds: Readonly<Record<OutlineKind, SymbolKind>> = {
  title: SymbolKind.File,
  part: SymbolKind.Module,
  section: SymbolKind.Namespace,
  preamble: SymbolKind.Namespace,
  'operative-part': SymbolKind.Namespace,
  paragraph: SymbolKind.String,
  subparagraph: SymbolKind.EnumMember,
  annex: SymbolKind.Module,
  footnotes: SymbolKind.Namespace,
  footnote: SymbolKind.Key,
};

export const documentSymbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'UN resolution' } }),
  register(context) {
    context.connection.onDocumentSymbol((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return null;
      const nodes = outline(model);
      const hierarchical = context.clientCapabilities().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
      return hierarchical ? nodes.map((node) => toSymbol(model.lines, node)) : nodes.flatMap((node) => flatten(params.textDocument.uri, model.lines, node));
    });
  },
};

function toSymbol(lines: LineIndex, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    ...(node.detail ? { detail: node.detail } : {}),
    kind: kinds[node.kind],
    range: rangeOf(lines, node.span),
    selectionRange: rangeOf(lines, node.selectionSpan),
    children: node.children.map((child) => toSymbol(lines, child)),
  };
}

function flatten(uri: string, lines: LineIndex, node: OutlineNode, container?: string): SymbolInformation[] {
  const symbol: SymbolInformation = {
    name: node.name,
    kind: kinds[node.kind],
    location: { uri, range: rangeOf(lines, node.span) },
    ...(container ? { containerName: container } : {}),
  };
  return [symbol, ...node.children.flatMap((child) => flatten(uri, lines, child, node.name))];
}
