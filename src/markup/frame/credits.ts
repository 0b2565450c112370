/**
 * What the furniture means for the rest of the Markup: an entity named only in bylines, photo
 * credits and teasers is a credit (`Entity.credit`), not one of the story's people; quotes and
 * reported speech inside any furniture are not the story's.
 */
import { spanAt } from '../spans';
import type { Entity, FurnitureKind } from '../types';
import type { FurnitureFound } from './furniture';

/** Furniture whose names are credits when the story does not name them: a caption's are the story's (it shows them). */
const CREDITING: ReadonlySet<FurnitureKind> = new Set(['credit', 'byline', 'teaser']);

/** Whether a span starts inside a piece of furniture (sorted by start, not overlapping). */
export function inFurniture(furniture: readonly FurnitureFound[], s: { start: number }): boolean {
  return !!spanAt(furniture, s.start);
}

/**
 * Flags the entities named only in crediting furniture (`credit: true`) and returns their ids.
 * An entity with one name mention in the story, or in a caption, is not a credit.
 */
export function markCredits(entities: Entity[], furniture: readonly FurnitureFound[]): Set<string> {
  const credited = new Set<string>();
  if (!furniture.some((f) => CREDITING.has(f.kind))) return credited;
  for (const e of entities) {
    const names = e.mentions.filter((m) => m.kind === 'name');
    if (!names.length) continue;
    if (names.every((m) => CREDITING.has(spanAt(furniture, m.start)?.kind as FurnitureKind))) {
      e.credit = true;
      credited.add(e.id);
    }
  }
  return credited;
}
