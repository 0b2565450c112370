import * as vscode from 'vscode';
import {
  applyCorrectionChange,
  changesNothing,
  correctionsFor,
  emptyCorrections,
  normalPath,
  parseCorrections,
  serializeCorrections,
  type CorrectionChange,
  type Corrections,
  type CorrectionsProblem,
} from '../../markup/corrections';
import { contentHash } from '../../corpus/hash';
import { FolderLookup } from '../folderLookup';
import type { Log } from '../log';
import { writeFileAtomically } from '../writeFile';

export const CORRECTIONS_FILE = '.news-markup.json';

/** absent: no file yet; invalid: the file does not parse, and its corrections are paused until it does. */
export type CorrectionsState = 'absent' | 'ok' | 'invalid';

/** The corrections file of one workspace folder, as last read from disk. */
export interface FolderCorrections {
  readonly folder: vscode.WorkspaceFolder;
  readonly uri: vscode.Uri;
  state: CorrectionsState;
  /** Empty while the file is invalid: the markup goes on without them. */
  corrections: Corrections;
  problems: CorrectionsProblem[];
  /** The file's text when it was read (diagnostics are placed in it). */
  text: string;
}

/** The corrections an article is analysed with, and where they come from. */
export interface ArticleCorrections {
  file: FolderCorrections;
  /** The article's path relative to its folder, as the file writes it. */
  articlePath: string;
  corrections: Corrections;
}

/** What one command did, so that "Undo Last Correction" can take it back. */
interface UndoStep {
  file: vscode.Uri;
  label: string;
  inverse: CorrectionChange;
}

export class CorrectionsError extends Error {}

/**
 * The reader's corrections, one `.news-markup.json` per workspace folder: read at start, re-read
 * when the file changes on disk (a git pull, a hand edit), written by the correction commands.
 * Every write re-reads the file first, so two windows add to each other's corrections instead of
 * overwriting them, and nothing is written while the file on disk does not parse.
 */
