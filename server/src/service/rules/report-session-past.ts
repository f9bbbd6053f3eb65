// "Requests the Secretary-General to submit a report to the General Assembly at its sixty-sixth
// session", in a draft of the sixty-seventh: a request or a decision cannot look back. Only request and
// decision wording is read (to submit, report, present, include ... to the General Assembly at its
// <ordinal> session; to include in the provisional agenda of its <ordinal> session), since past
// sessions are normal in descriptive text ("the report submitted to the General Assembly at its
// sixty-second session"), and recurring requests "starting at its seventy-fifth session" keep their
// first session. Other bodies count their own sessions and are skipped.

import type { ResolutionDocument, TextSpan } from '../model';
import { sessionNumber, sessionOrdinal } from '../lexicon';
import { ordinalAlternation } from './helpers/sessionOrdinals';
import type { Rule, RuleFinding } from './rule';

const S = '[ \\u00a0]';
const assemblySession = new RegExp(`\\b(?:the${S}+General${S}+Assembly(?:,)?|provisional${S}+agenda${S}+of)${S}+(?:at${S}+)?its${S}+(${ordinalAlternation})${S}+session\\b`, 'g');
const requestVerb = /\bto(?:[ \u00a0]+(?:continue|further|also))?[ \u00a0]+(?:submit|report|present|include|transmit|provide|make|bring|convene|hold|consider|review)\b/g;
/** Words that turn the wording into a description of something already done, or a recurring request's start. */
const descriptive = /\b(?:submitted|presented|transmitted|adopted|held|convened|made|contained|considered|endorsed|requested|starting|beginning|commencing|since|as from|from)\b|[;:]/;
const WINDOW = 300;

export const reportSessionPast: Rule = {
  code: 'report-session-past',
  defaultSeverity: 'error',
  description: 'A report or agenda item requested from the General Assembly "at its <ordinal> session" is for the draft’s own session or a later one.',
  check(document) {
    const own = document.session;
    if (own === undefined) return [];
    return document.operative.flatMap((paragraph) => paragraph.fragments.flatMap((span) => inPiece(document, span, own)));
  },
};

function inPiece(document: ResolutionDocument, span: TextSpan, own: number): RuleFinding[] {
  const text = document.text.slice(span.start, span.end);
  const findings: RuleFinding[] = [];
  for (const match of text.matchAll(assemblySession)) {
    const ordinal = match[1] ?? '';
    const session = sessionNumber(ordinal);
    if (session === undefined || session >= own || !isRequest(text, match.index)) continue;
    const start = span.start + match.index + match[0].lastIndexOf(ordinal);
    findings.push(finding({ start, end: start + ordinal.length }, ordinal, own));
  }
  return findings;
}

/** Whether a request verb ("to submit") governs the words just before the match, with nothing descriptive between. */
function isRequest(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - WINDOW), at);
  const verbs = [...before.matchAll(requestVerb)];
  const last = verbs[verbs.length - 1];
  if (!last) return false;
  return !descriptive.test(before.slice(last.index + last[0].length));
}

function finding(span: TextSpan, ordinal: string, own: number): RuleFinding {
  const current = sessionOrdinal(own) ?? String(own);
  const next = sessionOrdinal(own + 1);
  return {
    span,
    message: `The draft is for the ${current} session: the ${ordinal} session is past. Request it for the ${current} session or a later one.`,
    ...(next ? { fixes: [{ title: `Change to the ${next} session`, edits: [{ span, newText: next }] }] } : {}),
  };
}
