/** One timed run: how long it took, and what it found ('article', or the reason there was none). */
export interface Sample {
  ms: number;
  outcome: string;
}

export interface AlternatedSamples {
  a: Sample[];
  b: Sample[];
  /** The untimed round: each one's first run, before its code was compiled (in a fresh page, its cold start). */
  first: { a: Sample; b: Sample };
}

/**
 * Runs `a` and `b` `runs` times each, swapping which goes first every round so that neither always
 * runs on the other's leftovers (its garbage, its warmed caches). One round comes first and stays
 * out of the samples, so they measure compiled code rather than the first parse of it; it is kept
 * apart as `first`.
 */
export async function timeAlternately(
  runs: number,
  a: () => Sample | Promise<Sample>,
  b: () => Sample | Promise<Sample>,
): Promise<AlternatedSamples> {
  const first = { a: await a(), b: await b() };
  const samples: AlternatedSamples = { a: [], b: [], first };
  for (let round = 0; round < runs; round += 1) {
    if (round % 2 === 0) {
      samples.a.push(await a());
      samples.b.push(await b());
    } else {
      samples.b.push(await b());
      samples.a.push(await a());
    }
  }
  return samples;
}
