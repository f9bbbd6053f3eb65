// "UN Resolution: Open Preview to the Side" (unres.showPreview): the draft beside its editor, as the
// General Assembly's documents look.

import * as vscode from 'vscode';
import type { ResolutionPreview } from '../views/preview';
import { draftToUse } from './draftToUse';

export function registerShowPreview(preview: ResolutionPreview): vscode.Disposable {
  return vscode.commands.registerCommand('unres.showPreview', async (resource?: vscode.Uri) => {
    const document = await draftToUse(resource);
    if (document) preview.show(document);
  });
}
