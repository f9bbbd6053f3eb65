// unres/newWording: what is new in a draft against the corpus, for the editor's "new wording" marks
// (a VS Code decoration, switched off with `unres.agreedLanguage.markNewWording`). A request rather
// than diagnostics: new wording is what negotiation is for, not a problem to list, and its precedent
// searches stay out of the diagnostics' budget. Paragraph by paragraph, yielding between them, so that
// completion and hovers are answered meanwhile; an answer names the draft's version it is about.

import type { CancellationToken } from 'vscode-languageserver';
import type { Feature } from '../context';
import { NewWordingRequest, type NewWording, type NewWordingParagraph } from '../protocol';
import { rangeOf } from '../ranges';
import { paragraphNovelty, type ParagraphNovelty } from '../service/agreed/newWording';
import type { ResolutionDocument } from '../service/model';

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
        paragraphs.push(wire(model, paragraphNovelty(model, paragraph, corpus)));
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { version: document.version, paragraphs };
    });
  },
};

function wire(model: ResolutionDocument, novelty: ParagraphNovelty): NewWordingParagraph {
  return {
    range: rangeOf(model.lines, novelty.paragraph.span),
    status: novelty.status,
    similarity: novelty.similarity,
    ...(novelty.precedent ? { precedent: novelty.precedent } : {}),
    added: novelty.added.map((span) => rangeOf(model.lines, span)),
  };
}
