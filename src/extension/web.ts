// The browser entry point (package.json `browser`): the web worker extension host of vscode.dev and
// github.dev. The engine runs in a Web Worker; files are read and written through workspace.fs only.
// No Node built-ins may reach this bundle (scripts/build.mjs fails if one does).
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { NewsMarkupCoreApi } from './api';
import { webCorpus } from './platform/webCorpus';
import { webEngineHost } from './platform/webEngine';

/** The desktop's API without the corpus, which says why it is missing. */
export type NewsMarkupWebApi = NewsMarkupCoreApi & { corpusUnavailable: string };

export function activate(context: vscode.ExtensionContext): NewsMarkupWebApi {
  return activateWith(context, { engine: (ctx) => webEngineHost(ctx.extensionUri), corpus: webCorpus });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
