/**
 * A tiny seeded pseudo-random generator (mulberry32), so the sample school's scores are the same on every
 * machine and in every test run. Not for anything that needs real randomness.
 */
export type Random = () => number;

/** Returns a generator of floats in [0, 1) determined entirely by `seed` (any 32-bit integer). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float in [min, max). */
export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** An integer in [min, max], both inclusive. */
export function integerBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Roughly normal noise with mean 0 and the given spread (sum of three uniforms, no tails to clamp). */
export function noise(random: Random, spread: number): number {
  return (random() + random() + random() - 1.5) * spread;
}

/** A copy of `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
