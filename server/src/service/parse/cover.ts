// The cover lines above the title: the draft's symbol, session, agenda item, sponsors, distribution.

import type { CoverLine } from '../model';
import { sessionNumber, statesNamedWithAnd } from '../lexicon';
import { parseWholeDate } from './dates';
import { contentEnd, contentStart, type SourceLine, trimmed } from './source';

const symbolLine = /^(?:A|E|S)\/[A-Z0-9.\-/]*\d[A-Za-z0-9.\-/]*(?:[ \u00a0][A-Z](?:[-–][A-Z])?)?$/;
const organLine =
  /^(?:United Nations|General Assembly|Security Council|Economic and Social Council|Human Rights Council|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee)$/;
const sponsorsLine = /^(.+?)\s*:\s*(?:revised\s+)?draft\s+(?:resolution|decision)\b/i;

export function coverLine(line: SourceLine): CoverLine {
  const text = trimmed(line);
  return { kind: coverKind(text), text, span: { start: contentStart(line), end: contentEnd(line) } };
}

/** Whether the line is one a cover holds (anything but 'other'). */
export function isCoverLike(line: SourceLine): boolean {
  const text = trimmed(line);
  return coverKind(text) !== 'other' || /^(?:Resolutions? adopted by|\[(?:on the report|without reference)|Original:|Distr\.)/.test(text);
}

function coverKind(text: string): CoverLine['kind'] {
  if (text.length > 300) return 'other';
  if (symbolLine.test(text)) return 'symbol';
  if (sessionOf(text) !== undefined) return 'session';
  if (/^Agenda items?\s+\S/.test(text)) return 'agenda-item';
  if (sponsorsLine.test(text)) return 'sponsors';
  if (/^Distr\.?:?\s/.test(text)) return 'distribution';
  if (parseWholeDate(text)) return 'date';
  if (organLine.test(text)) return 'organ';
  return 'other';
}

/** 79 for "Seventy-ninth session". */
export function sessionOf(text: string): number | undefined {
  const match = /^(\S+)\s+session$/i.exec(text);
  return match ? sessionNumber(match[1] ?? '') : undefined;
}

export function agendaItemOf(text: string): string | undefined {
  return /^Agenda items?\s+(.+)$/.exec(text)?.[1]?.trim();
}

/** "Antigua and Barbuda, Brazil and Chile: draft resolution" → ["Antigua and Barbuda", "Brazil", "Chile"]. */
export function sponsorsOf(text: string): string[] | undefined {
  const names = sponsorsLine.exec(text)?.[1];
  if (names === undefined) return undefined;
  const sponsors: string[] = [];
  let rest = names;
  for (;;) {
    const compound = statesNamedWithAnd.find((state) => rest.startsWith(state));
    const next = compound ? rest.slice(compound.length) : rest;
    const separator = /\s*,\s*|\s+and\s+/.exec(next);
    const name = (compound ?? '') + (separator ? next.slice(0, separator.index) : next);
    if (name.trim().length > 0) sponsors.push(name.trim());
    if (!separator) return sponsors;
    rest = next.slice(separator.index + separator[0].length);
  }
}
