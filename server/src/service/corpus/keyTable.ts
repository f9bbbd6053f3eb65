// An open-addressing hash table from paragraph keys to entry ids, stored as two typed arrays so that
// the on-disk cache holds it as it is (no key strings to rebuild at load). Probing compares hashes
// first and confirms a hit through a callback that recomputes the candidate's key.

export interface KeyTable {
  /** Entry id + 1 per slot; 0 marks an empty slot. Length is a power of two. */
  readonly slots: Uint32Array;
  readonly hashes: Uint32Array;
}

/** FNV-1a over UTF-16 code units. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** hashKey(`${kind}${key}`) of a kind code (0 or 1) and a paragraph key, without making that string. */
export function hashEntryKey(kind: number, key: string): number {
  let hash = Math.imul(0x811c9dc5 ^ (48 + kind), 0x01000193);
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createKeyTable(hashes: readonly number[]): KeyTable {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const table = { slots: new Uint32Array(size), hashes: new Uint32Array(size) };
  hashes.forEach((hash, entry) => {
    let slot = hash & (size - 1);
    while (table.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    table.slots[slot] = entry + 1;
    table.hashes[slot] = hash;
  });
  return table;
}

/** The entry whose key equals `key`, confirmed by `keyOf`, or -1. */
export function findKey(table: KeyTable, key: string, keyOf: (entry: number) => string): number {
  const mask = table.slots.length - 1;
  const hash = hashKey(key);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const stored = table.slots[slot] ?? 0;
    if (stored === 0) return -1;
    if (table.hashes[slot] === hash && keyOf(stored - 1) === key) return stored - 1;
  }
}
