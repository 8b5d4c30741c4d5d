/** Fields that were plain lists before 0.2.0 and are connections since (CHANGELOG.md). */
const FORMER_LISTS = new Set([
  'evidence',
  'facts',
  'about',
  'pledgers',
  'capabilities',
  'domains',
  'conditions',
  'priorities',
  'leads',
  'stageHistory',
  'touched',
  'roles',
  'positions',
  'risks',
  'openQuestions',
  'threatens',
  'attendees',
  'eventsAttended',
  'memberships',
  'members',
  'leadership',
  'officeHolders',
]);

/**
 * `data` with the items of each such connection that is selected as `{ edges { node } }` alone
 * put back in a list, for tests that assert the items and their order rather than the shape
 * (the shape is asserted by the API tests).
 */
export function itemsOfConnections<T>(data: T): T {
  const walk = (value: unknown, field?: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (field && FORMER_LISTS.has(field) && entries.length === 1 && entries[0]![0] === 'edges') {
      return (entries[0]![1] as { node: unknown }[]).map((edge) => walk(edge.node));
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, walk(item, key)]));
  };
  return walk(data) as T;
}
