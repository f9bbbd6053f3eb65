// A draft as the General Assembly's documents show it, as one standalone HTML page: the cover block,
// the title, the formula, preambular paragraphs with their opening phrase in italics, operative
// paragraphs with hanging numbers and their verb in italics, sub-paragraphs indented, the closing
// meeting line, annexes, and the footnotes at the foot. Citations stay plain text. Every character of
// the draft is escaped, and the page carries a Content-Security-Policy that runs no script and loads
// nothing: a draft cannot become markup.

import type { CoverLine, Footnote, Heading, Paragraph, ResolutionDocument, Subparagraph, TextSpan } from '../model';
import { contentSecurityPolicy, documentStyle } from './htmlStyle';
import { escapeHtml, inlineHtml, within, type Decoration, type InlineSource } from './htmlInline';

export interface RenderedDocument {
  /** The whole page, from `<!DOCTYPE html>` to `</html>`. */
  readonly html: string;
  /** The page's title: the document symbol and the resolution's title, as far as the draft gives them. */
  readonly title: string;
}

export function renderHtml(model: ResolutionDocument): RenderedDocument {
  const source: InlineSource = { text: model.text, hidden: model.comments.map((comment) => comment.span) };
  const title = pageTitle(model);
  const body = [
    coverHtml(model.cover),
    titleHtml(model, source),
    ...bodyBlocks(model, source),
    closingHtml(model, source),
    ...model.annexes.map((annex) => annexHtml(annex, source)),
    footnotesHtml(model.footnotes, source),
  ];
  return { title, html: page(title, model.language, body.filter((block) => block !== '').join('\n')) };
}

