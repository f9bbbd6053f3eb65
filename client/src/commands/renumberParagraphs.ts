// "UN Resolution: Renumber Operative Paragraphs" (unres.renumberParagraphs): numbers the operative
// paragraphs 1, 2, 3 ... and updates every internal cross-reference to follow its paragraph.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShapingCommands } from '../../../server/src/protocol';
import { runShapingCommand } from './shapingCommand';

export function registerRenumberParagraphs(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.renumberParagraphs', () => runShapingCommand(client, ShapingCommands.renumberParagraphs));
}
