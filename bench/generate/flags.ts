// The benchmarks' command lines: `--name value` pairs, nothing more.

/** `--name value` from argv, or undefined. */
export function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
