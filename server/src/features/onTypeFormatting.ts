// On-type formatting after Enter: the finished paragraph gets the ending its kind takes and the new
// line starts with the next number or sub-paragraph label (service/format/onEnter.ts). The extension
// switches `editor.formatOnType` on for unres files.

import type { Feature } from '../context';
import { onEnter } from '../service/format/onEnter';
import { toLsp } from './formatting';

export const onTypeFormatting: Feature = {
  capabilities: () => ({ documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' } }),
  register(context) {
    context.connection.onDocumentOnTypeFormatting((params) => {
      if (params.ch !== '\n') return [];
      const model = context.drafts.model(params.textDocument.uri);
      return model ? toLsp(model.lines, onEnter(model, model.lines.offsetAt(params.position))) : [];
    });
  },
};
