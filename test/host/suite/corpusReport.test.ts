import * as assert from 'assert';
import * as vscode from 'vscode';
import { CorpusIndex, summarize, type CorpusFilter } from '../../../src/corpus';
import { CHART_IDS, chartPoints, reportData, type ChartId } from '../../../src/corpus/charts';
import { CorpusReport, type RenderReport } from '../../../src/extension/corpus/report';
import type { CorpusSource } from '../../../src/extension/corpus/source';
import { Log } from '../../../src/extension/log';
import { analyze } from '../../../src/markup';
import { PORT } from '../../fixtures/portCorpus';
import { closeAllEditors, EXTENSION_ID, screenshot, sleep, waitFor, workspaceUri } from './markupHelpers';

// The Corpus Report in the real workbench: a CorpusReport over an index built here from articles written
// for the test, drawn by the real webview (Chart.js in Chromium), which reports back what it drew.

const MARKET = `date 2024-05-02

LISBON - Stallholders at the Ribeira market reacted to the rent rise on Thursday.

"Rent is up 5 percent this year," said Ana Lima, who sells fish at the market.

"We will pass it on to customers," said Bruno Costa, who sells fruit at the market.

"The harbour strike cost us a month," Tom Brandt told the traders' meeting.`;

/** What the Corpus view's service gives the report, over an index the test fills. */
class TestSource implements CorpusSource {
  readonly index = new CorpusIndex();
  filter: CorpusFilter = {};
  progress = { found: 0, indexed: 0, done: true };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  add(articles: Record<string, string>): void {
    for (const [file, text] of Object.entries(articles)) this.index.set(summarize(file, text, analyze(text)));
    this.progress = { found: this.index.size, indexed: this.index.size, done: true };
    this.changed.fire();
  }

