import { describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '../../../src/extract/types';
import { reusedExtractor, type Extract } from '../../../src/platform/reused-extractor';

const notAnArticle: ExtractResult = { error: 'not-an-article' };

function loader(): { load: () => Promise<Extract>; extract: Extract; loads: () => number } {
  const extract: Extract = vi.fn(() => notAnArticle);
  const load = vi.fn(() => Promise.resolve(extract));
  return { load, extract, loads: () => load.mock.calls.length };
}

describe('reusedExtractor', () => {
  it('sets the extractor up once per build and hands the same one back', async () => {
    const scope = {};
    const first = loader();
    expect(await reusedExtractor(scope, 'build-a', first.load)).toBe(first.extract);
    const second = loader();
    expect(await reusedExtractor(scope, 'build-a', second.load)).toBe(first.extract);
    expect(first.loads()).toBe(1);
    expect(second.loads()).toBe(0);
  });

  it("replaces another build's extractor with this one's", async () => {
    const scope = {};
    const old = loader();
    await reusedExtractor(scope, 'build-a', old.load);
    const updated = loader();
    expect(await reusedExtractor(scope, 'build-b', updated.load)).toBe(updated.extract);
    const again = loader();
    expect(await reusedExtractor(scope, 'build-b', again.load)).toBe(updated.extract);
    expect(again.loads()).toBe(0);
  });

  it('keeps nothing for a build without a key', async () => {
    const scope = {};
    const first = loader();
    const second = loader();
    expect(await reusedExtractor(scope, null, first.load)).toBe(first.extract);
    expect(await reusedExtractor(scope, null, second.load)).toBe(second.extract);
    expect(scope).toEqual({});
  });

  it('loads anew over a slot that holds no function', async () => {
    const scope = { hibrExtractor: { build: 'build-a', extract: 'not code' } };
    const fresh = loader();
    expect(await reusedExtractor(scope, 'build-a', fresh.load)).toBe(fresh.extract);
    expect(fresh.loads()).toBe(1);
  });
});
