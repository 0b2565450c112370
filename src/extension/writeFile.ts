import * as vscode from 'vscode';

/**
 * Writes a file atomically: into a temporary file beside it, then renamed over it. A failure half-way
 * (a full disk, a lost connection to a remote file system) leaves the previous file whole, and the
 * temporary file is removed.
 */
export async function writeFileAtomically(uri: vscode.Uri, content: string | Uint8Array): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw e;
  }
}
