// "UN Resolution: Move Paragraph Down" (unres.moveParagraphDown): moves the paragraph at the cursor one
// place down, with its number, cross-references, footnotes and full stop kept right.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShapingCommands } from '../../../server/src/protocol';
import { runShapingCommand } from './shapingCommand';

export function registerMoveParagraphDown(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.moveParagraphDown', () => runShapingCommand(client, ShapingCommands.moveParagraph, { direction: 'down' }));
}
