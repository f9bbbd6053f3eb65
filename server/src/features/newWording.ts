// unres/newWording: what is new in a draft against the corpus, for the editor's "new wording" marks
// (a VS Code decoration, switched off with `unres.agreedLanguage.markNewWording`). A request rather
// than diagnostics: new wording is what negotiation is for, not a problem to list, and its precedent
// searches stay out of the diagnostics' budget. Paragraph by paragraph, yielding between them, so that
// completion and hovers are answered meanwhile; an answer names the draft's version it is about.
// Against a small corpus (the five built-in seeds, before the drafter adds a folder of resolutions)
// nearly every paragraph is new: whole new paragraphs are only marked against a corpus of some size.

import type { CancellationToken } from 'vscode-languageserver';
import type { Feature } from '../context';
import { NewWordingRequest, type NewWording, type NewWordingParagraph } from '../protocol';
import { rangeOf } from '../ranges';
import { paragraphNovelty, type ParagraphNovelty } from '../service/agreed/newWording';
import type { ResolutionDocument } from '../service/model';

/** Below this many resolutions, "new" says more about the corpus than about the paragraph. */
const MARK_NEW_FROM = 100;

export const newWording: Feature = {
  register(context) {
    context.connection.onRequest(NewWordingRequest, async (params, token: CancellationToken): Promise<NewWording | null> => {
      const document = context.documents.get(params.uri);
      const model = context.drafts.model(params.uri);
      if (!document || !model) return null;
      const corpus = context.corpus.current;
      const paragraphs: NewWordingParagraph[] = [];
      for (const paragraph of model.paragraphs) {
        if (token.isCancellationRequested) return null;
        paragraphs.push(wire(model, paragraphNovelty(model, paragraph, corpus), corpus.resolutionCount >= MARK_NEW_FROM));
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { version: document.version, paragraphs, indexing: context.corpus.status.state === 'indexing' };
    });
  },
};

function wire(model: ResolutionDocument, novelty: ParagraphNovelty, markNew: boolean): NewWordingParagraph {
  const added = novelty.status === 'new' && !markNew ? [] : novelty.added;
  return {
    range: rangeOf(model.lines, novelty.paragraph.span),
    status: novelty.status,
    similarity: novelty.similarity,
    ...(novelty.precedent ? { precedent: novelty.precedent } : {}),
    added: added.map((span) => rangeOf(model.lines, span)),
  };
}
