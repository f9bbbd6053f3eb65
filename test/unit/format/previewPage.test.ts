import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLiveUpdates } from '../../../client/src/views/previewPage';
import { renderHtml } from '../../../server/src/service/format/html';
import { parseResolution } from '../../../server/src/service/parse';

const page = renderHtml(
  parseResolution('*The General Assembly*,\n\n*Recalling also* its resolution 58/292 of 6 May 2004,'),
).html;

describe('the preview page in VS Code', () => {
  it('allows its one update script by nonce, and nothing else', () => {
    const live = withLiveUpdates(page, 'bm9uY2UxMjM0NTY3ODkwYWI=');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(live)?.[1] ?? '';
    assert.match(
      policy,
      /^default-src 'none'; script-src 'nonce-bm9uY2UxMjM0NTY3ODkwYWI='; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/,
    );
    assert.equal(live.match(/<script/g)?.length, 1);
    assert.ok(live.includes('<script nonce="bm9uY2UxMjM0NTY3ODkwYWI=">'));
    assert.ok(live.endsWith('</script>\n</body>\n</html>\n'));
    assert.equal(
      live
        .replace(/<script nonce=[\s\S]*<\/script>\n/, '')
        .replace(" script-src 'nonce-bm9uY2UxMjM0NTY3ODkwYWI=';", ''),
      page,
    );
  });

  it('leaves the page without script when the nonce or the policy is not as expected', () => {
    assert.equal(withLiveUpdates(page, '"><script>'), page);
    assert.equal(withLiveUpdates('<html><body>no policy</body></html>', 'abc'), '<html><body>no policy</body></html>');
  });
});
