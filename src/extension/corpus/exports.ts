import { stringify } from 'csv-stringify/sync';
import * as vscode from 'vscode';
import { CORPUS_CSV_COLUMNS, CSV_OPTIONS, corpusCsvRows } from '../../corpus';
import type { Log } from '../log';
import { formatCount } from '../settings';
import type { LineWriter } from './platform';
import { writeFileAtomically } from '../writeFile';
import { readText, type CorpusService } from './service';

/** Articles sent to the worker at once by the JSONL export. */
const MARKUP_BATCH = 8;

interface ExportResult {
  uri: vscode.Uri;
  articles: number;
  rows: number;
  failed: number;
}

/** Waits for the index, with a notification when it is still being built. */
async function indexed(corpus: CorpusService): Promise<boolean> {
  if (!corpus.progress.done) {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Markup: waiting for the workspace index…' },
      () => corpus.ready(),
    );
  }
  if (!corpus.index.size) void vscode.window.showInformationMessage('News Markup: no articles in this workspace to export.');
  return corpus.index.size > 0;
}

async function chooseTarget(
  target: unknown,
  name: string,
  filters: Record<string, string[]>,
  title: string,
): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string') return vscode.Uri.parse(target);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters, title });
}

function announce(result: ExportResult, what: string): void {
  const name = result.uri.path.slice(result.uri.path.lastIndexOf('/') + 1);
  const failed = result.failed ? ` (${formatCount(result.failed)} articles could not be read: see the News Markup output)` : '';
  void vscode.window.showInformationMessage(`News Markup: exported ${what} to ${name}${failed}`, 'Open').then((choice) => {
    if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', result.uri);
  });
}

/** Export Corpus Quotes as CSV: one row per quote across the corpus, the quote read from the article. */
export async function exportCorpusQuotes(corpus: CorpusService, log: Log, target?: unknown): Promise<ExportResult | undefined> {
  if (!(await indexed(corpus))) return undefined;
  const uri = await chooseTarget(target, 'corpus-quotes.csv', { CSV: ['csv'] }, 'Export Corpus Quotes as CSV');
  if (!uri) return undefined;
  const files = corpus.index.files().sort();
  const parts = [stringify([[...CORPUS_CSV_COLUMNS]], CSV_OPTIONS)];
  let rows = 0;
  let failed = 0;
  const done = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'News Markup: exporting the corpus quotes', cancellable: true },
    async (progress, token) => {
      for (const [i, file] of files.entries()) {
        if (token.isCancellationRequested) return false;
        const summary = corpus.index.get(file);
        if (!summary) continue;
        const text = await readText(vscode.Uri.parse(file)).catch((e: unknown) => {
          failed++;
          log.warn(`corpus export: ${file}: ${(e as Error).message}`);
          return undefined;
        });
        const articleRows = corpusCsvRows(summary, text, vscode.workspace.asRelativePath(vscode.Uri.parse(file)));
        rows += articleRows.length;
        if (articleRows.length) parts.push(stringify(articleRows, CSV_OPTIONS));
        if (i % 100 === 0)
          progress.report({ message: `${formatCount(i)} / ${formatCount(files.length)} articles`, increment: (100 * 100) / files.length });
      }
      return true;
    },
  );
  if (!done) return undefined;
  await writeFileAtomically(uri, parts.join(''));
  const result = { uri, articles: files.length, rows, failed };
  announce(result, `${formatCount(rows)} quotes from ${formatCount(files.length)} articles`);
  return result;
}

/** A JSONL file gathered in memory and written at once, atomically, through workspace.fs (the browser, a remote file system). */
export class GatheredLineWriter implements LineWriter {
  private readonly lines: string[] = [];

  constructor(private readonly uri: vscode.Uri) {}

  write(line: string): Promise<void> {
    this.lines.push(line);
    return Promise.resolve();
  }

  commit(): Promise<void> {
    return writeFileAtomically(this.uri, this.lines.map((l) => `${l}\n`).join(''));
  }

  abandon(): Promise<void> {
    return Promise.resolve();
  }
}

/** Export Corpus Markup as JSONL: one line per article (the markup, as the CLI's --json gives it), re-analysed in the corpus worker. */
export async function exportCorpusMarkup(corpus: CorpusService, log: Log, target?: unknown): Promise<ExportResult | undefined> {
  if (!(await indexed(corpus))) return undefined;
  const uri = await chooseTarget(target, 'corpus-markup.jsonl', { 'JSON Lines': ['jsonl'] }, 'Export Corpus Markup as JSONL');
  if (!uri) return undefined;
  const files = corpus.index.files().sort();
  const writer = corpus.platform.jsonlWriter(uri);
  let failed = 0;
  try {
    const done = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Markup: exporting the corpus markup', cancellable: true },
      async (progress, token) => {
        // A few articles in flight, so the worker never waits for the host; written in order.
        for (let i = 0; i < files.length; i += MARKUP_BATCH) {
          if (token.isCancellationRequested) return false;
          const batch = files.slice(i, i + MARKUP_BATCH);
          for (const [j, line] of (await Promise.all(batch.map((f) => corpus.markupLine(f)))).entries()) {
            if (typeof line === 'string') await writer.write(line);
            else {
              failed++;
              log.warn(`corpus export: ${batch[j]}: ${line?.error ?? 'cancelled'}`);
            }
          }
          const count = Math.min(i + MARKUP_BATCH, files.length);
          progress.report({
            message: `${formatCount(count)} / ${formatCount(files.length)} articles`,
            increment: (100 * batch.length) / files.length,
          });
        }
        return true;
      },
    );
    if (!done) return void (await writer.abandon());
    await writer.commit();
  } catch (e) {
    await writer.abandon();
    throw e;
  }
  const result = { uri, articles: files.length - failed, rows: files.length - failed, failed };
  announce(result, `the markup of ${formatCount(result.articles)} articles`);
  return result;
}
