// The page the preview shows: the server's standalone page, plus one script that swaps in each new
// rendering in place, so that the preview keeps its scroll position while the drafter types. The
// script runs under a nonce added to the page's Content-Security-Policy; nothing else may run, and
// the exported HTML never carries it.

/** The message the preview posts to its page with each new rendering. */
export interface RenderMessage {
  readonly type: 'render';
  readonly html: string;
}

const updateScript = `
window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
  const next = new DOMParser().parseFromString(message.html, 'text/html');
  const main = next.querySelector('main');
  const current = document.querySelector('main');
  if (!main || !current) return;
  const top = window.scrollY;
  current.replaceWith(document.adoptNode(main));
  document.title = next.title;
  window.scrollTo(0, top);
});
`;

/** `html` with the update script, allowed by `nonce`; the page unchanged if it has no policy to extend. */
export function withLiveUpdates(html: string, nonce: string): string {
  const policy = /(<meta http-equiv="Content-Security-Policy" content="default-src 'none');/;
  if (!policy.test(html) || !/^[A-Za-z0-9+/=]+$/.test(nonce)) return html;
  return html
    .replace(policy, `$1; script-src 'nonce-${nonce}';`)
    .replace(/<\/body>\n<\/html>\n?$/, `<script nonce="${nonce}">${updateScript}</script>\n</body>\n</html>\n`);
}
