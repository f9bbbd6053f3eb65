// unres/searchAgreedLanguage and unres/searchTitles: free-text search of the corpus's paragraphs (each
// with the text to insert at the drafter's cursor) and of its resolutions' titles, for the client's
// quick picks.

import type { Feature } from '../context';
import { SearchAgreedLanguageRequest, SearchTitlesRequest } from '../protocol';
import { searchAgreedLanguage } from '../service/agreed/search';

const TITLES = 30;

export const searchAgreedLanguageRequest: Feature = {
  register(context) {
    context.connection.onRequest(SearchAgreedLanguageRequest, (params) => {
      const document = params.uri ? context.drafts.model(params.uri) : undefined;
      const at = document && params.position ? { document, offset: document.lines.offsetAt(params.position) } : undefined;
      return searchAgreedLanguage(context.corpus.current, params.query, at, params.limit);
    });
    context.connection.onRequest(SearchTitlesRequest, (params) =>
      context.corpus.current.searchTitles(params.query, TITLES).map(({ symbol, title, date }) => ({ symbol, ...(title ? { title } : {}), ...(date ? { date } : {}) })),
    );
  },
};
