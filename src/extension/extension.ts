// The desktop entry point (package.json `main`): the Node extension host, with worker threads and fs.
// The browser's is web.ts (package.json `browser`); both activate the same features (activate.ts).
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { NewsMarkupApi } from './api';
import { corpusFeature } from './corpus/feature';
import { nodeCorpusPlatform } from './platform/nodeCorpus';
import { nodeEngineHost } from './platform/nodeEngine';

export type { NewsMarkupApi } from './api';

export function activate(context: vscode.ExtensionContext): NewsMarkupApi {
  return activateWith(context, {
    engine: (ctx) => nodeEngineHost(ctx.asAbsolutePath('dist')),
    // The workspace as a corpus: the corpus worker thread reads, analyses and caches its articles.
    corpus: (parts) => corpusFeature(parts, nodeCorpusPlatform(context.asAbsolutePath('dist')), context.storageUri),
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
