// "UN Resolution: Search Agreed Language" (unres.searchAgreedLanguage): a quick pick that searches
// every corpus paragraph as the drafter types (through the server) and inserts the chosen one at the
// cursor, as the draft writes it (opening in italics, the punctuation its place needs).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SearchAgreedLanguageRequest, type AgreedLanguageHit } from '../../../server/src/protocol';

const DELAY_MS = 150;

type HitItem = vscode.QuickPickItem & { readonly hit: AgreedLanguageHit };

export function registerSearchAgreedLanguage(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.searchAgreedLanguage', async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'unres') {
      void vscode.window.showInformationMessage('Open a draft resolution (a .unres file) first.');
      return;
    }
    const hit = await pickAgreedLanguage(client, editor);
    if (hit) await editor.edit((edit) => edit.replace(editor.selection, hit.insert));
  });
}

function pickAgreedLanguage(client: LanguageClient, editor: vscode.TextEditor): Promise<AgreedLanguageHit | undefined> {
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.placeholder = 'Words of the paragraph you look for ("victims of trafficking in persons")';
  pick.matchOnDetail = true;
  let timer: NodeJS.Timeout | undefined;
  let asked = 0;
  const search = async (query: string) => {
    const ask = ++asked;
    pick.busy = true;
    const hits = await client.sendRequest(SearchAgreedLanguageRequest, {
      query,
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    });
    if (ask !== asked) return;
    pick.items = hits.map((hit) => ({ label: hit.text, description: `${hit.occurrences}×`, detail: hit.sources, alwaysShow: true, hit }));
    pick.busy = false;
  };
  pick.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(value), DELAY_MS);
  });
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.hit);
      pick.hide();
    });
    pick.onDidHide(() => {
      clearTimeout(timer);
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
