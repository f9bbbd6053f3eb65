// "UN Resolution: Insert Footnote" (unres.insertFootnote): asks for the note's text, puts a marker at
// the cursor and the note in the footnotes, renumbering both in order; with no text given, the cursor
// goes to the new note to type it there.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShapingCommands } from '../../../server/src/protocol';
import { runShapingCommand } from './shapingCommand';

export function registerInsertFootnote(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.insertFootnote', async () => {
    const text = await vscode.window.showInputBox({
      title: 'Insert footnote',
      prompt: 'The text of the footnote (leave it empty to type it in the note)',
      placeHolder: 'Resolution 60/288.',
    });
    if (text === undefined) return;
    await runShapingCommand(client, ShapingCommands.insertFootnote, { text });
  });
}
