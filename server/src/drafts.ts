// The open drafts and their document models, parsed once per version so that every feature of one
// keystroke shares one parse.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { ResolutionDocument } from './service/model';
import { parseResolution } from './service/parse';

interface Parsed {
  readonly version: number;
  readonly model: ResolutionDocument;
}

export class DraftStore {
  private readonly parsed = new Map<string, Parsed>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    documents.onDidClose((event) => this.parsed.delete(event.document.uri));
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  model(uri: string): ResolutionDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.parsed.get(uri);
    if (cached?.version === document.version) return cached.model;
    const model = parseResolution(document.getText());
    this.parsed.set(uri, { version: document.version, model });
    return model;
  }
}
