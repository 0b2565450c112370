import type { CommandHandlers, CommandServices } from './types';

export function highlightCommands({ decorations }: CommandServices): CommandHandlers {
  return {
    'newsMarkup.toggleHighlights': async () => {
      await decorations.setEnabled(!decorations.highlightsEnabled);
      if (decorations.highlightsEnabled && decorations.onlyEntity) await decorations.setOnly(null);
      return decorations.highlightsEnabled;
    },
    'newsMarkup.showAllHighlights': async () => {
      await decorations.setOnly(null);
      if (!decorations.highlightsEnabled) await decorations.setEnabled(true);
    },
  };
}
