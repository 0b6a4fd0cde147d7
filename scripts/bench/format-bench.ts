import type {
  BenchSummary,
  PageFigures,
  PairedFigures,
  PopupFigures,
  PopupSpread,
  PopupSpreads,
  RatioSummary,
  TargetCheck,
} from './summarize-bench';

const HEADER = [
  'case',
  'node hibr ms',
  'node bare ms',
  'ratio',
  'browser hibr ms',
  'browser bare ms',
  'ratio',
  '1st run hibr ms',
  '1st run bare ms',
  'ratio',
  'popup p50 ms',
  'bare popup p50 ms',
];
/** After a popup time: the popup showed a message, not an article. */
const MESSAGE_FLAG = '*';

function ms(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(1);
}

function ratio(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(2);
}

function popupCell(popup: PopupFigures | null): string {
  return popup ? `${ms(popup.p50Ms)}${popup.shown === 'article' ? '' : MESSAGE_FLAG}` : '-';
}

function row(page: PageFigures): string[] {
  return [
    page.id,
    ms(page.node.hibrMs),
    ms(page.node.bareMs),
    ratio(page.node.ratio),
    ms(page.browser?.hibrMs),
    ms(page.browser?.bareMs),
    ratio(page.browser?.ratio),
    ms(page.browserFirstRun?.hibrMs),
    ms(page.browserFirstRun?.bareMs),
    ratio(page.browserFirstRun?.ratio),
    popupCell(page.popup),
    popupCell(page.barePopup),
  ];
}

/** One row per page: the case id left-aligned, the figures right-aligned under their headings. */
export function formatTable(pages: readonly PageFigures[]): string {
  const rows = [HEADER, ...pages.map(row)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((cells) => cells[column]?.length ?? 0)));
  return rows
    .map((cells) =>
      cells
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

function ratioLine(label: string, summary: RatioSummary | null): string {
  if (!summary) return `${label}: not measured`;
  return `${label}: median ratio ${ratio(summary.medianRatio)}, max ratio ${ratio(summary.maxRatio)} (${summary.maxRatioPage})`;
}

/** Pages where an extractor found no article (its time is its time to give up) or the popup showed a message. */
function notes(pages: readonly PageFigures[]): string[] {
  const found = (label: string, figures: PairedFigures | null, id: string): string[] =>
    figures === null
      ? []
      : [
          ...(figures.hibrOutcome === 'article'
            ? []
            : [`${id}: ${label} Hibr found no article (${figures.hibrOutcome})`]),
          ...(figures.bareOutcome === 'article'
            ? []
            : [`${id}: ${label} bare Readability found no article (${figures.bareOutcome})`]),
        ];
  return pages.flatMap((page) => [
    ...found('Node', page.node, page.id),
    ...found('browser', page.browser, page.id),
    ...(page.popup && page.popup.shown !== 'article'
      ? [`${page.id}: ${MESSAGE_FLAG} popup time is to its message, not an article (${page.popup.shown})`]
      : []),
    ...(page.barePopup && page.barePopup.shown !== 'article'
      ? [`${page.id}: ${MESSAGE_FLAG} bare popup time is to its message, not an article (${page.barePopup.shown})`]
      : []),
  ]);
}

function targetLine(check: TargetCheck): string {
  const unit = check.name.includes('popup') ? ' ms' : '';
  const value = unit ? ms(check.value) : ratio(check.value);
  return `${check.pass ? 'PASS' : 'FAIL'}  ${check.name} ${value}${unit} ${check.pass ? '≤' : '>'} ${check.limit}${unit}`;
}

function spreadText(spread: PopupSpread): string {
  return `p50 ${ms(spread.p50Ms)} ms, p95 ${ms(spread.p95Ms)} ms (${spread.samples} opens)`;
}

function spreadsText(label: string, spreads: PopupSpreads | null): string {
  if (!spreads) return `${label}: not measured`;
  return [
    `${label}: ${spreadText(spreads)}`,
    `  first open on a page: ${spreadText(spreads.firstOpens)}`,
    ...(spreads.reopens ? [`  opened again: ${spreadText(spreads.reopens)}`] : []),
  ].join('\n');
}

/** The summary lines, notes and target checks that follow the table. */
export function formatSummary(pages: readonly PageFigures[], summary: BenchSummary): string {
  const popup = spreadsText('popup open-to-painted', summary.popup);
  const barePopup = summary.barePopup
    ? spreadsText('the same popup on bare Readability (reference build, opened in turn; no target)', summary.barePopup)
    : null;
  const pageNotes = notes(pages);
  const skipped = summary.browser ? [] : ['SKIP  browser ratios and popup p95 (--node-only)'];
  return [
    ratioLine('Node', summary.node),
    ratioLine('browser', summary.browser),
    ratioLine('browser first run (fresh page, code not compiled yet; no target)', summary.browserFirstRun),
    popup,
    ...(barePopup ? [barePopup] : []),
    ...(pageNotes.length > 0 ? ['', 'notes:', ...pageNotes.map((note) => `  ${note}`)] : []),
    '',
    'targets:',
    ...summary.targets.map(targetLine),
    ...skipped,
  ].join('\n');
}
