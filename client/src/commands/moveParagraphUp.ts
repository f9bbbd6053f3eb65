// "UN Resolution: Move Paragraph Up" (unres.moveParagraphUp): moves the paragraph at the cursor one
// place up, with its number, cross-references, footnotes and full stop kept right.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShapingCommands } from '../../../server/src/protocol';
import { runShapingCommand } from './shapingCommand';

export function registerMoveParagraphUp(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.moveParagraphUp', () => runShapingCommand(client, ShapingCommands.moveParagraph, { direction: 'up' }));
}
