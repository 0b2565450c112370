import * as vscode from 'vscode';
import { SORT_ORDERS } from '../entityTrees';
import type { CommandHandlers, CommandServices } from './types';

export function sortOrderCommands({ trees }: CommandServices): CommandHandlers {
  return {
    'newsMarkup.changeSortOrder': async (order?: unknown) => {
      let value = SORT_ORDERS.find((o) => o.value === order)?.value;
      if (!value) {
        const picked = await vscode.window.showQuickPick(
          SORT_ORDERS.map((o) => ({ ...o, description: o.value === trees.sortOrder ? '(current)' : undefined })),
          { title: 'Sort News Markup Views By', placeHolder: 'Sort speakers, people, organizations and places by…' },
        );
        value = picked?.value;
      }
      if (value) await trees.setSortOrder(value);
      return trees.sortOrder;
    },
  };
}
