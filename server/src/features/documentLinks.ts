// textDocument/documentLink: every cited resolution and document symbol is a link. A resolution the
// corpus holds opens at its title (as go to definition does, so that Ctrl+click, which VS Code gives
// to both, lands in one place); any other opens its official document on docs.un.org, only when the
// drafter clicks it. Corpus targets are filled in on documentLink/resolve, when a link is followed.

import type { DocumentLink } from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { rangeOf } from '../ranges';
import { citationKindName, officialDocumentLink } from '../service/lookup/citationKinds';
import type { Citation, ResolutionDocument } from '../service/model';

interface LinkData {
  readonly symbol: string;
}

export const documentLinks: Feature = {
  capabilities: () => ({ documentLinkProvider: { resolveProvider: true } }),
  register(context) {
    context.connection.onDocumentLinks((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      return model ? model.citations.flatMap((citation) => citationLink(context, model, citation)) : null;
    });
    context.connection.onDocumentLinkResolve((link) => {
      const data = link.data as Partial<LinkData> | undefined;
      const resolution = typeof data?.symbol === 'string' ? context.corpus.current.resolution(data.symbol) : undefined;
      const target = resolution ? context.corpusFiles.openLink(resolution) : undefined;
      return target ? { ...link, target } : link;
    });
  },
};

function citationLink(context: ServerContext, model: ResolutionDocument, citation: Citation): DocumentLink[] {
  const range = rangeOf(model.lines, citation.span);
  if (context.corpus.current.resolution(citation.symbol)) {
    const data: LinkData = { symbol: citation.symbol };
    return [{ range, tooltip: `Open ${citation.symbol} from the corpus`, data }];
  }
  const official = officialDocumentLink(citation);
  if (!official) return [];
  return [{ range, target: official, tooltip: `Open ${citationKindName(citation.kind)} ${citation.symbol} on docs.un.org` }];
}
