// The `unres/renderHtml` request: an open draft as an HTML page, for the preview beside the editor
// and the HTML export. The page is rendered from the parse every feature shares.

import type { Feature } from '../context';
import { RenderHtmlRequest } from '../protocol';
import { renderHtml } from '../service/format/html';

export const preview: Feature = {
  register(context) {
    context.connection.onRequest(RenderHtmlRequest, (params) => {
      const document = context.drafts.document(params.uri);
      const model = context.drafts.model(params.uri);
      if (!document || !model) return null;
      return { ...renderHtml(model), version: document.version };
    });
  },
};
