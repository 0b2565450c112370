import * as vscode from 'vscode';
import { articleEditor } from '../navigation';
import type { CommandHandlers, CommandServices } from './types';

export function reanalyzeCommands({ store }: CommandServices): CommandHandlers {
  return {
    'newsMarkup.reanalyzeArticle': (resource?: unknown) => {
      const uri = resource instanceof vscode.Uri ? resource : (articleEditor() ?? vscode.window.activeTextEditor)?.document.uri;
      if (uri) store.invalidate(uri);
      return uri;
    },
  };
}
