import * as vscode from 'vscode';
import type { CorpusFeature } from '../activate';
import type { CommandHandlers } from '../commands/types';
import { CORPUS_VIEW_ID } from '../corpus/tree';

export const CORPUS_UNAVAILABLE = 'The corpus is not available in the web version of News Markup yet.';

/** The corpus commands of package.json: registered here too, so that none fails as "command not found". */
const CORPUS_COMMANDS = [
  'newsMarkup.corpus.report',
  'newsMarkup.corpus.exportQuotesCsv',
  'newsMarkup.corpus.exportMarkupJsonl',
  'newsMarkup.corpus.filter',
  'newsMarkup.corpus.dateRange',
  'newsMarkup.corpus.clearFilter',
  'newsMarkup.corpus.reindex',
];

/**
 * The corpus in the browser: its worker and exports still read the disk through Node's fs, so the
 * view and the commands say that it is not there, rather than fail.
 */
export function webCorpus(): CorpusFeature<{ corpusUnavailable: string }> {
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: { getChildren: () => [], getTreeItem: (item) => item } });
  view.message = CORPUS_UNAVAILABLE;
  const say = () => {
    void vscode.window.showInformationMessage(CORPUS_UNAVAILABLE);
    return undefined;
  };
  const handlers: CommandHandlers = Object.fromEntries(CORPUS_COMMANDS.map((id) => [id, say]));
  return { handlers, disposables: [view], api: { corpusUnavailable: CORPUS_UNAVAILABLE } };
}
