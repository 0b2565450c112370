import type { CorpusReport } from '../corpus/report';
import type { CorrectionCommands } from '../corrections/commands';
import type { CorpusService } from '../corpus/service';
import type { Decorations } from '../decorations';
import type { EntityTrees } from '../entityTrees';
import type { MarkupStore } from '../markupStore';

/** What the command handlers act on, created once by `activate`. */
export interface CommandServices {
  readonly store: MarkupStore;
  readonly decorations: Decorations;
  readonly trees: EntityTrees;
  readonly corpus: CorpusService;
  readonly report: CorpusReport;
  readonly corrections: CorrectionCommands;
}

/** Command handlers by command id (package.json `contributes.commands`); what a handler returns, the command returns. */
export type CommandHandlers = Record<string, (...args: any[]) => unknown>;
