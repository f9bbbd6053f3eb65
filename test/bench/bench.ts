// `npm run bench`: performance figures of the product on real data, section by section. Each section
// is a module exporting a BenchSection; its `run` prints figures as it goes and returns them. The last
// line of output is one JSON object: {host: {...}, <sectionName>: figures, ...}.
//
// To add figures: write test/bench/<name>.ts exporting `{ name, run }` and list it in `sections`
// below. `npm run bench -- <name> ...` runs only the sections named. Targets belong here, never in
// timed unit tests.

import { cpus, loadavg } from 'node:os';
import { agreedBench } from './agreed';
import { corpusBench } from './corpus';
import { lintBench } from './lint';
import { navigationBench } from './navigation';
import { parseBench } from './parse';
import { shapingBench } from './shaping';

export interface BenchSection {
  readonly name: string;
  run(): Promise<Record<string, unknown>>;
}

const sections: readonly BenchSection[] = [parseBench, corpusBench, lintBench, navigationBench, agreedBench, shapingBench];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  // Other work on the machine slows every figure: the load average says how much.
  const host = { node: process.version, cpus: cpus().length, loadAverage: loadavg().map((load) => Number(load.toFixed(2))) };
  console.log(`node ${host.node}, ${host.cpus} cpus, load average ${host.loadAverage.join(' ')}`);
  const figures: Record<string, unknown> = { host };
  for (const section of sections) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    console.log(`\n== ${section.name}`);
    figures[section.name] = await section.run();
  }
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
