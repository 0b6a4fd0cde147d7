import { median, percentile } from '../../src/eval/percentile';
import type { AlternatedSamples, Sample } from './time-alternately';

/** The targets: the median page's ratio, the worst page's ratio, and the popup's p95. */
export const TARGETS = { medianRatio: 1.25, maxRatio: 1.6, popupP95Ms: 300 } as const;

/** Median times of Hibr and bare Readability on one page, and Hibr's over bare's. */
export interface PairedFigures {
  hibrMs: number;
  bareMs: number;
  ratio: number;
  /** What each found on the page: 'article', or the reason it found none. */
  hibrOutcome: string;
  bareOutcome: string;
}

/** One first run each, Hibr's over bare's: in a fresh page, what the popup waits for. */
export interface FirstRunFigures {
  hibrMs: number;
  bareMs: number;
  ratio: number;
}

export interface PopupFigures {
  p50Ms: number;
  samplesMs: number[];
  /** 'article', or the message the popup showed instead. */
  shown: string;
}

export interface PageFigures {
  id: string;
  node: PairedFigures;
  browser: PairedFigures | null;
  /** The first run of each in the page, just after its script was added: code not yet compiled. */
  browserFirstRun: FirstRunFigures | null;
  popup: PopupFigures | null;
  /** The same popup with bare Readability in the tab (the reference build), opened in turn with Hibr's. */
  barePopup: PopupFigures | null;
}

export interface RatioSummary {
  medianRatio: number;
  maxRatio: number;
  maxRatioPage: string;
}

export interface TargetCheck {
  name: string;
  value: number;
  limit: number;
  pass: boolean;
}

export interface BenchSummary {
  node: RatioSummary;
  browser: RatioSummary | null;
  /** Ratios of first runs in the browser: reported beside the targets, which are on the medians. */
  browserFirstRun: RatioSummary | null;
  popup: PopupSpreads | null;
  /** The reference popup's spread: what a popup on bare Readability takes here, beside the target. */
  barePopup: PopupSpreads | null;
  targets: TargetCheck[];
}

export interface PopupSpread {
  p50Ms: number;
  p95Ms: number;
  samples: number;
}

/** Over every open, and over first opens on a page and later ones apart. */
export interface PopupSpreads extends PopupSpread {
  firstOpens: PopupSpread;
  reopens: PopupSpread | null;
}

/** The outcome most runs had (they should all agree; a page that flips shows up here as the usual one). */
function usualOutcome(samples: readonly Sample[]): string {
  const counts = new Map<string, number>();
  for (const { outcome } of samples) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].toSorted((x, y) => y[1] - x[1])[0]?.[0] ?? '';
}

/** Per-page figures from alternated samples, where `a` is Hibr and `b` bare Readability. */
export function pairedFigures(samples: AlternatedSamples): PairedFigures {
  const hibrMs = median(samples.a.map((sample) => sample.ms));
  const bareMs = median(samples.b.map((sample) => sample.ms));
  return {
    hibrMs,
    bareMs,
    ratio: hibrMs / bareMs,
    hibrOutcome: usualOutcome(samples.a),
    bareOutcome: usualOutcome(samples.b),
  };
}

export function firstRunFigures(samples: AlternatedSamples): FirstRunFigures {
  const { a, b } = samples.first;
  return { hibrMs: a.ms, bareMs: b.ms, ratio: a.ms / b.ms };
}

export function popupFigures(samples: readonly Sample[]): PopupFigures {
  const samplesMs = samples.map((sample) => sample.ms);
  return { p50Ms: median(samplesMs), samplesMs, shown: usualOutcome(samples) };
}

function spread(samplesMs: readonly number[]): PopupSpread {
  return { p50Ms: percentile(samplesMs, 50), p95Ms: percentile(samplesMs, 95), samples: samplesMs.length };
}

function popupSpreads(pages: readonly PopupFigures[]): PopupSpreads | null {
  const popupMs = pages.flatMap((page) => page.samplesMs);
  if (popupMs.length === 0) return null;
  // A page's first open injects the extraction code into the tab; later ones find it there.
  const againMs = pages.flatMap((page) => page.samplesMs.slice(1));
  return {
    ...spread(popupMs),
    firstOpens: spread(pages.flatMap((page) => page.samplesMs.slice(0, 1))),
    reopens: againMs.length > 0 ? spread(againMs) : null,
  };
}

function ratioSummary(pages: readonly { id: string; figures: { ratio: number } }[]): RatioSummary {
  const worst = pages.reduce((max, page) => (page.figures.ratio > max.figures.ratio ? page : max));
  return {
    medianRatio: median(pages.map((page) => page.figures.ratio)),
    maxRatio: worst.figures.ratio,
    maxRatioPage: worst.id,
  };
}

function ratioTargets(label: string, summary: RatioSummary): TargetCheck[] {
  return [
    {
      name: `${label} median ratio`,
      value: summary.medianRatio,
      limit: TARGETS.medianRatio,
      pass: summary.medianRatio <= TARGETS.medianRatio,
    },
    {
      name: `${label} max ratio (${summary.maxRatioPage})`,
      value: summary.maxRatio,
      limit: TARGETS.maxRatio,
      pass: summary.maxRatio <= TARGETS.maxRatio,
    },
  ];
}

/** The summary lines and target checks over all pages; browser parts are null when not measured. */
export function summarizeBench(pages: readonly PageFigures[]): BenchSummary {
  if (pages.length === 0) throw new Error('summarizeBench needs at least one page');
  const node = ratioSummary(pages.map((page) => ({ id: page.id, figures: page.node })));
  const inBrowser = pages.flatMap((page) => (page.browser ? [{ id: page.id, figures: page.browser }] : []));
  const browser = inBrowser.length > 0 ? ratioSummary(inBrowser) : null;
  const firstRuns = pages.flatMap((page) =>
    page.browserFirstRun ? [{ id: page.id, figures: page.browserFirstRun }] : [],
  );
  const browserFirstRun = firstRuns.length > 0 ? ratioSummary(firstRuns) : null;
  const popup = popupSpreads(pages.flatMap((page) => (page.popup ? [page.popup] : [])));
  const barePopup = popupSpreads(pages.flatMap((page) => (page.barePopup ? [page.barePopup] : [])));
  const targets = [...ratioTargets('Node', node), ...(browser ? ratioTargets('browser', browser) : [])];
  if (popup) {
    targets.push({
      name: 'popup open-to-painted p95',
      value: popup.p95Ms,
      limit: TARGETS.popupP95Ms,
      pass: popup.p95Ms <= TARGETS.popupP95Ms,
    });
  }
  return { node, browser, browserFirstRun, popup, barePopup, targets };
}
