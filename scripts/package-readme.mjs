// Writes build/README.md, the README that ships in the .vsix (`vsce package --readme-path`): the
// project's README with its PNG images inlined as data: URIs. VS Code shows an installed extension's
// README without access to the files beside it and loads only https: and data: images, and an editor
// offline reaches no https: host; README.md itself keeps plain relative links for readers of the sources.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const relativePng = /(!\[[^\]\n]*\]\()((?:docs|images)\/[\w./-]+\.png)\)/g;
const packaged = readme.replace(relativePng, (_, opening, path) => {
  const image = readFileSync(join(root, path)).toString('base64');
  return `${opening}data:image/png;base64,${image})`;
});
mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(join(root, 'build', 'README.md'), packaged);
