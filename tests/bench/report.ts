/**
 * Figures and their verdicts: every measurement is a list of samples with an optional budget; the
 * report shows the median (with min–max), the budget and whether it meets it, as a plain-text table
 * for the terminal and as JSON and Markdown in `tests/bench/results/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';

export type Unit = 'bytes' | 'ms' | 'score' | 'count' | 'ratio' | 'cls' | 'check';

export interface Budget {
  op: '<=' | '>=';
  value: number;
  /** A second, looser limit shown beside the budget (missing the budget still fails). */
  hard?: number;
}

export interface Figure {
  id: string;
  section: string;
  label: string;
  unit: Unit;
  /** One value per run; for `check`, 1 for a pass and 0 for a failure. */
  samples: number[];
  budget?: Budget;
  note?: string;
}

export type Status = 'meets' | 'misses' | 'info' | 'error';

export interface Verdict extends Figure {
  median: number;
  min: number;
  max: number;
  status: Status;
  overHard: boolean;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The nearest-rank percentile (p in 0–100), NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50) {
    const mid = sorted.length / 2;
    return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

function within(value: number, op: Budget['op'], limit: number): boolean {
  return op === '<=' ? value <= limit : value >= limit;
}

export function judge(figure: Figure): Verdict {
  const { samples, budget, unit } = figure;
  if (samples.length === 0 || samples.some((s) => !Number.isFinite(s))) {
    return { ...figure, median: NaN, min: NaN, max: NaN, status: 'error', overHard: false };
  }
  const mid = median(samples);
  const min = Math.min(...samples);
  const max = Math.max(...samples);
  // A check passes only when every run passed.
  const value = unit === 'check' ? min : mid;
  let status: Status = 'info';
  let overHard = false;
  if (budget) {
    status = within(value, budget.op, budget.value) ? 'meets' : 'misses';
    overHard = budget.hard !== undefined && !within(value, budget.op, budget.hard);
  }
  return { ...figure, median: mid, min, max, status, overHard };
}

function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) {
    return 'n/a';
  }
  switch (unit) {
    case 'bytes':
      return `${(value / 1024).toFixed(1)} KB`;
    case 'ms':
      if (Number.isInteger(value)) {
        return `${value} ms`;
      }
      return value < 20 ? `${value.toFixed(2)} ms` : `${Math.round(value)} ms`;
    case 'score':
      return `${Math.round(value)}`;
    case 'count':
      return Number.isInteger(value) ? `${value}` : value.toFixed(1);
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'cls':
      return value.toFixed(3);
    case 'check':
      return value >= 1 ? 'yes' : 'no';
  }
}

export function formatMeasured(v: Verdict): string {
  if (v.status === 'error') {
    return 'error';
  }
  if (v.unit === 'check') {
    const passed = v.samples.filter((s) => s >= 1).length;
    return `${passed} of ${v.samples.length} runs`;
  }
  const mid = formatValue(v.median, v.unit);
  if (v.samples.length < 2 || v.min === v.max) {
    return v.samples.length < 2 ? mid : `${mid} (all ${v.samples.length} runs)`;
  }
  return `${mid} (${formatValue(v.min, v.unit)}–${formatValue(v.max, v.unit)})`;
}

export function formatBudget(v: Verdict): string {
  if (!v.budget) {
    return '—';
  }
  if (v.unit === 'check') {
    return 'every run';
  }
  const { op, value, hard } = v.budget;
  const sign = op === '<=' ? '≤' : '≥';
  const main = `${sign} ${formatValue(value, v.unit)}`;
  return hard === undefined ? main : `${main} (hard ${sign} ${formatValue(hard, v.unit)})`;
}

export function formatStatus(v: Verdict): string {
  return v.overHard ? 'misses (over hard limit)' : v.status;
}

function rows(verdicts: Verdict[]): string[][] {
  return verdicts.map((v) => [v.label, formatMeasured(v), formatBudget(v), formatStatus(v)]);
}

const HEADER = ['figure', 'value: median (min–max)', 'budget', 'status'];

export function textTable(verdicts: Verdict[]): string {
  const all = [HEADER, ...rows(verdicts)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  ')];
  let section = '';
  verdicts.forEach((v, i) => {
    if (v.section !== section) {
      section = v.section;
      out.push(`[${section}]`);
    }
    out.push(line(rows(verdicts)[i]!));
  });
  return out.join('\n');
}

export interface RunInfo {
  startedAt: string;
  durationMs: number;
  quick: boolean;
  node: string;
  browser: string;
  runs: Record<string, number>;
  /** How things were counted or measured, one line each. */
  notes: string[];
}

function markdown(info: RunInfo, verdicts: Verdict[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '# Lectern speed benchmark: latest results',
    '',
    `Run ${info.startedAt}${info.quick ? ' (quick: one run each, no Lighthouse)' : ''}, ` +
      `${(info.durationMs / 1000).toFixed(0)} s, Node ${info.node}, ${info.browser}.`,
    '',
    '| figure | value: median (min–max) | budget | status |',
    '| ------ | ----------------------- | ------ | ------ |',
  ];
  let section = '';
  for (const v of verdicts) {
    if (v.section !== section) {
      section = v.section;
      lines.push(`| **${esc(section)}** | | | |`);
    }
    lines.push(
      `| ${esc(v.label)} | ${esc(formatMeasured(v))} | ${esc(formatBudget(v))} | ${formatStatus(v)} |`,
    );
  }
  lines.push('', '## How it was measured', '', ...info.notes.map((n) => `- ${n}`));
  const notes = verdicts.filter((v) => v.note);
  if (notes.length > 0) {
    lines.push('', '## Notes on figures', '', ...notes.map((v) => `- ${v.label}: ${v.note}`));
  }
  return lines.join('\n') + '\n';
}

export async function writeResults(
  dir: string,
  info: RunInfo,
  verdicts: Verdict[],
  details: Record<string, unknown>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const json = {
    ...info,
    figures: verdicts.map((v) => ({
      id: v.id,
      section: v.section,
      label: v.label,
      unit: v.unit,
      median: v.median,
      min: v.min,
      max: v.max,
      samples: v.samples,
      budget: v.budget ?? null,
      status: v.status,
      overHardLimit: v.overHard,
      note: v.note ?? null,
    })),
    details,
  };
  await writeFile(`${dir}/latest.json`, JSON.stringify(json, null, 2) + '\n');
  await writeFile(`${dir}/latest.md`, markdown(info, verdicts));
}
