// What the `assert` package (through `util`) reads of Node's `process` to format a failure; injected
// into the web test bundle only (scripts/build.mjs), so the extension's global scope stays as in vscode.dev.
export const process = { env: {} as Record<string, string>, stderr: undefined, pid: 0, emitWarning: undefined };
