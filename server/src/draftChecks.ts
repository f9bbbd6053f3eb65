// The drafting checks of each open draft, computed once per version, settings and corpus, and shared
// by the diagnostics (what the drafter sees) and the code actions (the fixes of what they see). A
// document of more than 1 MB is not parsed for them: it gets `draft-too-large` alone.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { URI } from 'vscode-uri';
import type { ServerContext } from './context';
import type { Finding } from './service/findings';
import type { ResolutionDocument } from './service/model';
import { checkDraft, checkOversized } from './service/rules';
import { LineIndex } from './service/text/lineIndex';
import type { UnresSettings } from './settings';

export interface CheckedDraft {
  readonly uri: string;
  readonly version: number;
  /** The parsed draft; absent for a document too large to check. */
  readonly model?: ResolutionDocument;
  /** The lines of the text the findings' offsets refer to. */
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

interface Cached extends CheckedDraft {
  readonly key: string;
  readonly corpus: object;
}

export class DraftChecks {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly context: ServerContext) {
    context.documents.onDidClose((event) => this.cache.delete(event.document.uri));
  }

  /** The findings of the draft as it is now, or undefined when it is not open. */
  async check(uri: string): Promise<CheckedDraft | undefined> {
    const settings = await this.context.settings.get(uri);
    return this.checkWith(uri, settings);
  }

  /** As `check`, with the settings already at hand (no wait: the result matches the current version). */
  checkWith(uri: string, settings: UnresSettings): CheckedDraft | undefined {
    const document = this.context.documents.get(uri);
    if (!document) return undefined;
    const corpus = this.context.corpus.current;
    const key = JSON.stringify([settings.rules, settings.quotes]);
    const cached = this.cache.get(uri);
    if (cached && cached.version === document.version && cached.key === key && cached.corpus === corpus) return cached;
    const text = document.getText();
    const oversized = checkOversized(text, settings.rules);
    if (oversized) return this.remember({ uri, version: document.version, lines: new LineIndex(text), findings: oversized, key, corpus });
    const model = this.context.drafts.model(uri);
    if (!model) return undefined;
    const findings = checkDraft(model, { corpus, options: { quotes: settings.quotes } }, settings.rules, (code, error) =>
      this.context.connection.console.error(`unres: the ${code} check failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
    return this.remember({ uri, version: document.version, model, lines: model.lines, findings, key, corpus });
  }

  private remember(checked: Cached): Cached {
    this.cache.set(checked.uri, checked);
    return checked;
  }
}

const stores = new WeakMap<ServerContext, DraftChecks>();

export function draftChecks(context: ServerContext): DraftChecks {
  let store = stores.get(context);
  if (!store) {
    store = new DraftChecks(context);
    stores.set(context, store);
  }
  return store;
}

/** The folder of the rules' documentation pages shipped beside the bundle (dist/../docs/rules), or beside the sources. */
const docsFolder = [resolve(__dirname, '..', 'docs', 'rules'), resolve(__dirname, '..', '..', 'docs', 'rules'), resolve(__dirname, '..', '..', '..', 'docs', 'rules')].find((folder) =>
  existsSync(folder),
);

/** The `file:` URI of a rule's documentation page, when the page ships with the server. */
export function ruleDocumentation(code: string): string | undefined {
  if (!docsFolder) return undefined;
  const page = resolve(docsFolder, `${code}.md`);
  return existsSync(page) ? URI.file(page).toString() : undefined;
}
