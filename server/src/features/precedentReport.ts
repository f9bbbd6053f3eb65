// unres/precedentReport: the precedent report of an open draft (service/agreed/report.ts), Markdown
// for the client to show beside the draft.

import type { Feature } from '../context';
import { PrecedentReportRequest } from '../protocol';
import { precedentReport } from '../service/agreed/report';

export const precedentReportRequest: Feature = {
  register(context) {
    context.connection.onRequest(PrecedentReportRequest, (params) => {
      const model = context.drafts.model(params.uri);
      if (!model) return null;
      const name = decodeURIComponent(params.uri.slice(params.uri.lastIndexOf('/') + 1));
      return precedentReport(model, context.corpus.current, name);
    });
  },
};
