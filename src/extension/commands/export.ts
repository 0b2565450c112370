import { exportMarkup } from '../exportMarkup';
import type { CommandHandlers, CommandServices } from './types';

export function exportCommands({ store }: CommandServices): CommandHandlers {
  return {
    'newsMarkup.exportMarkupAsJson': (resource?: unknown, target?: unknown) => exportMarkup(store, 'json', resource, target),
    'newsMarkup.exportQuotesAsCsv': (resource?: unknown, target?: unknown) => exportMarkup(store, 'csv', resource, target),
  };
}
