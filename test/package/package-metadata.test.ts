// The extension's manifest and package: what VS Code shows a user (titles, descriptions), that every
// setting and command is real, that activation is lazy, and that the .vsix ships only what it should.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { normalizeSettings } from '../../server/src/settings';
import { packageExtension, projectRoot, vsixPath } from './vsix';
import { readZip } from './zip';

interface SettingSchema {
  readonly type?: string | string[];
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly enum?: unknown[];
  readonly default?: unknown;
  readonly additionalProperties?: { readonly enum?: unknown[] };
}

interface Manifest {
  readonly main: string;
  readonly activationEvents?: string[];
  readonly contributes: {
    readonly commands?: { command: string; title?: string; category?: string }[];
    readonly configuration?: { title?: string; properties: Record<string, SettingSchema> };
    readonly languages?: { id: string; aliases?: string[]; extensions?: string[]; configuration?: string }[];
    readonly grammars?: { language?: string; scopeName: string; path: string }[];
    readonly snippets?: { language: string; path: string }[];
  };
}

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Manifest;
const settings = Object.entries(manifest.contributes.configuration?.properties ?? {});
const commands = manifest.contributes.commands ?? [];
const settingsContract = join('server', 'src', 'settings.ts');

/** The TypeScript sources of the programs that ship: path relative to the project, and text. */
function sources(folder: string): { path: string; text: string }[] {
  const root = join(projectRoot, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ path: relative(projectRoot, join(root, name)), text: readFileSync(join(root, name), 'utf8') }));
}

const clientSources = sources(join('client', 'src'));
const serverSources = [...sources(join('server', 'src')), ...sources(join('cli', 'src'))];

before(packageExtension);

test('every command, setting and language the extension contributes has a title or a description', () => {
  for (const command of commands) assert.ok(command.title?.trim(), `command ${command.command} has no title`);
  for (const [key, schema] of settings) {
    assert.ok((schema.description ?? schema.markdownDescription)?.trim(), `setting ${key} has no description`);
  }
  for (const language of manifest.contributes.languages ?? []) {
    assert.ok(language.aliases?.[0]?.trim(), `language ${language.id} has no name to show`);
    assert.ok(language.extensions?.length, `language ${language.id} claims no file extension`);
  }
});

test('every file a contribution points to exists', () => {
  const contributed = [
    manifest.main,
    ...(manifest.contributes.languages ?? []).flatMap((language) => language.configuration ?? []),
    ...(manifest.contributes.grammars ?? []).map((grammar) => grammar.path),
    ...(manifest.contributes.snippets ?? []).map((snippet) => snippet.path),
  ];
  for (const path of contributed) assert.ok(existsSync(join(projectRoot, path)), `${path} is missing`);
});

/** A value of the setting's type that differs from its default, to see it arrive where the code reads it. */
function sampleValue(schema: SettingSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) return schema.enum.find((value) => value !== schema.default);
  if (type === 'array') return ['sample'];
  if (type === 'object') return { sample: schema.additionalProperties?.enum?.[0] ?? 'sample' };
  if (type === 'boolean') return schema.default !== true;
  if (type === 'number' || type === 'integer') return Number(schema.default ?? 0) + 1;
  return 'sample';
}

function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], value);
}

function nested(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

test('every setting reaches the code: through the settings contract to a reader, or read by the client', () => {
  for (const [key, schema] of settings) {
    const path = key.split('.').slice(1);
    const readByClient = clientSources.some(
      (file) => file.text.includes(`'${key}'`) || file.text.includes(`'${path.join('.')}'`),
    );
    if (readByClient) continue;
    const sample = sampleValue(schema);
    assert.deepEqual(at(normalizeSettings(nested(path, sample)), path), sample, `${key} is lost by normalizeSettings`);
    const access = new RegExp(`\\.${path.join('\\.')}\\b`);
    const readers = serverSources.filter((file) => file.path !== settingsContract && access.test(file.text));
    assert.ok(readers.length > 0, `no code reads the setting ${key} (searched for "${access.source}")`);
  }
});

test('the README documents every setting, with its default', () => {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  for (const [key, schema] of settings) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
    assert.ok(row, `README.md has no row for the setting ${key}`);
    assert.ok(row.includes(`\`${JSON.stringify(schema.default)}\``), `README.md gives ${key} another default: ${row}`);
  }
});

