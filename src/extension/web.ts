// The browser entry point (package.json `browser`): the web worker extension host of vscode.dev and
// github.dev. The engine and the corpus worker run in Web Workers; files are read and written through
// workspace.fs only. No Node built-ins may reach this bundle (scripts/build.mjs fails if one does).
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { NewsMarkupApi } from './api';
import { corpusFeature } from './corpus/feature';
import { webCorpusPlatform } from './platform/webCorpus';
import { webEngineHost } from './platform/webEngine';

export type { NewsMarkupApi } from './api';

export function activate(context: vscode.ExtensionContext): NewsMarkupApi {
  return activateWith(context, {
    engine: (ctx) => webEngineHost(ctx.extensionUri),
    // The host reads the articles for the corpus worker; the cache goes to the workspace's storage,
    // or the global one when the browser gives none.
    corpus: (parts) => corpusFeature(parts, webCorpusPlatform(context.extensionUri), context.storageUri ?? context.globalStorageUri),
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
