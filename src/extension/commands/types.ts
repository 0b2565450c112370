import type { CorrectionCommands } from '../corrections/commands';
import type { Decorations } from '../decorations';
import type { EntityTrees } from '../entityTrees';
import type { MarkupStore } from '../markupStore';

/** What the command handlers act on, created once by `activate`. */
export interface CommandServices {
  readonly store: MarkupStore;
  readonly decorations: Decorations;
  readonly trees: EntityTrees;
  /** The corpus commands: the Node build's, or the web build's that say the corpus is not there yet. */
  readonly corpus: CommandHandlers;
  readonly corrections: CorrectionCommands;
}

/** Command handlers by command id (package.json `contributes.commands`); what a handler returns, the command returns. */
export type CommandHandlers = Record<string, (...args: any[]) => unknown>;