test('every contributed command is registered by the client, and every command it registers is contributed', () => {
  const registered = new Set(
    clientSources.flatMap((file) =>
      [...file.text.matchAll(/registerCommand\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]),
    ),
  );
  const clientText = clientSources.map((file) => file.text).join('\n');
  for (const command of commands) {
    assert.ok(
      registered.has(command.command) || clientText.includes(`'${command.command}'`),
      `${command.command} is never registered`,
    );
  }
  for (const id of registered) {
    assert.ok(
      commands.some((command) => command.command === id),
      `${id} is registered but not in contributes.commands`,
    );
  }
});

test('the extension activates only for resolution drafts or its own commands, never at start-up', () => {
  for (const event of manifest.activationEvents ?? []) {
    assert.notEqual(event, '*', 'activates on every start-up');
    assert.notEqual(event, 'onStartupFinished', 'activates on every start-up');
    assert.match(event, /unres/, `activation event ${event} is not about resolution drafts`);
  }
});

const shipped = [
  /^package\.json$/,
  /^build\/README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^language-configuration\.json$/,
  /^dist\/[\w-]+\.js$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^snippets\/[\w.-]+\.(json|code-snippets)$/,
  /^corpus\/[\w.-]+\.(txt|json|md)$/,
  /^docs\/rules\/[\w-]+\.md$/,
  /^docs\/screenshot\.png$/,
  /^images\/icon\.png$/,
];

test('the package lists only what ships: no node_modules, tests, TypeScript sources or source maps', () => {
  const vsce = join(projectRoot, 'node_modules', '.bin', 'vsce');
  const listing = spawnSync(vsce, ['ls', '--no-dependencies', '--readme-path', 'build/README.md'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  assert.equal(listing.status, 0, listing.stderr);
  const files = listing.stdout.split('\n').filter((line) => line.trim() !== '');
  const unexpected = files.filter((file) => !shipped.some((pattern) => pattern.test(file)));
  assert.deepEqual(unexpected, []);
  for (const needed of [
    'package.json',
    'build/README.md',
    'LICENSE',
    'dist/client.js',
    'dist/server.js',
    'docs/screenshot.png',
  ]) {
    assert.ok(files.includes(needed), `${needed} does not ship`);
  }
});

test('the .vsix is under 2 MB, and its README carries the screenshot inside it', (t) => {
  const size = statSync(vsixPath).size;
  t.diagnostic(`build/unres.vsix: ${(size / 1024).toFixed(1)} KB`);
  assert.ok(size < 2 * 1024 * 1024, `the .vsix weighs ${size} bytes`);
  const entries = new Map(readZip(vsixPath).map((entry) => [entry.name, entry]));
  const readme = entries.get('extension/readme.md')?.read().toString('utf8') ?? '';
  // VS Code loads only https: and data: images in an extension's page, and an offline editor has no https: host.
  const inlined = /!\[[^\]]*\]\(data:image\/png;base64,([A-Za-z0-9+/=]+)\)/.exec(readme);
  const screenshot = readFileSync(join(projectRoot, 'docs', 'screenshot.png'));
  assert.ok(inlined?.[1], 'the packaged README shows no inlined image');
  assert.ok(
    Buffer.from(inlined[1], 'base64').equals(screenshot),
    'the packaged README shows another image than docs/screenshot.png',
  );
  assert.ok(readme.includes('## Two commands'), 'the packaged README is not the project README');
});
