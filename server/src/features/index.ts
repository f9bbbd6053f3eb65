// Every LSP feature the server offers, in the order they register.

import type { Feature } from '../context';
import { codeActions } from './codeActions';
import { completion } from './completion';
import { corpusStatus } from './corpusStatus';
import { definition } from './definition';
import { diagnostics } from './diagnostics';
import { documentLinks } from './documentLinks';
import { documentSymbols } from './documentSymbols';
import { draftStatus } from './draftStatus';
import { folding } from './folding';
import { formatting } from './formatting';
import { hover } from './hover';
import { newWording } from './newWording';
import { onTypeFormatting } from './onTypeFormatting';
import { nextYearsDraftRequest } from './nextYearsDraft';
import { precedentReportRequest } from './precedentReport';
import { precedentWarmup } from './precedentWarmup';
import { preview } from './preview';
import { previousResolution } from './previousResolution';
import { references } from './references';
import { semanticTokens } from './semanticTokens';
import { shapingCommands } from './shapingCommands';
import { searchAgreedLanguageRequest } from './searchAgreedLanguage';
import { workspaceSymbols } from './workspaceSymbols';

export const features: readonly Feature[] = [corpusStatus, hover, completion, definition, references, documentLinks, documentSymbols, folding, workspaceSymbols, draftStatus, preview, diagnostics, codeActions,
  newWording, precedentWarmup, precedentReportRequest, previousResolution, nextYearsDraftRequest, searchAgreedLanguageRequest, semanticTokens, formatting, onTypeFormatting, shapingCommands];
