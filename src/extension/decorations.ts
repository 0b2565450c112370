import * as vscode from 'vscode';
import type { Markup } from '../markup';
import type { Log } from './log';
import type { MarkupStore } from './markupStore';
import { HIGHLIGHT_KINDS, HighlightKind, highlightEnabled, isArticle, overviewRulerEnabled, SECTION } from './settings';
import { entityKey, toRange } from './spans';

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

/** The spans each kind gets from one markup; `only` keeps one entity (by entityKey). */
export function rangesFor(document: vscode.TextDocument, markup: Markup, only: string | null): DecorationRanges {
  const out = emptyRanges();
  const keep = new Set(markup.entities.filter((e) => only === null || entityKey(e) === only).map((e) => e.id));
  const keepQuote = (speaker: string | null) => only === null || (speaker !== null && keep.has(speaker));
  for (const q of markup.quotes) {
    if (keepQuote(q.speaker)) out.quote.push(toRange(document, q));
  }
  for (const q of markup.reported) {
    if (keepQuote(q.speaker)) out.reported.push(toRange(document, q));
  }
  for (const q of [...markup.quotes, ...markup.reported]) {
    if (q.speakerMention && keepQuote(q.speaker)) out.speaker.push(toRange(document, q.speakerMention));
  }
  for (const e of markup.entities) {
    if (!keep.has(e.id)) continue;
    for (const m of e.mentions) out[e.type].push(toRange(document, m));
  }
  return out;
}

/**
 * One TextEditorDecorationType per kind, created once (again only when the overview-ruler setting
 * changes), applied to the visible article editors whenever their analysis changes.
 */
export class Decorations implements vscode.Disposable {
  private types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private readonly last = new Map<string, DecorationRanges>();
  /** Ranges of every kind for one analysis, so showing an editor again does not convert offsets again. */
  private readonly computed = new Map<string, { analysis: unknown; only: string | null; ranges: DecorationRanges }>();
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
    this.log.guard('decorations', undefined, () => this.log.timed(`decorate ${editor.document.uri.path}`, () => {
      const document = editor.document;
      const key = document.uri.toString();
      let ranges = emptyRanges();
      if (isArticle(document)) {
        const analysis = this.enabled ? this.store.get(document) : undefined;
        // A large article being analysed in the worker keeps its decorations (VS Code moves them with edits).
        if (analysis?.status === 'pending') return;
        if (analysis?.markup) {
          const hit = this.computed.get(key);
          if (hit && hit.analysis === analysis && hit.only === this.only) ranges = { ...hit.ranges };
          else {
            ranges = rangesFor(document, analysis.markup, this.only);
            this.computed.set(key, { analysis, only: this.only, ranges: { ...ranges } });
          }
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
    }));
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
