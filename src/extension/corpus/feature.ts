import type * as vscode from 'vscode';
import type { CorpusFeature, CorpusParts } from '../activate';
import type { CorpusApi } from '../api';
import { corpusCommands } from './commands';
import type { CorpusPlatform } from './platform';
import { CorpusReport } from './report';
import { CorpusService } from './service';
import { createCorpusView } from './tree';

/**
 * The workspace as a corpus, on either platform: the service (its cache in `storage`), the Corpus
 * view, the Corpus Report and the corpus commands.
 */
export function corpusFeature(parts: CorpusParts, platform: CorpusPlatform, storage: vscode.Uri | undefined): CorpusFeature<CorpusApi> {
  const { context, store, log, corrections } = parts;
  const corpus = new CorpusService(platform, storage, store, log, corrections);
  const corpusView = createCorpusView(corpus, log);
  const report = new CorpusReport(context.extensionUri, corpus, log);
  return {
    handlers: corpusCommands(corpus, log, () => report.show()),
    disposables: [corpus, corpusView, report, report.registerSerializer()],
    api: { corpus, corpusTree: corpusView.provider, corpusView: corpusView.view, corpusReport: report },
  };
}
