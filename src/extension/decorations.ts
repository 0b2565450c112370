import * as vscode from 'vscode';
import type { Markup } from '../markup';
import { firstAtOrAfter } from '../markup/spans';
import type { Log } from './log';
import { entityKey } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { toRange } from './ranges';
import { HIGHLIGHT_KINDS, HighlightKind, highlightEnabled, isArticle, overviewRulerEnabled, SECTION } from './settings';

const ENABLED_STATE = 'newsMarkup.highlightsEnabled';

/** Colour ids declared in package.json `contributes.colors`. */
const STYLE: Record<HighlightKind, { lane: vscode.OverviewRulerLane; options: vscode.DecorationRenderOptions }> = {
  quote: {
    lane: vscode.OverviewRulerLane.Left,
    options: { backgroundColor: new vscode.ThemeColor('newsMarkup.quoteBackground') },
  },
  reported: {
    lane: vscode.OverviewRulerLane.Left,
    options: {
      backgroundColor: new vscode.ThemeColor('newsMarkup.reportedBackground'),
      borderStyle: 'dotted',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('newsMarkup.reportedBorder'),
    },
  },
  speaker: {
    lane: vscode.OverviewRulerLane.Right,
    options: {
      color: new vscode.ThemeColor('newsMarkup.speakerForeground'),
      backgroundColor: new vscode.ThemeColor('newsMarkup.speakerBackground'),
      fontWeight: 'bold',
      borderRadius: '2px',
    },
  },
  person: {
    lane: vscode.OverviewRulerLane.Center,
    options: {
      color: new vscode.ThemeColor('newsMarkup.personForeground'),
      backgroundColor: new vscode.ThemeColor('newsMarkup.personBackground'),
      borderRadius: '2px',
    },
  },
  organization: {
    lane: vscode.OverviewRulerLane.Center,
    options: {
      color: new vscode.ThemeColor('newsMarkup.organizationForeground'),
      backgroundColor: new vscode.ThemeColor('newsMarkup.organizationBackground'),
      borderRadius: '2px',
    },
  },
  place: {
    lane: vscode.OverviewRulerLane.Center,
    options: {
      color: new vscode.ThemeColor('newsMarkup.placeForeground'),
      backgroundColor: new vscode.ThemeColor('newsMarkup.placeBackground'),
      borderRadius: '2px',
    },
  },
};

export type DecorationRanges = Record<HighlightKind, vscode.Range[]>;

function emptyRanges(): DecorationRanges {
  return { quote: [], reported: [], speaker: [], person: [], organization: [], place: [] };
}

type Spans = Record<HighlightKind, { start: number; end: number }[]>;

/**
 * Around the visible part of a long article only this many characters either side are decorated (and
 * again as the view scrolls): converting every span of a 1 MB article to editor positions would hold
 * the extension host far longer than 50 ms. Shorter articles are decorated whole.
 */
export const DECORATION_WINDOW = 20_000;

/** The spans each kind gets from one markup, sorted by start; `only` keeps one entity (by entityKey). */
function spansFor(markup: Markup, only: string | null): Spans {
  const out: Spans = { quote: [], reported: [], speaker: [], person: [], organization: [], place: [] };
  const keep = new Set(markup.entities.filter((e) => only === null || entityKey(e) === only).map((e) => e.id));
  const keepQuote = (speaker: string | null) => only === null || (speaker !== null && keep.has(speaker));
  for (const q of markup.quotes) if (keepQuote(q.speaker)) out.quote.push(q);
  for (const q of markup.reported) if (keepQuote(q.speaker)) out.reported.push(q);
  for (const q of [...markup.quotes, ...markup.reported]) if (q.speakerMention && keepQuote(q.speaker)) out.speaker.push(q.speakerMention);
  for (const e of markup.entities) if (keep.has(e.id)) out[e.type].push(...e.mentions);
  for (const kind of HIGHLIGHT_KINDS) out[kind].sort((a, b) => a.start - b.start);
  return out;
}

/** Editor ranges for the spans that overlap [from, to). */
function rangesIn(document: vscode.TextDocument, spans: Spans, from: number, to: number): DecorationRanges {
  const out = emptyRanges();
  for (const kind of HIGHLIGHT_KINDS) {
    const list = spans[kind];
    // Spans are sorted by start and short: skip to the first that may reach `from`.
    const first = firstAtOrAfter(list, from - 5_000);
    for (let i = first; i < list.length && list[i].start < to; i++) if (list[i].end > from) out[kind].push(toRange(document, list[i]));
  }
  return out;
}

/** The character window to decorate in an editor: everything, or the visible part and a margin. */
function windowOf(editor: vscode.TextEditor): [number, number] {
  const document = editor.document;
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  if (length <= 2 * DECORATION_WINDOW) return [0, length];
  const visible = editor.visibleRanges;
  const first = visible.length ? document.offsetAt(visible[0].start) : document.offsetAt(editor.selection.active);
  const last = visible.length ? document.offsetAt(visible[visible.length - 1].end) : first;
  return [Math.max(0, first - DECORATION_WINDOW), Math.min(length, last + DECORATION_WINDOW)];
}

