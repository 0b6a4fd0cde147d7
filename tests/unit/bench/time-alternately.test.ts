import { describe, expect, it } from 'vitest';
import { timeAlternately } from '../../../scripts/bench/time-alternately';

describe('timeAlternately', () => {
  it('warms both up once, keeping those runs apart, then swaps which runs first every round', async () => {
    const order: string[] = [];
    const run = (name: string) => () => {
      order.push(name);
      return { ms: order.length, outcome: 'article' };
    };
    const samples = await timeAlternately(3, run('a'), run('b'));
    expect(order).toEqual(['a', 'b', 'a', 'b', 'b', 'a', 'a', 'b']);
    expect(samples.a.map((sample) => sample.ms)).toEqual([3, 6, 7]);
    expect(samples.b.map((sample) => sample.ms)).toEqual([4, 5, 8]);
    expect(samples.first).toEqual({ a: { ms: 1, outcome: 'article' }, b: { ms: 2, outcome: 'article' } });
  });
});
