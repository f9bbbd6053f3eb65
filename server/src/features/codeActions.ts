// Quick fixes for the drafting checks: each finding's own fixes, "Fix all <code> problems" for a kind,
// `source.fixAll.unres` for the whole draft, and "Silence <code> for this paragraph", which puts an
// `<!-- unres-ignore <code> -->` line before the paragraph. The fixes come from the checks of the
// draft's current version, matched to the diagnostics the client sends back by code and range.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Feature } from '../context';
import { agreedWordingActions } from './agreedWordingActions';
import { draftChecks, type CheckedDraft } from '../draftChecks';
import { rangeOf } from '../ranges';
import type { Finding, Fix, TextEdit } from '../service/findings';
import type { ResolutionDocument, TextSpan } from '../service/model';
import { paragraphAt } from '../service/rules/helpers/paragraphAt';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unres`;

export const codeActions: Feature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
  }),
  register(context) {
    context.connection.onCodeAction(async (params) => {
      const checked = await draftChecks(context).check(params.textDocument.uri);
      if (!checked) return [];
      return checked.model ? [...actionsFor(checked, checked.model, params), ...agreedWordingActions(context, checked.model, params)] : [];
    });
  },
};

function actionsFor(checked: CheckedDraft, model: ResolutionDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
  const fixAll = wantsFixAll ? fixAllAction(checked, 'Fix all drafting problems (unres)', checked.findings, FIX_ALL_KIND) : undefined;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return fixAll ? [fixAll] : [];
  const actions = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'unres').flatMap((diagnostic) => forDiagnostic(checked, model, diagnostic));
  return fixAll ? [...actions, fixAll] : actions;
}

function forDiagnostic(checked: CheckedDraft, model: ResolutionDocument, diagnostic: Diagnostic): CodeAction[] {
  const finding = checked.findings.find((candidate) => candidate.code === diagnostic.code && sameRange(rangeOf(checked.lines, candidate.span), diagnostic.range));
  if (!finding) return [];
  const own = (finding.fixes ?? []).map((fix) => quickFix(checked, fix.title, fix.edits, diagnostic, fix.preferred === true));
  const sameKind = checked.findings.filter((candidate) => candidate.code === finding.code && preferredFix(candidate) !== undefined);
  const all = sameKind.length > 1 ? fixAllAction(checked, `Fix all ${finding.code} problems`, sameKind, CodeActionKind.QuickFix) : undefined;
  return [...own, ...(all ? [all] : []), quickFix(checked, `Silence ${finding.code} for this paragraph`, [silence(model, finding)], diagnostic, false)];
}

function quickFix(checked: CheckedDraft, title: string, edits: readonly TextEdit[], diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...(preferred ? { isPreferred: true } : {}), edit: workspaceEdit(checked, edits) };
}

/**
 * The preferred fix of every finding, leaving out any fix whose edits overlap one already taken. A fix
 * that several findings share (the renumbering of every misnumbered paragraph) is weighed once.
 */
function fixAllAction(checked: CheckedDraft, title: string, findings: readonly Finding[], kind: string): CodeAction | undefined {
  const taken = new TakenEdits();
  const weighed = new Set<Fix>();
  for (const finding of findings) {
    const fix = preferredFix(finding);
    if (!fix || weighed.has(fix)) continue;
    weighed.add(fix);
    const fresh = fix.edits.filter((edit) => !taken.has(edit));
    if (fresh.some((edit) => taken.collides(edit.span))) continue;
    for (const edit of fresh) taken.add(edit);
  }
  return taken.edits.length > 0 ? { title, kind, edit: workspaceEdit(checked, taken.edits) } : undefined;
}

/**
 * The edits fix-all has taken, in order of their start, so that whether a new one collides is found by
 * binary search: "Fix all" on a paste of thousands of slips answers at once.
 */
class TakenEdits {
  readonly edits: TextEdit[] = [];
  private readonly keys = new Set<string>();

  has(edit: TextEdit): boolean {
    return this.keys.has(keyOf(edit));
  }

  /** Taken edits never overlap: only those starting within the span, and those starting last before it, can. */
  collides(span: TextSpan): boolean {
    const { edits } = this;
    const first = this.firstStartingFrom(span.start);
    for (let i = first; i < edits.length && (edits[i]!.span.start < span.end || edits[i]!.span.start === span.start); i++) {
      if (overlaps(span, edits[i]!.span)) return true;
    }
    const before = edits[first - 1]?.span.start;
    for (let i = first - 1; i >= 0 && edits[i]!.span.start === before; i--) {
      if (overlaps(span, edits[i]!.span)) return true;
    }
    return false;
  }

  add(edit: TextEdit): void {
    let at = this.firstStartingFrom(edit.span.start);
    while (at < this.edits.length && this.edits[at]!.span.start === edit.span.start) at++;
    this.edits.splice(at, 0, edit);
    this.keys.add(keyOf(edit));
  }

  private firstStartingFrom(offset: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.edits[middle]!.span.start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function keyOf(edit: TextEdit): string {
  return `${edit.span.start}:${edit.span.end}:${edit.newText}`;
}

/** Fix-all applies only the fixes a drafter most likely wants; a guess (the session a report is due) waits for the drafter. */
function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((fix) => fix.preferred);
}

/** `<!-- unres-ignore code -->` on a line of its own before the paragraph (or the line) the finding is in. */
function silence(model: ResolutionDocument, finding: Finding): TextEdit {
  const paragraph = paragraphAt(model, finding.span.start);
  const line = model.lines.positionAt(paragraph?.span.start ?? finding.span.start).line;
  const start = model.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(model.lines.lineText(line))?.[0] ?? '';
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start, end: start }, newText: `${indent}<!-- unres-ignore ${finding.code} -->${eol}` };
}

function workspaceEdit(checked: CheckedDraft, edits: readonly TextEdit[]) {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return { changes: { [checked.uri]: sorted.map((edit) => ({ range: rangeOf(checked.lines, edit.span), newText: edit.newText })) } };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Two edits collide when their spans overlap, or when both insert at the same place. */
function overlaps(a: TextSpan, b: TextSpan): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
