// The `unres/corpusStatus` request: how far the corpus is indexed, how big it is, which files could
// not be read. The corpus service (corpusService.ts) sends the same status as a notification
// whenever it changes; clients show it in the status bar.

import type { Feature } from '../context';
import { CorpusStatusRequest } from '../protocol';

export const corpusStatus: Feature = {
  register(context) {
    context.connection.onRequest(CorpusStatusRequest, () => context.corpus.status);
  },
};
