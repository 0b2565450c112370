import picomatch from 'picomatch/posix';
import * as vscode from 'vscode';
import { FolderLookup } from '../folderLookup';
import { SECTION } from '../settings';

export interface CorpusFile {
  uri: vscode.Uri;
  /** `.txt` files count only when they start with a date line (the worker checks). */
  requireDateLine: boolean;
}

const DEFAULT_INCLUDE = ['**/*.article', '**/*.news'];

/** The include patterns of `newsMarkup.corpus.include`, and `**\/*.txt` when text files may be articles. */
export function corpusPatterns(): { include: string[]; textFiles: boolean } {
  const config = vscode.workspace.getConfiguration(SECTION);
  const include = config.get<unknown>('corpus.include');
  const patterns = Array.isArray(include) ? include.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : DEFAULT_INCLUDE;
  return { include: patterns, textFiles: config.get<boolean>('detectArticlesInTextFiles', true) !== false };
}

export function maxArticles(): number {
  const n = vscode.workspace.getConfiguration(SECTION).get<number>('corpus.maxArticles', 20_000);
  return typeof n === 'number' && n >= 1 ? Math.floor(n) : 20_000;
}

/**
 * A glob matcher as `picomatch(patterns, { dot: true })`, as bare regular expressions: picomatch's own
 * matcher makes an object for every test, which thousands of files feel.
 */
function matcher(patterns: string[]): (path: string) => boolean {
  const expressions = patterns.map((p) => picomatch.makeRe(p, { dot: true }));
  return (path) => expressions.some((e) => e.test(path));
}

/**
 * `search.exclude` (and `files.exclude` when asked) as a matcher of workspace-relative paths.
 * `findFiles` applies `files.exclude` itself when given no exclude pattern, but never
 * `search.exclude`; patterns with a `when` clause (excluded only beside a sibling file) are left out.
 */
function excludedBy(sections: Array<'search' | 'files'>): (relativePath: string) => boolean {
  const patterns = sections.flatMap((section) =>
    Object.entries(vscode.workspace.getConfiguration(section).get<Record<string, unknown>>('exclude') ?? {})
      .filter(([, on]) => on === true)
      .map(([pattern]) => pattern),
  );
  if (!patterns.length) return () => false;
  const match = matcher(patterns);
  // A folder pattern (`**/node_modules`) excludes what is under it, as in the Search view.
  return (path) => path.split('/').some((_, i, parts) => match(parts.slice(0, i + 1).join('/')));
}

/**
 * The next turn of the host's event loop: by setImmediate where there is one (Node, without the
 * timers' 1 ms clamp), else by a zero timeout (the browser's web worker host has no setImmediate).
 */
export const nextTurn = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate : setTimeout)(() => resolve()));

/** Files found made into corpus files per turn of the host's event loop. */
const SLICE = 100;

const isText = (uri: vscode.Uri) => uri.path.toLowerCase().endsWith('.txt');

type Timed = <T>(label: string, fn: () => T) => T;

/**
 * The files matching `globs` in the workspace, by `findFiles`: files.exclude applied, dot files
 * included, links followed, no ignore files. The desktop lists a workspace on disk with fast-glob
 * instead, as this lists it (platform/nodeCorpus.ts).
 */
export async function findWorkspaceFiles(globs: string[], limit: number, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  // One search for all the patterns where they can be joined (each search walks the whole workspace).
  const searches = globs.some((g) => /[{}]/.test(g)) ? globs : [globs.length > 1 ? `{${globs.join(',')}}` : globs[0]];
  // files.exclude applies (exclude undefined); one more than the limit tells whether there are more.
  for (const glob of searches) uris.push(...(await vscode.workspace.findFiles(glob, undefined, limit + 1, token)));
  return uris;
}

/**
 * A file a listing found: its URI (findFiles), or its folder and its path from it (fast-glob), made
 * into a URI a slice at a time by findCorpusFiles: thousands of joinPath calls at once are a stall.
 */
export type ListedFile = vscode.Uri | { folder: vscode.Uri; relative: string };

const uriOf = (listed: ListedFile) => (listed instanceof vscode.Uri ? listed : vscode.Uri.joinPath(listed.folder, listed.relative));

type ListFiles = (globs: string[], limit: number, token?: vscode.CancellationToken) => Promise<ListedFile[]>;

/**
 * The workspace's article files, sorted by path, at most `limit`; `more` when there were more.
 * `timed` measures the work on the host's thread (the search itself runs elsewhere).
 */
export async function findCorpusFiles(
  listFiles: ListFiles,
  limit: number,
  token?: vscode.CancellationToken,
  timed: Timed = (_, fn) => fn(),
): Promise<{ files: CorpusFile[]; more: boolean }> {
  const { include, textFiles } = corpusPatterns();
  const globs = textFiles ? [...include, '**/*.txt'] : include;
  const excluded = excludedBy(['search']);
  const included = matcher(include);
  const found = new Map<string, CorpusFile>();
  const listed = await listFiles(globs, limit, token);
  const folders = new FolderLookup();
  // A slice at a time, the host's thread free between slices: thousands of files are felt.
  for (let i = 0; i < listed.length; i += SLICE) {
    if (i) await nextTurn();
    timed('corpus: the files found', () => {
      for (const uri of listed.slice(i, i + SLICE).map(uriOf)) {
        const relative = folders.relativePath(uri);
        if (!excluded(relative)) found.set(uri.toString(), { uri, requireDateLine: isText(uri) && !included(relative) });
      }
    });
  }
  const files = timed('corpus: the files sorted', () => [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, file]) => file));
  return { files: files.slice(0, limit), more: files.length > limit };
}

/** A file reported by the watcher, as the index reads it. */
export function corpusFileOf(uri: vscode.Uri): CorpusFile {
  const relative = vscode.workspace.asRelativePath(uri, false);
  return { uri, requireDateLine: isText(uri) && !picomatch(corpusPatterns().include, { dot: true })(relative) };
}

/** Whether a document belongs to the corpus by its path (a `.txt` file also needs its date line). */
export function inCorpus(uri: vscode.Uri): boolean {
  if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
  const { include, textFiles } = corpusPatterns();
  const relative = vscode.workspace.asRelativePath(uri, false);
  if (excludedBy(['search', 'files'])(relative)) return false;
  return picomatch(textFiles ? [...include, '**/*.txt'] : include, { dot: true })(relative);
}
