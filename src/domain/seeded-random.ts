// A small seeded generator and the samplers model v2 needs (docs/scoring.md, "Result types"). Same seed, same
// numbers, on every engine: results and tests are exact.

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/** FNV-1a over a string: a 32-bit seed that depends on every character. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a fast 32-bit generator, good enough for Monte Carlo shares of a few thousand draws. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Marsaglia's polar method; the spare value is dropped to stay simple). */
export function sampleNormal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * A Gamma(shape, 1) draw (Marsaglia and Tsang 2000). Shapes below 1 use the boost
 * Gamma(a) = Gamma(a + 1) · U^(1/a), which model v2 needs for the prior's ½.
 */
export function sampleGamma(random: Random, shape: number): number {
  if (shape < 1) {
    const u = random();
    return sampleGamma(random, shape + 1) * Math.pow(u === 0 ? Number.MIN_VALUE : u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Dirichlet(alpha) draw: independent gammas, normalised to sum to 1. */
export function sampleDirichlet(random: Random, alpha: readonly number[]): number[] {
  const gammas = alpha.map((a) => sampleGamma(random, a));
  const total = gammas.reduce((sum, g) => sum + g, 0);
  return gammas.map((g) => g / total);
}
