import * as vscode from 'vscode';
import type { Log } from '../log';
import { entityCommands } from './entities';
import { exportCommands } from './export';
import { highlightCommands } from './highlights';
import { navigationCommands } from './navigation';
import { reanalyzeCommands } from './reanalyze';
import { sortOrderCommands } from './sortOrder';
import type { CommandHandlers, CommandServices } from './types';

/** Registers every News Markup command; a handler that throws is logged and reported once, never rethrown. */
export function registerCommands(services: CommandServices, log: Log): vscode.Disposable[] {
  const handlers: CommandHandlers = {
    ...navigationCommands(services),
    ...highlightCommands(services),
    ...exportCommands(services),
    ...reanalyzeCommands(services),
    ...sortOrderCommands(services),
    ...entityCommands(services),
    ...services.corrections.handlers(),
    ...services.corpus,
  };
  return Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, log.command(id, handler)));
}
