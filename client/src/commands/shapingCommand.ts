// Runs one of the server's reshaping commands on the draft in the active editor, at the cursor: the
// server computes the edits and applies them (workspace/applyEdit) and says what it could not do
// (window/showMessage); the cursor then follows the moved paragraph or goes to the new footnote.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { ShapingCommandArgs, ShapingCommandResult } from '../../../server/src/protocol';

export async function runShapingCommand(client: LanguageClient, command: string, extra: Omit<ShapingCommandArgs, 'uri' | 'position'> = {}): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'unres') {
    void vscode.window.showInformationMessage('Open a draft resolution (a .unres file) first.');
    return;
  }
  const args: ShapingCommandArgs = {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    ...extra,
  };
  const result = (await client
    .sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })
    .catch((error: unknown) => client.warn(`The command ${command} failed.`, error, true))) as ShapingCommandResult | undefined;
  if (!result?.position) return;
  const position = client.protocol2CodeConverter.asPosition(result.position);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
