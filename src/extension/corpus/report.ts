import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from '../../corpus/rows';
import * as vscode from 'vscode';
import { CHART_FILE_NAMES, CHART_TITLES, chartCsv, reportData, type ChartId, type ReportData } from '../../corpus/charts';
import { isFromWebview, type FromWebview, type RenderReport, type ToWebview } from '../../webview/report/protocol';
import type { Log } from '../log';
import { writeFileAtomically } from '../writeFile';
import type { CorpusSource } from './source';

export type { RenderReport } from '../../webview/report/protocol';

/** Asks where to save a chart's CSV; undefined when the user cancels. */
export type SaveTargetChooser = (defaultUri: vscode.Uri | undefined, chart: ChartId) => Thenable<vscode.Uri | undefined>;

export interface CorpusReportOptions {
  /** Defaults to the save dialog; the host tests answer it themselves. */
  chooseSaveTarget?: SaveTargetChooser;
  /** How long a burst of corpus changes is waited out before the report is recomputed. */
  debounceMs?: number;
}

const VIEW_TYPE = 'newsMarkup.corpusReport';
const DEBOUNCE_MS = 300;

const showSaveDialog: SaveTargetChooser = (defaultUri, chart) =>
  vscode.window.showSaveDialog({ defaultUri, filters: { CSV: ['csv'] }, title: `Export “${CHART_TITLES[chart]}” as CSV` });

const MISSING_BUNDLE =
  'The Corpus Report’s page is missing from this build of News Markup (dist/webview/report.js). The "News Markup" output has the details.';

const describeError = (err: unknown) => (err instanceof Error ? err.message : String(err));
const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/**
 * "News Markup: Corpus Report": one webview panel of charts over every article of the workspace. The
 * extension computes the charts' data (src/corpus/charts.ts) and the page draws it (src/webview/report/);
 * the page is rebuilt whenever the panel is shown again, and asks for the data with a `ready` message.
 */
