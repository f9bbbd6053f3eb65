// Drafting checks as pushed diagnostics (textDocument/publishDiagnostics: every client has it, Neovim
// 0.7 has nothing else). A draft is checked when it opens, DEBOUNCE_MS after the last keystroke, when
// the settings change and when the corpus finishes indexing; a run overtaken by a newer version is
// dropped. Each diagnostic links to its rule's page and carries its fixes in `data`. A pasted mess of
// a hundred thousand slips gets the first MOST_DIAGNOSTICS and a note of how many more there are: the
// editor would choke on them all, and nobody reads past the first screens.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { draftChecks, ruleDocumentation, type CheckedDraft } from '../draftChecks';
import { rangeOf } from '../ranges';
import type { Finding, Severity } from '../service/findings';
import type { LineIndex } from '../service/text/lineIndex';

export const DEBOUNCE_MS = 150;

/** A hundred times the findings of the largest adopted resolution, and a payload the editor takes at once. */
export const MOST_DIAGNOSTICS = 1000;

/**
 * A fix of more edits than this (the renumbering of a long text, offered on each misnumbered paragraph)
 * stays out of `data`, which would otherwise grow with the square of the draft: the code actions take
 * the fixes from the checks of the version, not from `data`.
 */
const MOST_EDITS_IN_DATA = 100;

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for other clients: its fixes as the core gave them (offsets in that version), those of at most MOST_EDITS_IN_DATA edits. */
export interface DiagnosticData {
  readonly version: number;
  readonly fixes: Finding['fixes'];
}

export const diagnostics: Feature = {
  register(context) {
    const publisher = new Publisher(context);
    context.documents.onDidOpen((event) => publisher.schedule(event.document.uri, 0));
    context.documents.onDidChangeContent((event) => publisher.schedule(event.document.uri, DEBOUNCE_MS));
    context.documents.onDidClose((event) => publisher.clear(event.document.uri));
    context.settings.onDidChange(() => publisher.scheduleAll());
    context.corpus.onDidChange(() => publisher.scheduleAll());
  },
};

class Publisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The latest run per document: an older run that finishes late publishes nothing. */
  private readonly runs = new Map<string, number>();

  constructor(private readonly context: ServerContext) {}

  schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri, run);
      }, delay),
    );
  }

  scheduleAll(): void {
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.runs.delete(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string, run: number): Promise<void> {
    const settings = await this.context.settings.get(uri);
    if (this.runs.get(uri) !== run) return;
    const checked = draftChecks(this.context).checkWith(uri, settings);
    if (!checked || this.runs.get(uri) !== run) return;
    await this.context.connection.sendDiagnostics({ uri, version: checked.version, diagnostics: toDiagnostics(checked) });
  }
}

export function toDiagnostics(checked: CheckedDraft): Diagnostic[] {
  const shown = checked.findings.slice(0, MOST_DIAGNOSTICS).map((finding) => toDiagnostic(finding, checked.lines, checked.version));
  const next = checked.findings[MOST_DIAGNOSTICS];
  return next ? [...shown, moreNote(checked.findings.length, rangeOf(checked.lines, next.span))] : shown;
}

function moreNote(total: number, range: Range): Diagnostic {
  const count = (value: number) => value.toLocaleString('en-US');
  return {
    range,
    severity: DiagnosticSeverity.Information,
    source: 'unres',
    message: `${count(MOST_DIAGNOSTICS)} of the ${count(total)} drafting problems are shown, up to here: correct those to see the others.`,
  };
}

function toDiagnostic(finding: Finding, lines: LineIndex, version: number): Diagnostic {
  const href = ruleDocumentation(finding.code);
  const data: DiagnosticData = { version, fixes: (finding.fixes ?? []).filter((fix) => fix.edits.length <= MOST_EDITS_IN_DATA) };
  return {
    range: rangeOf(lines, finding.span),
    severity: severities[finding.severity],
    code: finding.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'unres',
    message: finding.message,
    data,
  };
}
