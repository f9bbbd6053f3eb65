// The preview's renderer on the 1,632 adopted resolutions of sessions 74-78: every resolution gives a
// page, every opening the parser finds is in italics, and every footnote is at the foot.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderHtml } from '../../server/src/service/format/html';
import { parseResolution } from '../../server/src/service/parse';

const textFolder = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'unga', 'text');

describe('preview of the adopted resolutions', { skip: !existsSync(textFolder) && `no corpus at ${textFolder}` }, () => {
  it('renders every resolution, with each opening in italics and each footnote at the foot', () => {
    const totals = { resolutions: 0, openings: 0, italicOpenings: 0, footnotes: 0, renderedFootnotes: 0 };
    for (const file of readdirSync(textFolder)) {
      const model = parseResolution(readFileSync(join(textFolder, file), 'utf8'));
      const { html } = renderHtml(model);
      assert.ok(html.startsWith('<!DOCTYPE html>') && html.endsWith('</html>\n'), file);
      totals.resolutions++;
      totals.openings += model.paragraphs.filter((paragraph) => paragraph.opening).length;
      totals.italicOpenings += html.match(/<em class="opening">/g)?.length ?? 0;
      totals.footnotes += model.footnotes.length;
      totals.renderedFootnotes += html.match(/<p class="footnote">/g)?.length ?? 0;
    }
    console.log(JSON.stringify(totals));
    assert.ok(totals.resolutions >= 1600);
    assert.equal(totals.italicOpenings, totals.openings);
    assert.equal(totals.renderedFootnotes, totals.footnotes);
  });
});