export class CorpusReport implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderReport>();
  /** Fires each time the page has drawn the charts: which ones, with how many marks, in which theme. */
  readonly onDidRender: vscode.Event<RenderReport> = this.rendered.event;
  /** The user's pick of speakers over time; undefined: the top ones. Kept across corpus changes and panels. */
  private selection: string[] | undefined;
  /** The data the page shows now: what "Export CSV" writes. */
  private shown: ReportData | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly webviewRoot: vscode.Uri;
  private readonly chooseSaveTarget: SaveTargetChooser;
  private readonly debounceMs: number;

  constructor(
    extensionUri: vscode.Uri,
    private readonly source: CorpusSource,
    private readonly log: Log,
    options: CorpusReportOptions = {},
  ) {
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.chooseSaveTarget = options.chooseSaveTarget ?? showSaveDialog;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  }

  /** Opens the report, or brings the open one forward: there is one at a time. */
  show(): void {
    this.log.guard('corpus report: show', undefined, () => {
      if (this.panel) this.panel.reveal();
      else this.open();
    });
  }

  /** Writes a chart's data, as the page shows it, to a CSV file the user chooses. Resolves to the file, or undefined. */
  async exportChart(chart: ChartId): Promise<vscode.Uri | undefined> {
    try {
      const data = this.shown ?? this.compute();
      const csv = stringify(chartCsv(data, chart), CSV_OPTIONS);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await this.chooseSaveTarget(folder && vscode.Uri.joinPath(folder, CHART_FILE_NAMES[chart]), chart);
      if (!target) return undefined;
      await writeFileAtomically(target, new TextEncoder().encode(csv));
      this.post({ type: 'exported', chart, file: baseName(target) });
      return target;
    } catch (err) {
      this.log.error(`corpus report: export ${chart}`, err);
      this.post({ type: 'error', message: `Export CSV failed: ${describeError(err)}` });
      return undefined;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.closed();
    this.rendered.dispose();
  }

  /**
   * Brings back the report VS Code restores after a reload or "Reopen Closed Editor" (the page's
   * state, the speakers picked, comes back with its `ready` message).
   */
  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: async (panel) => this.restore(panel) });
  }

  /** Makes a panel VS Code restored the report (a second one is closed: there is one at a time). */
  restore(panel: vscode.WebviewPanel): void {
    this.log.guard('corpus report: restore', undefined, () => {
      if (this.panel) return panel.dispose();
      panel.webview.options = this.webviewOptions();
      this.adopt(panel);
    });
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [this.webviewRoot] };
  }

  private open(): void {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Corpus Report', vscode.ViewColumn.Active, {
      ...this.webviewOptions(),
      // The page keeps its state with setState and redraws from the extension's data: no hidden page held in memory.
      retainContextWhenHidden: false,
    });
    this.adopt(panel);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.html = this.html(panel.webview);
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) =>
        this.log.guard('corpus report: message', undefined, () => this.receive(message)),
      ),
      panel.onDidDispose(() => this.closed()),
      this.source.onDidChange(() => this.schedule()),
    ];
    // Starts indexing if nothing has yet; the last change event may come before the index says it is done.
    const indexing = !this.source.progress.done;
    this.source.ready().then(
      () => indexing && this.schedule(),
      (err: unknown) => this.log.error('corpus report: indexing', err),
    );
    void this.checkBundle(panel);
  }

  private closed(): void {
    clearTimeout(this.timer);
    this.panel = undefined;
    this.shown = undefined;
    for (const subscription of this.panelSubscriptions.splice(0)) subscription.dispose();
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) {
      this.log.warn(`corpus report: ignored a message from the page: ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    this.handle(message);
  }

  private handle(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        // A page rebuilt after the panel was hidden brings back the selection it kept.
        if (message.selection) this.selection = message.selection;
        this.update();
        break;
      case 'select':
        this.selection = message.speakers;
        this.update();
        break;
      case 'export':
        void this.exportChart(message.chart);
        break;
      case 'rendered':
        if (message.report.error) this.log.error('corpus report: the page', message.report.error);
        this.rendered.fire(message.report);
        break;
    }
  }

  /** Waits out a burst of corpus changes (a folder of articles indexed) before recomputing. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.log.guard('corpus report: update', undefined, () => this.update()), this.debounceMs);
  }

  private compute(): ReportData {
    return this.log.timed('corpus report', () => reportData(this.source.index, this.source.filter, this.selection));
  }

  private update(): void {
    // A hidden panel has no page to draw in; the page asks again (`ready`) when it is shown.
    if (!this.panel?.visible) return;
    try {
      this.shown = this.compute();
      this.post({ type: 'data', data: this.shown, progress: { ...this.source.progress } });
    } catch (err) {
      this.log.error('corpus report', err);
      this.post({
        type: 'error',
        message: `The report could not be computed: ${describeError(err)}. The "News Markup" output has the details.`,
      });
    }
  }

  private post(message: ToWebview): void {
    this.panel?.webview.postMessage(message).then(undefined, (err: unknown) => this.log.error('corpus report: post', err));
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot, 'report.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot, 'report.css'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Corpus Report</title>
</head>
<body>
<p>Loading the Corpus Report…</p>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  /** A build without the page's bundle would leave "Loading…" forever: say what is missing instead. */
  private async checkBundle(panel: vscode.WebviewPanel): Promise<void> {
    const script = vscode.Uri.joinPath(this.webviewRoot, 'report.js');
    try {
      await vscode.workspace.fs.stat(script);
    } catch (err) {
      this.log.error(`corpus report: ${script.toString(true)} is missing (npm run build makes it)`, err);
      if (this.panel === panel) panel.webview.html = `<!DOCTYPE html><html lang="en"><body><p>${MISSING_BUNDLE}</p></body></html>`;
    }
  }
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
