import { fork } from 'child_process';
import fastGlob from 'fast-glob';
import * as fs from 'fs';
import { rename, rm } from 'fs/promises';
import type { Socket } from 'net';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import { GatheredLineWriter } from '../corpus/exports';
import { findWorkspaceFiles, type ListedFile } from '../corpus/files';
import type { CorpusPlatform, LineWriter } from '../corpus/platform';
import type { CorpusReply, CorpusWorkerCache } from '../corpus/protocol';
import type { CorpusWorkerHost, CorpusWorkerPort } from '../corpus/workerClient';
import { readFreshSummaries } from './nodeCorpusCache';

/** `files.exclude` of a folder, as `findFiles` applies it. */
function filesExclude(folder: vscode.Uri): string[] {
  const setting = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude') ?? {};
  return Object.entries(setting)
    .filter(([, on]) => on === true)
    .flatMap(([pattern]) => [pattern, `${pattern}/**`]);
}

/**
 * The files matching `globs` in the workspace: listed with fast-glob when every folder is on disk
 * (its reads run off the host's thread; `findFiles` starts ripgrep from it, which held the thread
 * 40-120 ms in CPU profiles of the corpus bench, and took 0.5 s for 2,000 files), else by `findFiles`.
 * Listed as `findFiles` lists: files.exclude applied, dot files included, links followed, no ignore files.
 */
async function listFiles(globs: string[], limit: number, token?: vscode.CancellationToken): Promise<ListedFile[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length || !folders.every((f) => f.uri.scheme === 'file')) return findWorkspaceFiles(globs, limit, token);
  const options = { dot: true, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true };
  const listed = await Promise.all(folders.map((f) => fastGlob(globs, { ...options, cwd: f.uri.fsPath, ignore: filesExclude(f.uri) })));
  return listed.flatMap((paths, i) => paths.map((relative) => ({ folder: folders[i].uri, relative })));
}

type WorkerEvents = Parameters<CorpusWorkerHost['start']>[0];

/** The corpus worker as a thread: where a child process cannot be started. */
function startThread(script: string, cache: CorpusWorkerCache | undefined, events: WorkerEvents): CorpusWorkerPort {
  const worker = new Worker(script, { workerData: { cache } });
  worker.on('message', (reply: CorpusReply) => events.onMessage(reply));
  worker.on('error', events.onError);
  worker.on('exit', () => events.onExit());
  // An idle worker must not keep the extension host alive.
  worker.unref();
  return { postMessage: (task) => worker.postMessage(task), terminate: () => void worker.terminate() };
}

/**
 * The corpus worker as a child process at the lowest CPU priority: on a machine with few cores, a
 * thread of the extension host's own process analysing flat out took the CPU the host's garbage
 * collector needed, whose pauses then stalled the host (the corpus bench); the host and the editor's
 * analysis now always come first. Node's own runtime in VS Code's Electron (ELECTRON_RUN_AS_NODE), no
 * inspector flags of the host's; messages cloned as between threads (advanced serialization).
 */
function startProcess(script: string, cache: CorpusWorkerCache | undefined, events: WorkerEvents): CorpusWorkerPort {
  const child = fork(script, [JSON.stringify(cache ?? null)], {
    serialization: 'advanced',
    execArgv: [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (child.pid !== undefined) {
    try {
      os.setPriority(child.pid, os.constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here: it runs at the host's priority.
    }
  }
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  child.on('message', (reply: CorpusReply) => events.onMessage(reply));
  child.on('error', events.onError);
  let terminated = false;
  child.on('exit', (code, signal) => {
    if (!terminated && (code || signal))
      events.onError(new Error(`the corpus worker exited (${signal ?? `code ${code}`}): ${stderr.trim()}`));
    events.onExit();
  });
  // An idle worker must not keep the extension host alive.
  child.unref();
  child.channel?.unref();
  (child.stderr as Socket | null)?.unref();
  return {
    postMessage: (task) => child.send(task),
    terminate: () => {
      terminated = true;
      child.kill();
    },
  };
}

/** The corpus worker (dist/corpusWorker.js), which reads the files and the cache with Node's fs. */
function workerHost(distDir: string, cache: CorpusWorkerCache | undefined): CorpusWorkerHost {
  const script = path.join(distDir, 'corpusWorker.js');
  return {
    script,
    available: () => fs.existsSync(script),
    start(events) {
      try {
        return startProcess(script, cache, events);
      } catch {
        return startThread(script, cache, events);
      }
    },
  };
}

/**
 * A JSONL export on disk, written through a temporary file renamed at the end (a corpus's markup can
 * be hundreds of megabytes).
 */
class StreamedLineWriter implements LineWriter {
  private readonly temp: string;
  private readonly stream: fs.WriteStream;

  constructor(private readonly target: string) {
    this.temp = `${target}.${process.pid}.tmp`;
    this.stream = fs.createWriteStream(this.temp);
  }

  async write(line: string): Promise<void> {
    if (!this.stream.write(`${line}\n`)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    await rename(this.temp, this.target);
  }

  async abandon(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }
}

/** The corpus on the desktop: fast-glob, a worker thread reading the disk, fs streams. */
export function nodeCorpusPlatform(distDir: string): CorpusPlatform {
  return {
    listFiles,
    workerReads: (uri) => uri.scheme === 'file',
    workerHost: (cacheFile, engine) => workerHost(distDir, cacheFile && { path: cacheFile.fsPath, engine }),
    readCachedSummaries: (cacheFile, o) => readFreshSummaries(cacheFile.fsPath, o.engine, o.maxLength, o.take, o.timed, o.correctionsKey),
    // Other file systems than the disk are written at once, through workspace.fs.
    jsonlWriter: (uri) => (uri.scheme === 'file' ? new StreamedLineWriter(uri.fsPath) : new GatheredLineWriter(uri)),
  };
}
