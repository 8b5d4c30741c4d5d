import { REFERENCE_FIELDS } from '../seed/format';
import type { FactLabel, RelationshipType } from '../../model/graph';

/**
 * What a reference field may point to and the relationship it becomes, from the seed format's
 * REFERENCE_FIELDS: mutations and facts files allow exactly the same links.
 */
export function referenceTargets(label: FactLabel, field: string): { targets: readonly FactLabel[]; type: RelationshipType; reverse: boolean } {
  const found = REFERENCE_FIELDS.find((candidate) => candidate.label === label && candidate.field === field);
  if (!found) throw new Error(`no reference field ${label}.${field} in src/write/seed/format.ts`);
  return { targets: found.targets, type: found.type, reverse: found.reverse ?? false };
}