function page(title: string, language: string, body: string): string {
  const lang = /^[a-z]{2}$/.test(language) ? ` lang="${language}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html${lang}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${documentStyle}</style>`,
    '</head>',
    `<body>\n<main class="page">\n${body}\n</main>\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

function pageTitle(model: ResolutionDocument): string {
  const parts = [model.symbol?.value, model.title?.text.replace(/\*/g, '')].filter((part) => part);
  return parts.length > 0 ? parts.join(' — ') : 'Draft resolution';
}

const mastheadLeft = new Set<CoverLine['kind']>(['organ']);
const mastheadRight = new Set<CoverLine['kind']>(['symbol', 'distribution', 'date']);

/** The cover lines: "United Nations" and the organ on the left, the symbol and distribution on the right. */
function coverHtml(cover: readonly CoverLine[]): string {
  if (cover.length === 0) return '';
  const left = cover.filter((line) => mastheadLeft.has(line.kind)).slice(0, 2);
  const right = cover.filter((line) => mastheadRight.has(line.kind) || /^Original:/.test(line.text));
  const rest = cover.filter((line) => !left.includes(line) && !right.includes(line));
  const leftHtml = left.map(
    (line, index) =>
      `<p class="${index === 0 && left.length > 1 ? 'organization' : 'organ'}">${escapeHtml(line.text)}</p>`,
  );
  const rightHtml = right.map(
    (line) => `<p class="${line.kind === 'symbol' ? 'symbol' : 'distribution'}">${escapeHtml(line.text)}</p>`,
  );
  const restHtml = rest.map((line, index) => coverLineHtml(line, rest[index - 1]));
  const masthead = `<div class="masthead"><div>${leftHtml.join('')}</div><div>${rightHtml.join('')}</div></div>`;
  return `<header class="cover">\n${masthead}\n${restHtml.join('\n')}\n</header>`;
}

function coverLineHtml(line: CoverLine, previous: CoverLine | undefined): string {
  if (line.kind === 'sponsors') return `<p class="sponsors">${escapeHtml(line.text)}</p>`;
  // The agenda item's title and the adoption line stand out in bold on the cover of a GA document.
  const emphasis = previous?.kind === 'agenda-item' || /^Resolution adopted by/.test(line.text);
  return `<p class="cover-line${emphasis ? ' emphasis' : ''}">${escapeHtml(line.text)}</p>`;
}

function titleHtml(model: ResolutionDocument, source: InlineSource): string {
  const title = model.title;
  if (!title) return '';
  const number = model.text.slice(title.span.start, title.textSpan.start).replace(/\*/g, '').trim();
  const numberHtml = number ? `<span class="title-number">${escapeHtml(number)}</span>` : '';
  return `<h1 class="title${number ? ' numbered' : ''}">${numberHtml}${inlineHtml(source, [title.textSpan], [])}</h1>`;
}

interface Block {
  readonly start: number;
  readonly html: string;
}

/** Formulas, headings and paragraphs in the order the draft gives them. */
function bodyBlocks(model: ResolutionDocument, source: InlineSource): string[] {
  const blocks: Block[] = [
    ...model.formulas.map((formula) => ({
      start: formula.span.start,
      html: `<p class="formula"><em>${escapeHtml(formula.organ)}</em>,</p>`,
    })),
    ...model.headings.map((heading) => ({ start: heading.span.start, html: headingHtml(heading) })),
    ...model.paragraphs.map((paragraph) => ({ start: paragraph.span.start, html: paragraphHtml(paragraph, source) })),
  ];
  return blocks.sort((a, b) => a.start - b.start).map((block) => block.html);
}

function headingHtml(heading: Heading): string {
  const title = heading.title ? `\n<p class="heading">${escapeHtml(heading.title)}</p>` : '';
  return `<p class="heading">${escapeHtml(heading.label)}</p>${title}`;
}

function paragraphHtml(paragraph: Paragraph, source: InlineSource): string {
  const decorations = paragraphDecorations(paragraph, source.text);
  const ownEnd = paragraph.subparagraphs[0]?.span.start ?? paragraph.bodySpan.end;
  const own = inlineHtml(
    source,
    within({ start: paragraph.bodySpan.start, end: ownEnd }, paragraph.fragments),
    decorations,
  );
  const number =
    paragraph.kind === 'operative' && paragraph.number !== undefined
      ? `<span class="number">${paragraph.number}.</span>`
      : '';
  const subparagraphs = paragraph.subparagraphs.map((item) => subparagraphHtml(item, paragraph, source, decorations));
  return [`<div class="${paragraph.kind}">`, `<p>${number}${own}</p>`, ...subparagraphs, '</div>'].join('\n');
}

function paragraphDecorations(paragraph: Paragraph, text: string): Decoration[] {
  const markers = paragraph.footnoteMarkers.map((marker) => ({
    span: marker.span,
    html: `<sup class="footnote-marker">${escapeHtml(marker.marker)}</sup>`,
  }));
  const opening = paragraph.opening;
  if (!opening) return markers;
  const phrase = escapeHtml(text.slice(opening.span.start, opening.span.end).replace(/\s+/g, ' '));
  return [{ span: opening.markedSpan, html: `<em class="opening">${phrase}</em>` }, ...markers];
}

function subparagraphHtml(
  item: Subparagraph,
  paragraph: Paragraph,
  source: InlineSource,
  decorations: readonly Decoration[],
): string {
  const ownEnd = item.children[0]?.span.start ?? item.span.end;
  const own = inlineHtml(source, within({ start: item.labelSpan.end, end: ownEnd }, paragraph.fragments), decorations);
  const label = `<span class="label">(${escapeHtml(item.label)})</span>`;
  const children = item.children.map((child) => subparagraphHtml(child, paragraph, source, decorations));
  return [`<p class="subparagraph">${label}${own}</p>`, ...children].join('\n');
}

function closingHtml(model: ResolutionDocument, source: InlineSource): string {
  if (!model.closing) return '';
  return `<p class="closing">${linesHtml(model.closing.span, source).join('<br>')}</p>`;
}

function annexHtml(annex: TextSpan, source: InlineSource): string {
  const lines = linesHtml(annex, source).map((line) => `<p>${line}</p>`);
  return lines.length > 0 ? `<section class="annex">\n${lines.join('\n')}\n</section>` : '';
}

/** The non-empty lines of a span, each as inline HTML. */
function linesHtml(span: TextSpan, source: InlineSource): string[] {
  const lines: TextSpan[] = [];
  let start = span.start;
  for (const line of source.text.slice(span.start, span.end).split('\n')) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return lines.map((line) => inlineHtml(source, [line], [])).filter((html) => html !== '');
}

function footnotesHtml(footnotes: readonly Footnote[], source: InlineSource): string {
  if (footnotes.length === 0) return '';
  const items = footnotes.map(
    (footnote) =>
      `<p class="footnote"><span class="footnote-label"><sup>${escapeHtml(footnote.marker)}</sup></span>${inlineHtml(source, [footnote.textSpan], [])}</p>`,
  );
  return `<footer class="footnotes">\n<hr>\n${items.join('\n')}\n</footer>`;
}
