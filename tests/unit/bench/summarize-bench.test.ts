import { describe, expect, it } from 'vitest';
import {
  firstRunFigures,
  pairedFigures,
  summarizeBench,
  type PageFigures,
} from '../../../scripts/bench/summarize-bench';
import type { Sample } from '../../../scripts/bench/time-alternately';

const samples = (...ms: number[]): Sample[] => ms.map((value) => ({ ms: value, outcome: 'article' }));
const FIRST = { a: { ms: 100, outcome: 'article' }, b: { ms: 40, outcome: 'article' } };

function page(
  id: string,
  ratio: number,
  popupMs: number[] | null,
  firstRatio = ratio,
  barePopupMs: number[] | null = null,
): PageFigures {
  const figures = { hibrMs: ratio * 10, bareMs: 10, ratio, hibrOutcome: 'article', bareOutcome: 'article' };
  return {
    id,
    node: figures,
    browser: popupMs ? figures : null,
    browserFirstRun: popupMs ? { hibrMs: firstRatio * 40, bareMs: 40, ratio: firstRatio } : null,
    popup: popupMs ? { p50Ms: 0, samplesMs: popupMs, shown: 'article' } : null,
    barePopup: barePopupMs ? { p50Ms: 0, samplesMs: barePopupMs, shown: 'article' } : null,
  };
}

describe('pairedFigures', () => {
  it('divides the median of Hibr’s runs by the median of bare Readability’s', () => {
    const figures = pairedFigures({ a: samples(30, 12, 14), b: samples(10, 11, 9), first: FIRST });
    expect(figures.hibrMs).toBe(14);
    expect(figures.bareMs).toBe(10);
    expect(figures.ratio).toBeCloseTo(1.4);
  });

  it('reports the outcome most runs had', () => {
    const a = [...samples(1, 1), { ms: 1, outcome: 'not-an-article' }];
    expect(pairedFigures({ a, b: samples(1, 1, 1), first: FIRST }).hibrOutcome).toBe('article');
  });
});

describe('firstRunFigures', () => {
  it('divides Hibr’s first run by bare Readability’s, leaving the medians’ runs out', () => {
    expect(firstRunFigures({ a: samples(5, 5), b: samples(2, 2), first: FIRST })).toEqual({
      hibrMs: 100,
      bareMs: 40,
      ratio: 2.5,
    });
  });
});

describe('summarizeBench', () => {
  it('passes the targets when every figure is within them', () => {
    const summary = summarizeBench([page('a', 1.1, [100, 120]), page('b', 1.2, [110, 130])]);
    expect(summary.targets.map((target) => target.pass)).toEqual([true, true, true, true, true]);
  });

  it('summarizes first runs beside the targets, without making them one', () => {
    const summary = summarizeBench([page('a', 1.1, [100], 2.0), page('b', 1.2, [110], 3.0), page('c', 1, [90], 2.5)]);
    expect(summary.browserFirstRun).toEqual({ medianRatio: 2.5, maxRatio: 3.0, maxRatioPage: 'b' });
    expect(summary.targets.map((target) => target.name)).toEqual([
      'Node median ratio',
      'Node max ratio (b)',
      'browser median ratio',
      'browser max ratio (b)',
      'popup open-to-painted p95',
    ]);
    expect(summarizeBench([page('a', 1.1, null)]).browserFirstRun).toBeNull();
  });

  it('fails the max-ratio target on one slow page and names it, while the median passes', () => {
    const summary = summarizeBench([page('a', 1.0, null), page('b', 1.1, null), page('slow', 1.7, null)]);
    expect(summary.node.medianRatio).toBeCloseTo(1.1);
    expect(summary.node.maxRatioPage).toBe('slow');
    expect(summary.targets.map((target) => [target.name, target.pass])).toEqual([
      ['Node median ratio', true],
      ['Node max ratio (slow)', false],
    ]);
  });

  it('takes the popup p95 over every open of every page', () => {
    const opens = Array.from({ length: 20 }, (_, index) => index * 20);
    const summary = summarizeBench([page('a', 1, opens.slice(0, 10)), page('b', 1, opens.slice(10))]);
    expect(summary.popup?.samples).toBe(20);
    expect(summary.popup?.p95Ms).toBeCloseTo(361);
    expect(summary.targets.at(-1)?.pass).toBe(false);
  });

  it("tells each page's first open from the opens after it", () => {
    const summary = summarizeBench([page('a', 1, [300, 100, 120]), page('b', 1, [500, 140, 160])]);
    expect(summary.popup?.firstOpens).toEqual({ p50Ms: 400, p95Ms: 490, samples: 2 });
    expect(summary.popup?.reopens).toEqual({ p50Ms: 130, p95Ms: expect.closeTo(157) as number, samples: 4 });
    expect(summarizeBench([page('a', 1, [300])]).popup?.reopens).toBeNull();
  });

  it('spreads the reference popup apart from Hibr’s, and checks no target against it', () => {
    const summary = summarizeBench([
      page('a', 1, [300, 100, 120], 1, [200, 90, 100]),
      page('b', 1, [500, 140, 160], 1, [260, 110, 130]),
    ]);
    expect(summary.barePopup?.firstOpens).toEqual({ p50Ms: 230, p95Ms: 257, samples: 2 });
    expect(summary.barePopup?.reopens?.samples).toBe(4);
    expect(summary.popup?.firstOpens.p50Ms).toBe(400);
    const withoutReference = summarizeBench([page('a', 1, [300, 100, 120]), page('b', 1, [500, 140, 160])]);
    expect(summary.targets).toEqual(withoutReference.targets);
    expect(summarizeBench([page('a', 1, [300])]).barePopup).toBeNull();
  });
});
