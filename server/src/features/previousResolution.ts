// unres/previousResolution: the most recent corpus resolution of an open draft's series and both texts
// rendered paragraph by paragraph, aligned, for the client's diff view (service/agreed/seriesComparison.ts).

import type { Feature } from '../context';
import { PreviousResolutionRequest, type PreviousResolution } from '../protocol';
import { compareWithPreviousResolution } from '../service/agreed/seriesComparison';

export const previousResolution: Feature = {
  register(context) {
    context.connection.onRequest(PreviousResolutionRequest, (params): PreviousResolution | null => {
      const model = context.drafts.model(params.uri);
      if (!model) return null;
      const result = compareWithPreviousResolution(model, context.corpus.current);
      if ('message' in result) return { message: result.message };
      const { previous, affinity, previousText, draftText } = result.comparison;
      return {
        comparison: {
          symbol: previous.symbol,
          ...(previous.title ? { title: previous.title } : {}),
          ...(previous.date ? { date: previous.date } : {}),
          affinity,
          previous: previousText,
          draft: draftText,
        },
      };
    });
  },
};
