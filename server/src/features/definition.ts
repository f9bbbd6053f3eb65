// textDocument/definition: from a citation into the cited corpus resolution (at its title), from a
// footnote marker to its footnote and back, from a cross-reference to its paragraph. Answers with
// LocationLinks (the origin underlined exactly) where the client supports them.

import type { Location, LocationLink } from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { rangeOf } from '../ranges';
import { definitionAt, type Destination } from '../service/lookup/definition';
import { elementAt } from '../service/lookup/elementAt';
import type { ResolutionDocument, TextSpan } from '../service/model';

export const definition: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(context) {
    context.connection.onDefinition((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return null;
      const offset = model.lines.offsetAt(params.position);
      const origin = originSpan(model, offset);
      const destinations = definitionAt(model, offset, context.corpus.current);
      const links = destinations.flatMap((destination) => toLink(context, params.textDocument.uri, model, destination, origin));
      const linkSupport = context.clientCapabilities().textDocument?.definition?.linkSupport === true;
      return linkSupport ? links : links.map((link): Location => ({ uri: link.targetUri, range: link.targetSelectionRange }));
    });
  },
};

function toLink(context: ServerContext, uri: string, model: ResolutionDocument, destination: Destination, origin: TextSpan | undefined): LocationLink[] {
  const originSelectionRange = origin ? rangeOf(model.lines, origin) : undefined;
  if (destination.kind === 'draft') {
    const targetRange = rangeOf(model.lines, destination.span);
    return [{ targetUri: uri, targetRange, targetSelectionRange: rangeOf(model.lines, destination.selectionSpan), ...(originSelectionRange ? { originSelectionRange } : {}) }];
  }
  const location = context.corpusFiles.locate(destination.resolution);
  if (!location) return [];
  return [{ targetUri: location.uri, targetRange: location.range, targetSelectionRange: location.range, ...(originSelectionRange ? { originSelectionRange } : {}) }];
}

/** The words the drafter clicked: the citation, the marker, the reference (not the whole footnote). */
function originSpan(model: ResolutionDocument, offset: number): TextSpan | undefined {
  const element = elementAt(model, offset);
  switch (element?.kind) {
    case 'citation':
      return element.citation.span;
    case 'cross-reference':
      return element.reference.span;
    case 'footnote-marker':
      return element.marker.span;
    case 'footnote':
      return element.footnote.markerSpan;
    default:
      return undefined;
  }
}
