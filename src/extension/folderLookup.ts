import * as vscode from 'vscode';

interface FolderPrefix {
  folder: vscode.WorkspaceFolder;
  scheme: string;
  authority: string;
  /** The folder's path with a trailing slash. */
  prefix: string;
}

/**
 * `getWorkspaceFolder` and `asRelativePath` for many URIs at once, by the folders' path prefixes:
 * VS Code's own lookup costs tens of microseconds a call, which thousands of corpus articles turn into
 * a stall of the host's thread. The nearest (longest) folder wins, as in VS Code; a URI no prefix
 * matches (another casing on a case-insensitive disk) is left to VS Code.
 */
export class FolderLookup {
  private readonly prefixes: FolderPrefix[];

  constructor(folders: readonly vscode.WorkspaceFolder[] = vscode.workspace.workspaceFolders ?? []) {
    this.prefixes = folders
      .map((folder) => {
        const { scheme, authority, path } = folder.uri;
        return { folder, scheme, authority, prefix: path.endsWith('/') ? path : `${path}/` };
      })
      .sort((a, b) => b.prefix.length - a.prefix.length);
  }

  private match(uri: vscode.Uri): FolderPrefix | undefined {
    return this.prefixes.find((f) => f.scheme === uri.scheme && f.authority === uri.authority && uri.path.startsWith(f.prefix));
  }

  folderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return this.match(uri)?.folder ?? vscode.workspace.getWorkspaceFolder(uri);
  }

  /** The path from the URI's folder, as `asRelativePath(uri, false)` gives it. */
  relativePath(uri: vscode.Uri): string {
    const found = this.match(uri);
    return found ? uri.path.slice(found.prefix.length) : vscode.workspace.asRelativePath(uri, false);
  }
}
