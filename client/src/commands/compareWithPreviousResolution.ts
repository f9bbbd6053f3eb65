// "UN Resolution: Compare with the Previous Resolution" (unres.compareWithPreviousResolution): VS
// Code's diff view between the most recent corpus resolution of the draft's series (left) and the
// draft (right), both read-only and rendered paragraph by paragraph, each draft paragraph facing the
// paragraph of the previous resolution it continues.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviousResolutionRequest } from '../../../server/src/protocol';
import type { ReadOnlyDocuments } from '../views/readOnlyDocuments';
import { draftToUse } from './draftToUse';

export function registerCompareWithPreviousResolution(client: LanguageClient, documents: ReadOnlyDocuments): vscode.Disposable {
  return vscode.commands.registerCommand('unres.compareWithPreviousResolution', async (resource?: vscode.Uri) => {
    const draft = await draftToUse(resource);
    if (!draft) return;
    const answer = await client.sendRequest(PreviousResolutionRequest, { uri: client.code2ProtocolConverter.asUri(draft.uri) });
    const comparison = answer?.comparison;
    if (!comparison) {
      void vscode.window.showInformationMessage(answer?.message ?? 'The language server does not have this draft open; try again in a moment.');
      return;
    }
    const draftName = draft.uri.path.slice(draft.uri.path.lastIndexOf('/') + 1) || 'draft';
    const left = documents.set(`${comparison.symbol.replaceAll('/', '_')}.unres`, comparison.previous);
    const right = documents.set(`${draftName.replace(/\.unres$/, '')} (draft).unres`, comparison.draft);
    const series = comparison.affinity < 1 ? ' (closest title)' : '';
    await vscode.commands.executeCommand('vscode.diff', left, right, `${comparison.symbol}${series} ↔ ${draftName}`);
  });
}
