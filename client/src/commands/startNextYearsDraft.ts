// "UN Resolution: Start Next Year's Draft" (unres.startNextYearsDraft): a new draft of the series of
// the active draft (or of a resolution chosen by title), made by the server from the series' latest
// corpus resolution, opened as an untitled `unres` document to save where the drafter wants.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NextYearsDraftRequest, SearchTitlesRequest, type NextYearsDraftParams } from '../../../server/src/protocol';
import { sessionOrdinal } from '../../../server/src/service/lexicon/ordinals';
import { isDraft } from './draftToUse';

export function registerStartNextYearsDraft(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.startNextYearsDraft', async (resource?: vscode.Uri) => {
    const params = await seriesToContinue(client, resource);
    if (!params) return;
    const draft = await client.sendRequest(NextYearsDraftRequest, params);
    if (!draft.text) {
      void vscode.window.showInformationMessage(draft.message ?? 'No draft could be made.');
      return;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'unres', content: draft.text });
    await vscode.window.showTextDocument(document);
    const session = draft.session ? sessionOrdinal(draft.session) : undefined;
    void vscode.window.showInformationMessage(`The draft for the ${session ? `${session} session` : 'next session'}, made from ${draft.from}. Save it to keep it${draft.fileName ? ` (as ${draft.fileName}, say)` : ''}.`);
  });
}

/** The series of the draft at hand; without one, a resolution picked by its title. */
async function seriesToContinue(client: LanguageClient, resource?: vscode.Uri): Promise<NextYearsDraftParams | undefined> {
  const chosen = resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : undefined;
  const document = [chosen, ...[vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].map((editor) => editor?.document)].find(isDraft);
  if (document) return { uri: client.code2ProtocolConverter.asUri(document.uri) };
  return pickResolution(client);
}

async function pickResolution(client: LanguageClient): Promise<NextYearsDraftParams | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { symbol: string }>();
  pick.placeholder = 'Type words of the series title ("crime prevention", "Question of Bermuda")';
  pick.matchOnDescription = true;
  let asked = 0;
  pick.onDidChangeValue(async (value) => {
    const ask = ++asked;
    pick.busy = true;
    const titles = await client.sendRequest(SearchTitlesRequest, { query: value });
    if (ask !== asked) return;
    pick.items = titles.map((title) => ({ label: title.title ?? title.symbol, description: title.symbol, detail: title.date, symbol: title.symbol, alwaysShow: true }));
    pick.busy = false;
  });
  const chosen = await new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.symbol));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  return chosen ? { symbol: chosen } : undefined;
}
