// The desktop entry point (package.json `main`): the Node extension host, with worker threads and fs.
// The browser's is web.ts (package.json `browser`); both activate the same features (activate.ts).
import type * as vscode from 'vscode';
import { activateWith, type CorpusFeature, type CorpusParts } from './activate';
import type { CorpusApi, NewsMarkupApi } from './api';
import { corpusCommands } from './corpus/commands';
import { CorpusReport } from './corpus/report';
import { CorpusService } from './corpus/service';
import { createCorpusView } from './corpus/tree';
import { nodeEngineHost } from './platform/nodeEngine';

export type { NewsMarkupApi } from './api';

export function activate(context: vscode.ExtensionContext): NewsMarkupApi {
  return activateWith(context, { engine: (ctx) => nodeEngineHost(ctx.asAbsolutePath('dist')), corpus: desktopCorpus });
}

/** The workspace as a corpus: the corpus worker reads, analyses and caches its articles. */
function desktopCorpus({ context, store, log, corrections }: CorpusParts): CorpusFeature<CorpusApi> {
  const corpus = new CorpusService(context.storageUri, context.asAbsolutePath('dist'), store, log, corrections);
  const corpusView = createCorpusView(corpus, log);
  const report = new CorpusReport(context.extensionUri, corpus, log);
  return {
    handlers: corpusCommands(corpus, log, () => report.show()),
    disposables: [corpus, corpusView, report, report.registerSerializer()],
    api: { corpus, corpusTree: corpusView.provider, corpusView: corpusView.view, corpusReport: report },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
