// The "Use the agreed wording of A/RES/66/181, op. 12" quick fix, offered on a paragraph whose
// precedent is adapted (close but not verbatim). The code-actions feature lists these with the
// drafting checks' fixes; the edits come from the core (service/agreed/agreedWording.ts), the
// precedent's own file from the corpus, for its footnotes. Editors ask for code actions at every
// move of the cursor: the action is kept per version of the draft and paragraph.

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { precedentSources } from '../precedentSources';
import { rangeOf } from '../ranges';
import type { Corpus } from '../service/corpus/corpus';
import { useAgreedWording } from '../service/agreed/agreedWording';
import { paragraphPrecedent } from '../service/agreed/precedents';
import type { Paragraph, ResolutionDocument } from '../service/model';

const known = new WeakMap<Corpus, WeakMap<ResolutionDocument, Map<Paragraph, CodeAction | null>>>();

export function agreedWordingActions(context: ServerContext, model: ResolutionDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const offset = model.lines.offsetAt(params.range.start);
  const paragraph = model.paragraphs.find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
  if (!paragraph || context.corpus.current.resolutionCount === 0) return [];
  let versions = known.get(context.corpus.current);
  if (!versions) known.set(context.corpus.current, (versions = new WeakMap()));
  let actions = versions.get(model);
  if (!actions) versions.set(model, (actions = new Map()));
  if (!actions.has(paragraph)) actions.set(paragraph, actionFor(context, model, paragraph, params.textDocument.uri));
  const action = actions.get(paragraph);
  return action ? [action] : [];
}

function actionFor(context: ServerContext, model: ResolutionDocument, paragraph: Paragraph, uri: string): CodeAction | null {
  const corpus = context.corpus.current;
  const match = paragraphPrecedent(corpus, paragraph);
  if (match.status !== 'adapted' || !match.closest) return null;
  const resolution = corpus.resolution(match.closest.resolution.symbol);
  const fix = useAgreedWording(model, paragraph, match.closest, resolution ? precedentSources.document(resolution) : undefined);
  const edits = fix.edits.map((edit) => ({ range: rangeOf(model.lines, edit.span), newText: edit.newText }));
  return { title: fix.title, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: edits } } };
}
