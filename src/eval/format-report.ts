import type { CaseScore } from './score-case';
import type { ScoreSummary, Tally } from './summarize-scores';

const COLUMNS = ['F1', 'prec', 'recall', 'must', 'leaked', 'title', 'date', 'lang', 'dir', 'error'];

function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : value.toFixed(3);
}

function mark(value: boolean | null): string {
  return value === null ? '-' : value ? 'ok' : 'WRONG';
}

function scoreCells(score: CaseScore): string[] {
  return [
    figure(score.text?.f1),
    figure(score.text?.precision),
    figure(score.text?.recall),
    score.mustContain ? `${score.mustContain.found}/${score.mustContain.total}` : '-',
    score.leaked ? String(score.leaked.length) : '-',
    mark(score.title),
    mark(score.date),
    mark(score.lang),
    mark(score.dir),
    score.error ?? '',
  ];
}

/** Rows padded to a common width per column; the last column is left ragged. */
function alignRows(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** One case: its id, then a row per extractor, then any leaked phrase on a line of its own. */
export function formatCaseTable(id: string, scores: readonly (readonly [string, CaseScore])[]): string {
  const rows = [['', ...COLUMNS], ...scores.map(([name, score]) => [name, ...scoreCells(score)])];
  const leaks = scores.flatMap(([name, score]) => (score.leaked ?? []).map((phrase) => `  ${name} leaked «${phrase}»`));
  return [id, ...alignRows(rows).map((row) => `  ${row}`), ...leaks].join('\n');
}

function ratio(tally: Tally): string {
  return `${tally.right}/${tally.total}`;
}

/** One extractor's summary on one line. */
export function formatSummaryLine(name: string, summary: ScoreSummary): string {
  return [
    `${name}: text F1 mean ${figure(summary.meanF1)} min ${figure(summary.minF1)} (${summary.textCases} cases)`,
    `must_contain found ${ratio(summary.mustContain)}`,
    `must_not_contain leaked ${summary.leaked}`,
    `title ${ratio(summary.title)}`,
    `date ${ratio(summary.date)}`,
    `lang ${ratio(summary.lang)}`,
    `dir ${ratio(summary.dir)}`,
    `errors ${summary.errors}`,
  ].join(', ');
}
