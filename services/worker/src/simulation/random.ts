import { Rng } from '@solimob/routing';

/**
 * A generator for one named stream of draws (FNV-1a of the seed and the key). Separate streams keep
 * "common random numbers" between scenarios: adding a market line does not change which volunteer
 * answers an offer or who asks for a ride, so a comparison shows the effect of the change, not noise.
 */
export function streamRng(seed: number, key: string): Rng {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return new Rng(h | 0);
}

/** An exponential draw with this mean (0 gives 0). */
export const exponential = (rng: Rng, mean: number) => (mean <= 0 ? 0 : -Math.log(1 - rng.next()) * mean);