  fire(): void {
    this.changed.fire();
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Resolves with the next render report that `accept` takes. */
function nextRender(
  report: CorpusReport,
  what: string,
  accept: (r: RenderReport) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<RenderReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the report to render ${what}`));
    }, timeoutMs);
    const subscription = report.onDidRender((r) => {
      if (!accept(r)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(r);
    });
  });
}

const pointsOf = (r: RenderReport) => Object.fromEntries(r.charts.map((c) => [c.id, c.points])) as Record<ChartId, number>;

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newsMarkup.corpusReport'));
}

async function setTheme(theme: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
}

suite('News Markup: corpus report', function () {
  this.timeout(90_000);
  let extensionUri: vscode.Uri;
  let log: Log;
  let source: TestSource;
  let report: CorpusReport;
  const saved: vscode.Uri[] = [];

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    extensionUri = extension.extensionUri;
    await setTheme('Default Dark Modern');
    await closeAllEditors();
  });

  setup(() => {
    log = new Log();
    source = new TestSource();
    saved.length = 0;
    report = new CorpusReport(extensionUri, source, log, {
      chooseSaveTarget: async (defaultUri) => {
        if (defaultUri) saved.push(defaultUri);
        return workspaceUri('out', 'report', defaultUri ? defaultUri.path.slice(defaultUri.path.lastIndexOf('/') + 1) : 'chart.csv');
      },
    });
  });

  teardown(async () => {
    report.dispose();
    source.dispose();
    assert.strictEqual(log.errorCount, 0, 'nothing logged as an error');
    log.dispose();
    await closeAllEditors();
  });

  suiteTeardown(async () => {
    await setTheme(undefined);
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  test('draws the six charts with the marks of the data, and redraws when the corpus changes', async () => {
    source.add(PORT);
    const first = nextRender(report, 'six charts', (r) => r.charts.length === 6);
    report.show();
    const drawn = await first;
    assert.strictEqual(drawn.error, undefined);
    assert.deepStrictEqual(pointsOf(drawn), { speakers: 12, organizations: 3, overTime: 20, coOccurrence: 36, speakerTypes: 4, gender: 6 });
    const data = reportData(source.index, {});
    for (const id of CHART_IDS)
      assert.strictEqual(pointsOf(drawn)[id], chartPoints(data, id), `${id}: what the page drew is what the data holds`);
    assert.strictEqual(drawn.status, '4 articles');

    const redrawn = nextRender(report, 'the market article', (r) => r.status === '5 articles');
    source.add({ 'market.article': MARKET });
    // Speakers: Ana Lima and Bruno Costa join; the time axis reaches May; two more speakers in the matrix.
    assert.deepStrictEqual(pointsOf(await redrawn), {
      speakers: 16,
      organizations: 3,
      overTime: 25,
      coOccurrence: 64,
      speakerTypes: 4,
      gender: 6,
    });
  });

  test('waits out a burst of changes, shows the date range and the indexing progress', async () => {
    source.add(PORT);
    const shown = nextRender(report, 'the first time');
    report.show();
    await shown;
    await sleep(500);
    let renders = 0;
    const counting = report.onDidRender(() => renders++);
    const filtered = nextRender(report, 'January while indexing', (r) => r.status.includes('Indexing'));
    source.filter = { from: '2024-01-01', to: '2024-01-31' };
    source.progress = { found: 2000, indexed: 1204, done: false };
    for (let i = 0; i < 5; i++) source.fire();
    const january = await filtered;
    assert.strictEqual(january.status, '2 articles · 2024-01-01 – 2024-01-31 · Indexing… 1,204 / 2,000 articles');
    // 8 to 22 January by day: 15 days for the 4 speakers quoted in January.
    assert.strictEqual(pointsOf(january).overTime, 60);
    await sleep(600);
    counting.dispose();
    assert.strictEqual(renders, 1, 'five changes in a row, one render');
  });

  test('says so when there are no articles, and keeps one panel that comes back when shown again', async () => {
    const empty = nextRender(report, 'the empty state');
    report.show();
    report.show();
    const r = await empty;
    assert.deepStrictEqual([r.charts, r.status, r.error], [[], '0 articles', undefined]);
    assert.strictEqual(reportTabs().length, 1, 'one report panel');

    source.add(PORT);
    await nextRender(report, 'the articles', (x) => x.charts.length === 6);
    // Hidden, the page is dropped (no retained context); shown again, it is rebuilt and draws again.
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await sleep(300);
    const back = nextRender(report, 'after being shown again', (x) => x.charts.length === 6);
    report.show();
    assert.strictEqual((await back).status, '4 articles');
    assert.strictEqual(reportTabs().length, 1);
  });

  test('Export CSV writes the chart’s data through a file beside the target', async () => {
    source.add(PORT);
    const shown = nextRender(report, 'six charts', (r) => r.charts.length === 6);
    report.show();
    await shown;
    const written = await report.exportChart('speakers');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    assert.deepStrictEqual(
      saved.map((u) => u.toString()),
      [vscode.Uri.joinPath(folder, 'corpus-top-speakers.csv').toString()],
    );
    assert.ok(written, 'the export returned its file');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
    assert.strictEqual(
      text,
      [
        'speaker,type,quotes,reported speech,total',
        'Tom Brandt,person,3,2,5',
        'Helen Achebe,person,2,1,3',
        'Priya Raman,person,1,0,1',
        'Sam Okafor,person,1,0,1',
        'Dockworkers Union,organization,0,1,1',
        'Harbour Trust,organization,0,1,1',
        '',
      ].join('\n'),
    );
    const again = await report.exportChart('speakers');
    assert.strictEqual(again?.toString(), written.toString(), 'an existing file is replaced');
    const left = (await vscode.workspace.fs.readDirectory(workspaceUri('out', 'report'))).map(([name]) => name);
    assert.deepStrictEqual(left, ['corpus-top-speakers.csv'], 'no temporary file left beside it');
  });

  test('follows the theme, and looks right in the dark (screenshot corpus-report)', async () => {
    source.add({ ...PORT, 'market.article': MARKET });
    const dark = nextRender(report, 'in the dark theme', (r) => r.charts.length === 6 && r.theme === 'vscode-dark');
    report.show();
    await dark;
    const light = nextRender(report, 'in the light theme', (r) => r.theme === 'vscode-light');
    await setTheme('Default Light Modern');
    assert.deepStrictEqual(pointsOf(await light).speakers, 16, 'redrawn with the same data');
    const darkAgain = nextRender(report, 'back in the dark theme', (r) => r.theme === 'vscode-dark');
    await setTheme('Default Dark Modern');
    await darkAgain;

    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    await waitFor('the report panel active', () => reportTabs()[0]?.isActive);
    await sleep(800);
    await screenshot('corpus-report');
  });
});
