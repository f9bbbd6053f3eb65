// Finds the precedent of every paragraph of an open draft in the background, a moment after it opens
// or changes and whenever the corpus changes, so that a hover on a paragraph (10 ms at most) and the
// agreed-wording quick fix find it already known. One paragraph at a time, yielding in between:
// requests are answered meanwhile; a newer version of the draft stops the walk.

import type { Feature, ServerContext } from '../context';
import { paragraphPrecedent } from '../service/agreed/precedents';

const DELAY_MS = 400;

export const precedentWarmup: Feature = {
  register(context) {
    const timers = new Map<string, NodeJS.Timeout>();
    const schedule = (uri: string) => {
      clearTimeout(timers.get(uri));
      timers.set(uri, setTimeout(() => void warm(context, uri), DELAY_MS));
    };
    context.documents.onDidChangeContent((event) => schedule(event.document.uri));
    context.documents.onDidClose((event) => {
      clearTimeout(timers.get(event.document.uri));
      timers.delete(event.document.uri);
    });
    context.corpus.onDidChange(() => {
      for (const document of context.documents.all()) schedule(document.uri);
    });
  },
};

async function warm(context: ServerContext, uri: string): Promise<void> {
  const version = context.documents.get(uri)?.version;
  const model = context.drafts.model(uri);
  const corpus = context.corpus.current;
  if (!model || corpus.resolutionCount === 0) return;
  for (const paragraph of model.paragraphs) {
    if (context.documents.get(uri)?.version !== version || context.corpus.current !== corpus) return;
    paragraphPrecedent(corpus, paragraph);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
