/**
 * GraphiQL's storage, namespaced by the set of example tabs: when the examples change (a new
 * schema, new operations), a returning browser starts from them again instead of stale tabs.
 */
export function namespacedStorage(namespace: string, backing: Storage = localStorage): Storage {
  const prefix = `pledgegraph:${namespace}:`;
  const keys = () => Object.keys(backing).filter((key) => key.startsWith(prefix));
  return {
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => keys().forEach((key) => backing.removeItem(key)),
    key: (index) => keys()[index]?.slice(prefix.length) ?? null,
    get length() {
      return keys().length;
    },
  };
}

/** A short, stable fingerprint of a text (FNV-1a, 32 bits). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
