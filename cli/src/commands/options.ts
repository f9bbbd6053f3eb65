// What the subcommands share: the repeatable `--corpus PATH` and the `--format` of their output.

import type { Command } from 'commander';

/** Each `--corpus` adds to the list rather than replacing it. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--corpus PATH` (repeatable) and `--format`, whose default is the first of `formats`. */
export function corpusAndFormatOptions(command: Command, formats: readonly string[]): Command {
  return command
    .option(
      '--corpus <path>',
      'a folder or file of adopted resolutions to add to the built-in ones (repeatable)',
      collect,
      [],
    )
    .option('--format <format>', formats.join(' or '), formats[0]);
}

/** Whether `format` is one of `formats`; if not, says so and sets the exit code of a usage error, 2. */
export function knownFormat<F extends string>(command: string, format: string, formats: readonly F[]): format is F {
  if ((formats as readonly string[]).includes(format)) return true;
  console.error(`unres ${command}: unknown format "${format}" (use ${formats.join(' or ')})`);
  process.exitCode = 2;
  return false;
}