/**
 * One TextEditorDecorationType per kind, created once (again only when the overview-ruler setting
 * changes), applied to the visible article editors whenever their analysis changes.
 */
export class Decorations implements vscode.Disposable {
  private types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private readonly last = new Map<string, DecorationRanges>();
  /** Ranges of every kind for one analysis, so showing an editor again does not convert offsets again. */
  private readonly computed = new Map<string, { analysis: unknown; only: string | null; spans: Spans }>();
  /** The character window each editor's decorations cover (the whole text for short articles). */
  private readonly windows = new WeakMap<vscode.TextEditor, [number, number]>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly appliedEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after an editor's decorations were set. */
  readonly onDidApply = this.appliedEmitter.event;
  private enabled: boolean;
  /** entityKey of the one entity to highlight ("Highlight Only This Entity"), or null for all. */
  private only: string | null = null;

  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
    private readonly state: vscode.Memento,
  ) {
    this.enabled = state.get<boolean>(ENABLED_STATE, true);
    this.createTypes();
    this.disposables.push(
      this.appliedEmitter,
      store.onDidChange((e) => this.refreshUri(e.uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      // Scrolling a long article: decorate the new window once the view leaves the inner half of the old one.
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const window = this.windows.get(e.textEditor);
        if (!window || !e.visibleRanges.length) return;
        const [from, to] = window;
        const first = e.textEditor.document.offsetAt(e.visibleRanges[0].start);
        const last = e.textEditor.document.offsetAt(e.visibleRanges[e.visibleRanges.length - 1].end);
        if ((from > 0 && first < from + DECORATION_WINDOW / 2) || last > to - DECORATION_WINDOW / 2) this.apply(e.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.last.delete(doc.uri.toString());
        this.computed.delete(doc.uri.toString());
      }),
      // An article reopened in another mode by hand: clear what it had.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (!isArticle(doc)) this.refreshUri(doc.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.highlight.overviewRuler`)) {
          this.disposeTypes();
          this.createTypes();
          this.last.clear();
          this.refreshAll();
        } else if (e.affectsConfiguration(`${SECTION}.highlight`)) {
          this.refreshAll();
        }
      }),
    );
    void vscode.commands.executeCommand('setContext', 'newsMarkup.highlightsEnabled', this.enabled);
    this.refreshAll();
  }

  get highlightsEnabled(): boolean {
    return this.enabled;
  }

  get onlyEntity(): string | null {
    return this.only;
  }

  async setEnabled(enabled: boolean): Promise<void> {
    this.enabled = enabled;
    await this.state.update(ENABLED_STATE, enabled);
    await vscode.commands.executeCommand('setContext', 'newsMarkup.highlightsEnabled', enabled);
    this.refreshAll();
  }

  async setOnly(key: string | null): Promise<void> {
    this.only = key;
    await vscode.commands.executeCommand('setContext', 'newsMarkup.highlightFiltered', key !== null);
    if (key !== null && !this.enabled) await this.setEnabled(true);
    else this.refreshAll();
  }

  /** The ranges each decoration type was last given in editors showing `uri`. */
  lastRanges(uri: vscode.Uri): DecorationRanges | undefined {
    return this.last.get(uri.toString());
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private refreshUri(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.apply(editor);
    }
  }

  private apply(editor: vscode.TextEditor): void {
    this.log.guard('decorations', undefined, () =>
      this.log.timed(`decorate ${editor.document.uri.path}`, () => {
        const document = editor.document;
        const key = document.uri.toString();
        let ranges = emptyRanges();
        if (isArticle(document)) {
          const analysis = this.enabled ? this.store.get(document) : undefined;
          // A large article being analysed in the worker keeps its decorations (VS Code moves them with edits).
          if (analysis?.status === 'pending') return;
          if (analysis?.markup) {
            let hit = this.computed.get(key);
            if (!hit || hit.analysis !== analysis || hit.only !== this.only) {
              hit = { analysis, only: this.only, spans: spansFor(analysis.markup, this.only) };
              this.computed.set(key, hit);
            }
            const window = windowOf(editor);
            this.windows.set(editor, window);
            ranges = rangesIn(document, hit.spans, window[0], window[1]);
          }
        } else if (!this.last.has(key)) {
          return; // never decorated: nothing to clear
        }
        for (const kind of HIGHLIGHT_KINDS) {
          if (!highlightEnabled(kind)) ranges[kind] = [];
          editor.setDecorations(this.types.get(kind)!, ranges[kind]);
        }
        if (isArticle(document)) this.last.set(key, ranges);
        else this.last.delete(key);
        this.appliedEmitter.fire(document.uri);
      }),
    );
  }

  private createTypes(): void {
    const ruler = overviewRulerEnabled();
    for (const kind of HIGHLIGHT_KINDS) {
      const { lane, options } = STYLE[kind];
      const colorId = `newsMarkup.${kind}OverviewRuler`;
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          ...options,
          ...(ruler ? { overviewRulerColor: new vscode.ThemeColor(colorId), overviewRulerLane: lane } : {}),
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  dispose(): void {
    this.disposeTypes();
    for (const d of this.disposables) d.dispose();
  }
}
