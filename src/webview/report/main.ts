/// <reference lib="dom" />
/**
 * The Corpus Report's webview: draws the charts the extension computed (src/corpus/charts.ts) and posts
 * back what it drew, the user's speaker picks and "Export CSV" clicks. It keeps the speaker selection and
 * the chart/table choices in the webview state, because the page is rebuilt each time the panel is shown.
 */
import './report.css';
import type { Chart } from 'chart.js';
import { CHART_IDS, chartCsv, type ChartId, type ReportData } from '../../corpus/charts';
import { applyTheme, drawChart, chartHeight } from './draw';
import type { FromWebview, IndexProgress, ToWebview } from './protocol';
import { readPalette, themeKind, watchTheme, type Palette } from './theme';
import { createCard, describe, renderPicker, showTable, type Card } from './view';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface WebviewState {
  /** The speakers picked for quotes over time; absent: the top speakers. */
  selection?: string[];
  /** Charts shown as tables. */
  tables?: ChartId[];
}

const vscode = acquireVsCodeApi();
let state: WebviewState = vscode.getState() ?? {};
let latest: { data: ReportData; progress: IndexProgress } | undefined;
let palette: Palette;
const charts = new Map<ChartId, Chart>();
const cards = new Map<ChartId, Card>();
/** Content Security Policy violations since the last render: a blocked style or script is a bug to report. */
const violations: string[] = [];

const page = {
  status: document.createElement('p'),
  banner: document.createElement('div'),
  empty: document.createElement('div'),
  grid: document.createElement('div'),
};

function saveState(next: WebviewState): void {
  state = next;
  vscode.setState(state);
}

function layout(): void {
  const header = document.createElement('header');
  const title = document.createElement('h1');
  title.textContent = 'Corpus Report';
  page.status.className = 'status';
  page.status.setAttribute('role', 'status');
  page.status.textContent = 'Loading the corpus…';
  header.append(title, page.status);
  page.banner.className = 'banner';
  page.banner.setAttribute('role', 'alert');
  page.banner.hidden = true;
  page.empty.className = 'empty';
  page.empty.hidden = true;
  page.grid.className = 'grid';
  page.grid.hidden = true;
  for (const id of CHART_IDS) {
    const card = createCard(id, { exportCsv, toggleTable });
    cards.set(id, card);
    page.grid.append(card.section);
  }
  const main = document.createElement('main');
  main.append(header, page.banner, page.empty, page.grid);
  document.body.replaceChildren(main);
}

function exportCsv(chart: ChartId): void {
  const card = cards.get(chart);
  if (card) card.note.textContent = '';
  vscode.postMessage({ type: 'export', chart });
}

function toggleTable(id: ChartId): void {
  const tables = new Set(state.tables ?? []);
  if (tables.has(id)) tables.delete(id);
  else tables.add(id);
  saveState({ ...state, tables: [...tables] });
  const card = cards.get(id);
  if (card && latest) showTable(card, tables.has(id) ? chartCsv(latest.data, id) : null);
}

function selectSpeakers(keys: string[] | undefined): void {
  saveState({ ...state, selection: keys });
  vscode.postMessage({ type: 'select', speakers: keys });
}

const count = (n: number) => n.toLocaleString('en-US');

function dateRangeText(range: ReportData['dateRange']): string {
  if (!range) return '';
  if (range.from && range.to) return `${range.from} – ${range.to}`;
  return range.from ? `from ${range.from}` : `until ${range.to}`;
}

function statusText(data: ReportData, progress: IndexProgress): string {
  const parts = [`${count(data.articles)} article${data.articles === 1 ? '' : 's'}`];
  const range = dateRangeText(data.dateRange);
  if (range) parts.push(range);
  if (!progress.done) parts.push(`Indexing… ${count(progress.indexed)} / ${count(progress.found)} articles`);
  return parts.join(' · ');
}

function emptyText(data: ReportData, progress: IndexProgress): string {
  if (!progress.done) return 'The charts appear as the workspace’s articles are indexed.';
  if (data.dateRange && data.indexed > 0) {
    const range = dateRangeText(data.dateRange);
    return `None of the ${count(data.indexed)} articles is dated ${range}. Clear the Corpus filter or pick another date range.`;
  }
  return (
    'No articles in this workspace. The report charts .article and .news files, ' +
    'and .txt files that start with a date line (date 2024-01-31).'
  );
}

/** Draws one card; returns the marks drawn, or throws with the reason after saying it on the card. */
function drawCard(id: ChartId, data: ReportData): number {
  const card = cards.get(id)!;
  card.canvas.setAttribute('aria-label', describe(id, data));
  card.canvasBox.style.height = `${chartHeight(id, data)}px`;
  if (card.picker) renderPicker(card.picker, data, selectSpeakers);
  showTable(card, state.tables?.includes(id) ? chartCsv(data, id) : null);
  try {
    const { chart, points } = drawChart(card.canvas, id, data, palette);
    charts.set(id, chart);
    return points;
  } catch (err) {
    card.note.textContent = `This chart could not be drawn: ${String(err)}`;
    throw err;
  }
}

function render(): void {
  if (!latest) return;
  const { data, progress } = latest;
  const drawn: Array<{ id: ChartId; points: number }> = [];
  const errors: string[] = [];
  for (const chart of charts.values()) chart.destroy();
  charts.clear();
  page.status.textContent = statusText(data, progress);
  const empty = data.articles === 0;
  page.empty.hidden = !empty;
  page.grid.hidden = empty;
  page.empty.textContent = empty ? emptyText(data, progress) : '';
  if (!empty) {
    for (const id of CHART_IDS) {
      try {
        drawn.push({ id, points: drawCard(id, data) });
      } catch (err) {
        errors.push(`${id}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  errors.push(...violations.splice(0));
  const report = { charts: drawn, theme: themeKind(), status: page.status.textContent ?? '' };
  vscode.postMessage({ type: 'rendered', report: errors.length ? { ...report, error: errors.join('\n') } : report });
}

function showBanner(text: string | null): void {
  page.banner.hidden = !text;
  page.banner.textContent = text ?? '';
}

function onMessage(message: ToWebview): void {
  switch (message.type) {
    case 'data':
      latest = { data: message.data, progress: message.progress };
      showBanner(null);
      render();
      break;
    case 'error':
      showBanner(message.message);
      break;
    case 'exported': {
      const card = cards.get(message.chart);
      if (card) card.note.textContent = `Saved ${message.file}`;
      break;
    }
  }
}

function start(): void {
  layout();
  palette = readPalette();
  applyTheme(palette);
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`CSP blocked ${e.violatedDirective}: ${e.blockedURI}`));
  window.addEventListener('message', (e: MessageEvent<ToWebview>) => onMessage(e.data));
  watchTheme(() => {
    palette = readPalette();
    applyTheme(palette);
    render();
  });
  vscode.postMessage({ type: 'ready', ...(state.selection ? { selection: state.selection } : {}) });
}

try {
  start();
} catch (err) {
  document.body.textContent = `The Corpus Report could not start: ${String(err)}`;
  vscode.postMessage({ type: 'rendered', report: { charts: [], theme: themeKind(), status: '', error: String(err) } });
}
