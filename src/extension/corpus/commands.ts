import * as vscode from 'vscode';
import { formatDateRange, parseDateRange, type CorpusFilter } from '../../corpus';
import type { EntityType } from '../../markup';
import type { CommandHandlers } from '../commands/types';
import type { Log } from '../log';
import { exportCorpusMarkup, exportCorpusQuotes } from './exports';
import type { CorpusService } from './service';

const TYPES: Array<{ label: string; type: EntityType | undefined }> = [
  { label: 'All types', type: undefined },
  { label: 'People', type: 'person' },
  { label: 'Organizations', type: 'organization' },
  { label: 'Places', type: 'place' },
];

/** One quick pick: type part of a name, pick a type, Enter. `preset` (tests, scripts) skips the picker. */
async function chooseFilter(corpus: CorpusService, preset?: Pick<CorpusFilter, 'text' | 'type'>): Promise<void> {
  if (preset) return corpus.setFilter({ ...corpus.filter, text: preset.text, type: preset.type });
  const pick = vscode.window.createQuickPick<{ label: string; type: EntityType | undefined; alwaysShow: boolean }>();
  pick.title = 'Filter the Corpus view';
  pick.placeholder = 'Type part of a name, then pick a type';
  // The typed text filters names, not this list: the types stay visible whatever is typed.
  const items = TYPES.map((t) => ({ ...t, alwaysShow: true }));
  pick.items = items;
  pick.value = corpus.filter.text ?? '';
  pick.activeItems = items.filter((t) => t.type === corpus.filter.type);
  const chosen = await new Promise<{ text: string; type: EntityType | undefined } | undefined>((resolve) => {
    pick.onDidAccept(() => resolve({ text: pick.value.trim(), type: pick.activeItems[0]?.type }));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (chosen) corpus.setFilter({ ...corpus.filter, text: chosen.text || undefined, type: chosen.type });
}

/** An input box for the date range, checked as it is typed. `preset` (tests, scripts) skips the box. */
async function chooseDateRange(corpus: CorpusService, preset?: string): Promise<void> {
  const typed =
    preset ??
    (await vscode.window.showInputBox({
      title: 'Corpus date range (the articles’ date header)',
      prompt: 'YYYY, YYYY-MM, YYYY-MM-DD, or a range such as 2024-01..2024-06; empty for all dates',
      value: formatDateRange(corpus.filter),
      validateInput: (value) => {
        const range = parseDateRange(value);
        return typeof range === 'string' ? range : undefined;
      },
    }));
  if (typed === undefined) return;
  const range = parseDateRange(typed);
  if (typeof range === 'string') throw new Error(range);
  corpus.setFilter({ ...corpus.filter, from: range.from, to: range.to });
}

export function corpusCommands(corpus: CorpusService, log: Log, showReport: () => void): CommandHandlers {
  return {
    'newsMarkup.corpus.filter': (preset?: Pick<CorpusFilter, 'text' | 'type'>) => chooseFilter(corpus, preset),
    'newsMarkup.corpus.dateRange': (preset?: string) => chooseDateRange(corpus, preset),
    'newsMarkup.corpus.clearFilter': () => corpus.setFilter({}),
    'newsMarkup.corpus.reindex': () => corpus.reindex(),
    'newsMarkup.corpus.report': () => {
      void corpus.ready();
      showReport();
    },
    'newsMarkup.corpus.exportQuotesCsv': (target?: unknown) => exportCorpusQuotes(corpus, log, target),
    'newsMarkup.corpus.exportMarkupJsonl': (target?: unknown) => exportCorpusMarkup(corpus, log, target),
  };
}
