import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { NameCorrection, QuoteCorrection } from '../../markup';
import type { MarkupStore } from '../markupStore';
import type { CorrectionsStore, FolderCorrections } from './store';

type Entry = NameCorrection | QuoteCorrection;

/**
 * Which corrections no longer find their words, article by article, as the analyses of open
 * articles say; and the problems of each corrections file, as diagnostics in the file. A stale
 * correction stays in the file: it is reported, never dropped.
 */
export class CorrectionProblems implements vscode.Disposable {
  /** Per entry (the object of the file's current read): article URI → why it is stale there. */
  private readonly stale = new Map<Entry, Map<string, string>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('news-markup-corrections');
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.emitter];
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly corrections: CorrectionsStore,
    store: MarkupStore,
  ) {
    this.disposables.push(
      store.onDidChange(({ uri }) => this.noteAnalysis(store, uri)),
      corrections.onDidChange(() => {
        // A new read of a file makes new entries: what was stale is found again by the next analyses.
        this.stale.clear();
        this.refresh();
      }),
    );
    this.refresh();
  }

  /** Why an entry is stale, article by article (empty when it is not, or no open article says so). */
  staleIn(entry: Entry): ReadonlyMap<string, string> {
    return this.stale.get(entry) ?? new Map();
  }

  private noteAnalysis(store: MarkupStore, uri: vscode.Uri): void {
    const analysis = store.peek(uri);
    const given = analysis?.corrections;
    const outcome = analysis?.markup?.corrections;
    if (!analysis || analysis.status === 'pending' || !given || !outcome || given.file !== this.corrections.fileFor(uri)) return;
    const key = uri.toString();
    const staleNow = new Set<Entry>();
    for (const s of outcome.stale) {
      const entry = given.corrections[s.list][s.index];
      // A name for every article is not stale because one article lacks it: only the entries about this article are.
      if (!entry || (s.list === 'names' && entry.article === undefined)) continue;
      staleNow.add(entry);
      const byArticle = this.stale.get(entry) ?? new Map<string, string>();
      byArticle.set(key, s.reason);
      this.stale.set(entry, byArticle);
    }
    let changed = staleNow.size > 0;
    for (const [entry, byArticle] of this.stale)
      if (!staleNow.has(entry) && byArticle.delete(key)) {
        changed = true;
        if (!byArticle.size) this.stale.delete(entry);
      }
    if (changed) this.refresh();
  }

  private refresh(): void {
    this.diagnostics.clear();
    for (const file of this.corrections.all()) if (file.state !== 'absent') this.diagnostics.set(file.uri, this.fileDiagnostics(file));
    this.emitter.fire();
  }

  private fileDiagnostics(file: FolderCorrections): vscode.Diagnostic[] {
    const lines = new LineIndex(file.text);
    const { root, syntax } = treeOf(file);
    const diagnostics = syntax.map((e) =>
      diagnostic(lines.range(e.offset, e.offset + Math.max(1, e.length)), 'not JSON here', vscode.DiagnosticSeverity.Error),
    );
    if (!syntax.length)
      for (const p of file.problems) {
        const at = root && p.path ? nodeAt(root, p.path) : undefined;
        const range = at ? lines.range(at.offset, at.offset + at.length) : lines.range(0, 0);
        const severity = vscode.DiagnosticSeverity.Error;
        diagnostics.push(
          diagnostic(range, `${p.path ? `${p.path}: ` : ''}${p.message} (corrections are paused until this is fixed)`, severity),
        );
      }
    for (const list of ['names', 'quotes'] as const)
      file.corrections[list].forEach((entry, index) => {
        const where = this.stale.get(entry);
        if (!where?.size || !root) return;
        const at = findNodeAtLocation(root, [list, index]);
        const articles = [...where].map(([uri, why]) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${why}`);
        const range = at ? lines.range(at.offset, at.offset + at.length) : lines.range(0, 0);
        diagnostics.push(
          diagnostic(range, `stale correction (kept, not applied): ${articles.join('; ')}`, vscode.DiagnosticSeverity.Warning),
        );
      });
    return diagnostics;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function diagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, severity);
  d.source = 'News Markup';
  return d;
}

/** `names[2].type` → the JSON node it names. */
function nodeAt(root: JsonNode, path: string): JsonNode | undefined {
  const segments = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
  const location = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = location.length; n > 0; n--) {
    const node = findNodeAtLocation(root, location.slice(0, n));
    if (node) return node.parent?.type === 'property' && n === location.length && typeof location[n - 1] === 'string' ? node.parent : node;
  }
  return undefined;
}

/** Offsets to positions in a text that is not open in an editor. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): vscode.Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - this.starts[lo]);
  }
  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(start), this.position(end));
  }
}

/** The file's syntax tree and errors, parsed once per read of the file (its diagnostics and every entry's place use it). */
const trees = new WeakMap<FolderCorrections, { root: JsonNode | undefined; syntax: ParseError[] }>();
function treeOf(file: FolderCorrections): { root: JsonNode | undefined; syntax: ParseError[] } {
  let tree = trees.get(file);
  if (!tree) {
    const syntax: ParseError[] = [];
    tree = { root: parseTree(file.text, syntax, { allowTrailingComma: false, disallowComments: true }), syntax };
    trees.set(file, tree);
  }
  return tree;
}

/** Where an entry is in its file's text (offsets), to reveal it. */
export function entryRange(file: FolderCorrections, list: 'names' | 'quotes', index: number): { start: number; end: number } | undefined {
  const { root } = treeOf(file);
  const node = root && findNodeAtLocation(root, [list, index]);
  return node ? { start: node.offset, end: node.offset + node.length } : undefined;
}
