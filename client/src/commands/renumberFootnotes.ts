// "UN Resolution: Renumber Footnotes" (unres.renumberFootnotes): numbers the footnote markers in the
// order they first appear and puts the notes in that order.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShapingCommands } from '../../../server/src/protocol';
import { runShapingCommand } from './shapingCommand';

export function registerRenumberFootnotes(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.renumberFootnotes', () => runShapingCommand(client, ShapingCommands.renumberFootnotes));
}
