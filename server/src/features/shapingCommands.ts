// Commands that reshape a draft (workspace/executeCommand): renumber the operative paragraphs, move a
// paragraph up or down, insert a footnote, renumber the footnotes. The server computes the edits and
// applies them with workspace/applyEdit, so that every client (VS Code's commands, Neovim's
// `vim.lsp.buf.execute_command`) gets the same behaviour. What cannot be done is said with
// window/showMessage, in the drafter's words.

import { MessageType, TextDocumentEdit, type ExecuteCommandParams } from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { ShapingCommands, type ShapingCommandArgs, type ShapingCommandResult } from '../protocol';
import { insertFootnote, renumberFootnotes } from '../service/format/footnotes';
import { moveParagraph } from '../service/format/moveParagraph';
import { renumberOperativeParagraphs } from '../service/format/renumber';
import type { TextEdit } from '../service/findings';
import type { ResolutionDocument } from '../service/model';
import { applyEdits } from '../service/text/edits';
import { LineIndex } from '../service/text/lineIndex';
import { toLsp } from './formatting';

interface Draft {
  readonly uri: string;
  readonly version: number;
  readonly model: ResolutionDocument;
  readonly args: ShapingCommandArgs;
}

/** What a command does: edits with a label and where the cursor goes, or why it cannot. */
type Outcome = { readonly label: string; readonly edits: readonly TextEdit[]; readonly cursor?: number } | { readonly message: string };

const commands: Record<string, (draft: Draft) => Outcome> = {
  [ShapingCommands.renumberParagraphs]: ({ model }) => {
    const edits = renumberOperativeParagraphs(model);
    if (edits.length === 0) return { message: 'The operative paragraphs and their cross-references are numbered right already.' };
    return { label: 'Renumber operative paragraphs', edits };
  },
  [ShapingCommands.renumberFootnotes]: ({ model }) => {
    const edits = renumberFootnotes(model);
    if (edits.length === 0) return { message: 'The footnotes are numbered in order already.' };
    return { label: 'Renumber footnotes', edits };
  },
  [ShapingCommands.moveParagraph]: ({ model, args }) => {
    const direction = args.direction === 'up' ? 'up' : 'down';
    const result = moveParagraph(model, cursorOf(model, args), direction);
    if ('error' in result) return { message: result.error };
    return { label: `Move paragraph ${direction}`, edits: result.edits, cursor: result.offset };
  },
  [ShapingCommands.insertFootnote]: ({ model, args }) => {
    const result = insertFootnote(model, cursorOf(model, args), typeof args.text === 'string' ? args.text : '');
    if ('error' in result) return { message: result.error };
    return { label: 'Insert footnote', edits: result.edits, cursor: result.noteEnd };
  },
};

export const shapingCommands: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: Object.values(ShapingCommands) } }),
  register(context) {
    context.connection.onExecuteCommand((params) => run(context, params));
  },
};

async function run(context: ServerContext, params: ExecuteCommandParams): Promise<ShapingCommandResult | undefined> {
  const command = commands[params.command];
  if (!command) return undefined;
  const draft = draftOf(context, params.arguments?.[0]);
  if (typeof draft === 'string') return refuse(context, draft);
  const outcome = command(draft);
  if ('message' in outcome) return refuse(context, outcome.message);
  const response = await context.connection.workspace.applyEdit({ label: outcome.label, edit: workspaceEdit(context, draft, outcome.edits) });
  if (!response.applied) return refuse(context, `The editor did not apply the edits${response.failureReason ? `: ${response.failureReason}` : '.'}`);
  if (outcome.cursor === undefined) return { applied: true };
  const after = new LineIndex(applyEdits(draft.model.text, outcome.edits));
  return { applied: true, position: after.positionAt(outcome.cursor) };
}

function draftOf(context: ServerContext, raw: unknown): Draft | string {
  const args = typeof raw === 'object' && raw !== null ? (raw as ShapingCommandArgs) : undefined;
  if (!args || typeof args.uri !== 'string') return 'The command needs the draft it works on: { uri, position }.';
  const document = context.drafts.document(args.uri);
  const model = context.drafts.model(args.uri);
  if (!document || !model) return 'Open the draft in the editor first.';
  return { uri: args.uri, version: document.version, model, args };
}

function cursorOf(model: ResolutionDocument, args: ShapingCommandArgs): number {
  const position = args.position;
  if (!position || typeof position.line !== 'number' || typeof position.character !== 'number') return 0;
  return model.lines.offsetAt(position);
}

function refuse(context: ServerContext, message: string): ShapingCommandResult {
  void context.connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
  return { applied: false, message };
}

/** A versioned edit where the client supports it, so that a draft that changed meanwhile is not edited blindly. */
function workspaceEdit(context: ServerContext, draft: Draft, edits: readonly TextEdit[]) {
  const changes = toLsp(draft.model.lines, edits);
  if (context.clientCapabilities().workspace?.workspaceEdit?.documentChanges) {
    return { documentChanges: [TextDocumentEdit.create({ uri: draft.uri, version: draft.version }, changes)] };
  }
  return { changes: { [draft.uri]: changes } };
}
