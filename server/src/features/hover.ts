// textDocument/hover: the core's hover providers (service/lookup/hover) over the open draft, with the
// corpus in use and links that open corpus resolutions where go to definition would.

import type { ServerContext, Feature } from '../context';
import { rangeOf } from '../ranges';
import { mentionIndex } from '../service/lookup/corpusDocuments';
import { hoverAt, type HoverCorpus } from '../service/lookup/hover';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    // The first hover on a document symbol would otherwise pay for indexing the corpus footnotes.
    context.corpus.onDidChange((corpus) => setImmediate(() => mentionIndex(corpus)));
    context.connection.onHover((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return null;
      const result = hoverAt(model, model.lines.offsetAt(params.position), hoverCorpus(context));
      return result ? { contents: { kind: 'markdown', value: result.markdown }, range: rangeOf(model.lines, result.span) } : null;
    });
  },
};

export function hoverCorpus(context: ServerContext): HoverCorpus {
  return {
    corpus: context.corpus.current,
    indexing: context.corpus.status.state === 'indexing',
    openLink: (resolution) => context.corpusFiles.openLink(resolution),
  };
}
