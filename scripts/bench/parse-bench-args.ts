import { parseArgs } from 'node:util';

export const DEFAULT_CORPUS = '../shared/corpus';
export const DEFAULT_RUNS = 7;
/** Fewer runs than this and a median says little. */
export const MIN_RUNS = 5;

export interface BenchArgs {
  dirs: string[];
  runs: number;
  json: boolean;
  nodeOnly: boolean;
  build: boolean;
}

export const USAGE = 'usage: npm run -s bench -- [--runs N] [--json] [--node-only] [--build] [DIR...]';

/** The command line, checked; an error message instead when it does not make sense. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        runs: { type: 'string', default: String(DEFAULT_RUNS) },
        json: { type: 'boolean', default: false },
        'node-only': { type: 'boolean', default: false },
        build: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const runs = Number(parsed.values.runs);
  if (!Number.isInteger(runs) || runs < MIN_RUNS) return { error: `--runs must be a whole number ≥ ${MIN_RUNS}` };
  return {
    dirs: parsed.positionals.length > 0 ? parsed.positionals : [DEFAULT_CORPUS],
    runs,
    json: parsed.values.json,
    nodeOnly: parsed.values['node-only'],
    build: parsed.values.build,
  };
}
