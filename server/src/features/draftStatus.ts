// The `unres/draftStatus` request: the counts the status bar shows for a draft (preambular and
// operative paragraphs, footnotes).

import type { Feature } from '../context';
import { DraftStatusRequest } from '../protocol';

export const draftStatus: Feature = {
  register(context) {
    context.connection.onRequest(DraftStatusRequest, (params) => {
      const model = context.drafts.model(params.uri);
      if (!model) return null;
      return { preambular: model.preambular.length, operative: model.operative.length, footnotes: model.footnotes.length };
    });
  },
};
