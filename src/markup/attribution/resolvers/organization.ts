/** "the ministry", "the company": the organization a noun stands for. */
import type { AttributionContext } from '../context';
import { resolverInfo } from './resolver';

export const organizationResolver = resolverInfo({
  id: 'organization',
  description: 'An organization noun ("the ministry", "the company") is the latest organization whose name holds the noun',
  example: 'the Ministry of Health … [the ministry] said in a statement',
});

export function resolveOrganization(ctx: AttributionContext, head: string, at: number): string | null {
  for (const m of ctx.mentionsBefore(at)) {
    if (m.type !== 'organization') continue;
    if (ctx.entityById.get(m.id)!.name.toLowerCase().includes(head)) return m.id;
  }
  return null;
}
