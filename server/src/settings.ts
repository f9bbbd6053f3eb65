// One settings contract for every client. The server pulls the `unres` section with
// workspace/configuration where the client supports it; otherwise it takes the settings from
// initializationOptions.settings.unres and from workspace/didChangeConfiguration.

import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { Severity } from './service/findings';

export type RuleLevel = Severity | 'off';

export interface UnresSettings {
  readonly corpus: { readonly paths: readonly string[] };
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly cacheDir: string;
  /** Which quotation marks drafts should use: the corpus's typographic ones, or straight ones. */
  readonly quotes: 'typographic' | 'straight';
}

export const defaultSettings: UnresSettings = {
  corpus: { paths: [] },
  rules: {},
  cacheDir: '',
  quotes: 'typographic',
};

const ruleLevels = new Set<string>(['off', 'hint', 'information', 'warning', 'error']);

/** Accepts both nested (`{corpus: {paths}}`) and dotted (`{"corpus.paths": ...}`) shapes, and ignores junk. */
export function normalizeSettings(raw: unknown): UnresSettings {
  const source = isRecord(raw) ? raw : {};
  const corpus = isRecord(source.corpus) ? source.corpus : {};
  const paths = corpus.paths ?? source['corpus.paths'];
  const rules = isRecord(source.rules) ? source.rules : {};
  return {
    corpus: { paths: Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [] },
    rules: Object.fromEntries(
      Object.entries(rules).filter((entry): entry is [string, RuleLevel] => ruleLevels.has(String(entry[1]))),
    ),
    cacheDir: typeof source.cacheDir === 'string' ? source.cacheDir : '',
    quotes: source.quotes === 'straight' ? 'straight' : 'typographic',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Listener = () => void;

export class SettingsStore {
  private pulled = false;
  private pushed: UnresSettings = defaultSettings;
  private readonly perResource = new Map<string, Promise<UnresSettings>>();
  private readonly listeners: Listener[] = [];

  constructor(private readonly connection: Connection) {}

  initialize(params: InitializeParams): void {
    this.pulled = params.capabilities.workspace?.configuration === true;
    const options: unknown = params.initializationOptions;
    if (isRecord(options) && isRecord(options.settings) && options.settings.unres !== undefined) {
      this.pushed = normalizeSettings(options.settings.unres);
    }
    this.connection.onDidChangeConfiguration((change) => {
      const settings: unknown = change.settings;
      if (isRecord(settings) && settings.unres !== undefined) this.pushed = normalizeSettings(settings.unres);
      this.perResource.clear();
      for (const listener of this.listeners) listener();
    });
  }

  /** Whether the client answers workspace/configuration (otherwise settings are pushed to us). */
  get pullsFromClient(): boolean {
    return this.pulled;
  }

  /** The settings that apply to a document (or to the workspace when no uri is given). */
  get(uri?: string): Promise<UnresSettings> {
    if (!this.pulled) return Promise.resolve(this.pushed);
    const key = uri ?? '';
    let settings = this.perResource.get(key);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration(uri ? { scopeUri: uri, section: 'unres' } : { section: 'unres' })
        .then(normalizeSettings, () => this.pushed);
      this.perResource.set(key, settings);
    }
    return settings;
  }

  onDidChange(listener: Listener): void {
    this.listeners.push(listener);
  }
}