export class CorrectionsStore implements vscode.Disposable {
  private readonly files = new Map<string, FolderCorrections>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly undoSteps: UndoStep[] = [];
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private writing = Promise.resolve();
  /** Bumped on every change of any folder's corrections: analyses made with an older one are out of date. */
  version = 0;
  readonly onDidChange = this.emitter.event;
  /** Resolves when the first read of every folder is done (analyses wait for it, so an article opens corrected). */
  readonly ready: Promise<void>;
  loaded = false;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_FILE}`);
    const reread = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && uri.toString() === fileOf(folder).toString()) void this.load(folder);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reread),
      watcher.onDidChange(reread),
      watcher.onDidDelete(reread),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        this.folders = undefined;
        for (const f of e.removed) this.files.delete(fileOf(f).toString());
        for (const f of e.added) void this.load(f);
        if (e.removed.length) this.changed();
      }),
    );
    this.ready = Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f, false))).then(() => {
      this.loaded = true;
      this.changed();
    });
  }

  /** Whether any folder's file holds a correction the markup would use (none: every article's key is ''). */
  get any(): boolean {
    return this.all().some((f) => f.state === 'ok' && f.corrections.names.length + f.corrections.quotes.length > 0);
  }

  /** What every folder's file says, in one string: equal strings, equal corrections. */
  get signature(): string {
    return this.all()
      .map((f) => `${f.uri.toString()}\u0000${f.state}\u0000${f.text}`)
      .join('\u0001');
  }

  /**
   * A short key of the corrections an article is given ('' for none), the same for every article that
   * gets the same ones: the corpus cache is keyed by it. Without serialising the whole file per article.
   */
  keyFor(uri: vscode.Uri): string {
    const file = this.fileFor(uri);
    if (!file || file.state !== 'ok') return '';
    const keys = (this.keys ??= new Map()).get(file) ?? this.keysOf(file);
    if (!keys.byArticle.size) return keys.workspace;
    const own = keys.byArticle.get(relativePath(file.folder, uri));
    return own ?? keys.workspace;
  }

  private keys: Map<FolderCorrections, { workspace: string; byArticle: Map<string, string> }> | undefined;

  private keysOf(file: FolderCorrections): { workspace: string; byArticle: Map<string, string> } {
    const { names, quotes } = file.corrections;
    const wide = names.filter((n) => n.article === undefined);
    const workspace = wide.length ? contentHash(JSON.stringify(wide)) : '';
    const articles = new Set([...names.flatMap((n) => (n.article ? [n.article] : [])), ...quotes.map((q) => q.article)]);
    const byArticle = new Map([...articles].map((a) => [normalPath(a), contentHash(JSON.stringify(correctionsFor(file.corrections, a)))]));
    const keys = { workspace, byArticle };
    this.keys!.set(file, keys);
    return keys;
  }

  /** Every folder's corrections file, in folder order. */
  all(): FolderCorrections[] {
    return [...this.files.values()].sort((a, b) => a.folder.index - b.folder.index);
  }

  fileFor(uri: vscode.Uri): FolderCorrections | undefined {
    const folder = (this.folders ??= new FolderLookup()).folderOf(uri);
    if (!folder) return undefined;
    // The file's key per folder, made once: a corpus asks for thousands of articles.
    let key = this.fileKeys.get(folder);
    if (key === undefined) this.fileKeys.set(folder, (key = fileOf(folder).toString()));
    return this.files.get(key);
  }

  private folders: FolderLookup | undefined;
  private readonly fileKeys = new WeakMap<vscode.WorkspaceFolder, string>();

  /** The corrections that apply to an article; undefined outside a workspace folder or while its file is invalid. */
  forArticle(uri: vscode.Uri): ArticleCorrections | undefined {
    const file = this.fileFor(uri);
    if (!file || file.state !== 'ok') return undefined;
    const articlePath = relativePath(file.folder, uri);
    return { file, articlePath, corrections: correctionsFor(file.corrections, articlePath) };
  }

  /** Why corrections cannot be saved for this article, or undefined when they can. */
  cannotWrite(article: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) return 'corrections are kept in a workspace folder, and this article is not in one';
    if (vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) === false)
      return `the folder "${folder.name}" is read-only (${folder.uri.scheme}): corrections can be read there, not saved`;
    return undefined;
  }

  /**
   * Saves a change to the corrections of the article's folder. Re-reads the file, applies the change
   * to what is on disk, writes it atomically. Throws a CorrectionsError the user can read when the
   * file cannot be written or does not parse.
   */
  async change(article: vscode.Uri, change: CorrectionChange, label: string): Promise<boolean> {
    const why = this.cannotWrite(article);
    if (why) throw new CorrectionsError(`Cannot save the correction: ${why}.`);
    const folder = vscode.workspace.getWorkspaceFolder(article)!;
    return this.changeFile(folder, change, label, true);
  }

  /** Takes back the last correction made in this window. */
  async undo(): Promise<string | undefined> {
    const step = this.undoSteps.pop();
    if (!step) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(step.file);
    if (!folder) return undefined;
    await this.changeFile(folder, step.inverse, step.label, false);
    return step.label;
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  private changeFile(folder: vscode.WorkspaceFolder, change: CorrectionChange, label: string, undoable: boolean): Promise<boolean> {
    // One write at a time: two quick corrections must both land, the second on top of the first.
    const run = this.writing.then(async () => {
      const file = await this.load(folder, false);
      if (file.state === 'invalid') {
        const first = file.problems[0];
        throw new CorrectionsError(
          `${vscode.workspace.asRelativePath(file.uri)} does not parse (${first.path ? `${first.path}: ` : ''}${first.message}); ` +
            'corrections are paused and nothing was written. Fix the file, then try again.',
        );
      }
      if (changesNothing(file.corrections, change)) return false;
      const { next, inverse } = applyCorrectionChange(file.corrections, change);
      const text = serializeCorrections(next);
      await writeFileAtomically(file.uri, text);
      if (undoable) this.undoSteps.push({ file: file.uri, label, inverse });
      this.set(folder, text);
      return true;
    });
    this.writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Reads a folder's file from disk; fires onDidChange when what it says changed. */
  private async load(folder: vscode.WorkspaceFolder, notify = true): Promise<FolderCorrections> {
    const uri = fileOf(folder);
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.log.error(`read ${uri.toString()}`, e);
    }
    const before = this.files.get(uri.toString());
    if (before && before.text === (text ?? '') && (before.state === 'absent') === (text === undefined)) return before;
    return this.set(folder, text, notify);
  }

  private set(folder: vscode.WorkspaceFolder, text: string | undefined, notify = true): FolderCorrections {
    const uri = fileOf(folder);
    const parsed = text === undefined ? { corrections: emptyCorrections(), problems: [] } : parseCorrections(text);
    const state: CorrectionsState = text === undefined ? 'absent' : parsed.problems.length ? 'invalid' : 'ok';
    const file: FolderCorrections = {
      folder,
      uri,
      state,
      corrections: state === 'ok' ? parsed.corrections : emptyCorrections(),
      problems: parsed.problems,
      text: text ?? '',
    };
    const before = this.files.get(uri.toString());
    this.files.set(uri.toString(), file);
    if (state === 'invalid' && before?.state !== 'invalid')
      this.log.warn(`${uri.toString()}: ${parsed.problems.length} problem(s); corrections paused until the file parses`);
    if (notify || !before || before.text !== file.text) this.changed();
    return file;
  }

  private changed(): void {
    this.keys = undefined;
    this.version++;
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, CORRECTIONS_FILE);
}

/** How the corrections file names an article: its path from its workspace folder, or its whole path outside one. */
export function articlePathOf(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? relativePath(folder, uri) : uri.path;
}

/** The article's path from its folder's root, with forward slashes (as the corrections file writes it). */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(root) ? uri.path.slice(root.length) : uri.path;
}
