import * as vscode from 'vscode';

export const LANGUAGE_ID = 'article';
export const SECTION = 'newsMarkup';
export const DEFAULT_MAX_ANALYZED_SIZE = 1_000_000;
/** Edits are analysed (and decorations, trees, status bar refreshed) this long after the last keystroke. */
export const EDIT_DEBOUNCE_MS = 150;

/** The decorated kinds, in the order they are painted. */
export const HIGHLIGHT_KINDS = ['quote', 'reported', 'speaker', 'person', 'organization', 'place'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Setting key under `newsMarkup.highlight.` for each kind. */
export const HIGHLIGHT_SETTING: Record<HighlightKind, string> = {
  quote: 'quotes',
  reported: 'reportedSpeech',
  speaker: 'speakers',
  person: 'people',
  organization: 'organizations',
  place: 'places',
};

export function isArticle(document: vscode.TextDocument | undefined): boolean {
  return !!document && document.languageId === LANGUAGE_ID;
}

export function maxAnalyzedSize(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('maxAnalyzedSize', DEFAULT_MAX_ANALYZED_SIZE);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_ANALYZED_SIZE;
}

export function highlightEnabled(kind: HighlightKind): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(`highlight.${HIGHLIGHT_SETTING[kind]}`, true) !== false;
}

export function overviewRulerEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('highlight.overviewRuler', true) !== false;
}

export function followCursor(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('views.followCursor', true) !== false;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
