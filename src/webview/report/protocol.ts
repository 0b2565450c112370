/**
 * The messages between the Corpus Report panel (src/extension/corpus/report.ts) and its webview
 * (main.ts here). Types only, plus the checks the extension runs on what the webview posts: a webview
 * is a page, and the extension does not act on a message it did not expect.
 */
import { isChartId, type ChartId, type ReportData } from '../../corpus/charts';

export interface IndexProgress {
  found: number;
  indexed: number;
  done: boolean;
}

/** What the webview posts after each render: the charts it drew with how many marks each, and the theme. */
export interface RenderReport {
  charts: Array<{ id: ChartId; points: number }>;
  /** The body's theme class: vscode-light, vscode-dark, vscode-high-contrast or vscode-high-contrast-light. */
  theme: string;
  /** The status line under the title ("12 articles · 2024-01-01 – 2024-06-30", "Indexing… 3 / 40 articles"). */
  status: string;
  error?: string;
}

export type ToWebview =
  | { type: 'data'; data: ReportData; progress: IndexProgress }
  | { type: 'error'; message: string }
  | { type: 'exported'; chart: ChartId; file: string };

export type FromWebview =
  /** The page loaded; `selection` is the speaker selection it kept in its state, if the user made one. */
  | { type: 'ready'; selection?: string[] }
  /** The speakers to chart over time; none given: back to the top speakers. */
  | { type: 'select'; speakers?: string[] }
  | { type: 'export'; chart: ChartId }
  | { type: 'rendered'; report: RenderReport };

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function isRenderReport(value: unknown): value is RenderReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<RenderReport>;
  return (
    Array.isArray(r.charts) &&
    r.charts.every((c) => isChartId(c?.id) && typeof c.points === 'number') &&
    typeof r.theme === 'string' &&
    typeof r.status === 'string' &&
    (r.error === undefined || typeof r.error === 'string')
  );
}

export function isFromWebview(message: unknown): message is FromWebview {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return m.selection === undefined || isStringArray(m.selection);
    case 'select':
      return m.speakers === undefined || isStringArray(m.speakers);
    case 'export':
      return isChartId(m.chart);
    case 'rendered':
      return isRenderReport(m.report);
    default:
      return false;
  }
}
