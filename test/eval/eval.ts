// `npm run eval`: measurements of the product's answers on real resolutions, section by section.
// Each section is a module exporting an EvalSection; its `run` prints what it finds as it goes and
// returns its figures. The last line of output is one JSON object: {sectionName: figures, ...}.
//
// To add a section: write test/eval/<name>.ts exporting `{ name, run }` and list it in `sections`
// below. `npm run eval -- <name> ...` runs only the sections named.

import { agreedLanguage } from './agreedLanguage';
import { lint } from './lint';

export interface EvalSection {
  readonly name: string;
  run(): Promise<Record<string, unknown>>;
}

const sections: readonly EvalSection[] = [agreedLanguage, lint];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const figures: Record<string, unknown> = {};
  for (const section of sections) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    console.log(`\n== ${section.name}`);
    const started = performance.now();
    figures[section.name] = await section.run();
    console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
