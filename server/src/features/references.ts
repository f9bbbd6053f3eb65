// textDocument/references: the cross-references to an operative paragraph, the markers of a footnote,
// the citations of a resolution, in the open draft.

import type { Feature } from '../context';
import { rangeOf } from '../ranges';
import { referencesAt } from '../service/lookup/references';

export const references: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(context) {
    context.connection.onReferences((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return null;
      const spans = referencesAt(model, model.lines.offsetAt(params.position), params.context.includeDeclaration);
      return spans.map((span) => ({ uri: params.textDocument.uri, range: rangeOf(model.lines, span) }));
    });
  },
};
