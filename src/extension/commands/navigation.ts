import { goToSpeaker, revealSpan, stepQuote } from '../navigation';
import type { CommandHandlers, CommandServices } from './types';

export function navigationCommands({ store }: CommandServices): CommandHandlers {
  return {
    'newsMarkup.nextQuote': () => stepQuote(store, 1),
    'newsMarkup.previousQuote': () => stepQuote(store, -1),
    'newsMarkup.goToSpeaker': () => goToSpeaker(store),
    'newsMarkup.revealSpan': (uri: unknown, start: number, end: number) => revealSpan(uri, start, end),
  };
}
