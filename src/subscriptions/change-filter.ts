import type { NodeLabel } from '../model/graph';
import type { NodeRef } from '../ids';
import type { SequencedAuditEvent } from './audit-feed-repository';

/** Which writes a subscription wants; every given option must hold (within one, any value will do). */
export interface ChangeFilter {
  operations?: readonly string[] | null;
  types?: readonly NodeLabel[] | null;
  touching?: readonly NodeRef[] | null;
}

export function acceptsChange({ operations, types, touching }: ChangeFilter): (event: SequencedAuditEvent) => boolean {
  const keys = touching ? new Set(touching.map(({ label, key }) => `${label}:${key}`)) : null;
  return (event) =>
    (!operations || operations.includes(event.operation)) &&
    (!types || event.touched.some((node) => types.includes(node.label))) &&
    (!keys || event.touched.some((node) => keys.has(`${node.label}:${node.key}`)));
}
