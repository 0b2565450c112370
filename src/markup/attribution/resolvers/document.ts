/** "the statement", "the letter": a document speaks for whoever issued it. */
import type { AttributionContext } from '../context';
import { resolverInfo } from './resolver';

export const documentResolver = resolverInfo({
  id: 'document',
  description: 'A document ("the statement", "the address") speaks for the speaker of the latest attribution',
  example: 'The Kremlin said … [The statement] added that',
});

export const resolveDocument = (ctx: AttributionContext, at: number) => ctx.latestAttribution(at);
