/**
 * A small seeded pseudo-random generator (sfc32, seeded through cyrb128), so synthetic data is the
 * same on every machine and every run. Math.random is never used.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer when there are not enough), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A generator derived from this seed and a label, independent of how much this one was used. */
  fork(label: string): Random;
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function createRandom(seed: string): Random {
  let [a, b, c, d] = cyrb128(seed);
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    sample: (items, count) => {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < count && pool.length > 0) {
        const index = Math.floor(next() * pool.length);
        out.push(pool[index] as (typeof items)[number]);
        pool[index] = pool[pool.length - 1] as (typeof items)[number];
        pool.pop();
      }
      return out;
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
  return random;
}

/**
 * Draws items with Zipf-like weights (rank r has weight 1 / r^exponent): a few items are drawn
 * very often, most rarely — the fan-out of real pledge data (a handful of states make most pledges).
 */
export class SkewedPicker<T> {
  private readonly cumulative: number[];

  constructor(
    private readonly items: readonly T[],
    exponent = 1.1,
  ) {
    if (items.length === 0) throw new Error('a skewed picker needs items');
    let total = 0;
    this.cumulative = items.map((_item, index) => (total += 1 / Math.pow(index + 1, exponent)));
  }

  pick(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = random.next() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low] as T;
  }

  /** `count` distinct items (at most as many as there are), skewed like pick. */
  sample(random: Random, count: number): T[] {
    const wanted = Math.min(count, this.items.length);
    const out = new Set<T>();
    for (let tries = 0; out.size < wanted && tries < wanted * 50; tries++) out.add(this.pick(random));
    return [...out];
  }
}
