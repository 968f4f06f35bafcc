// A 64-bit string hash as 16 hex digits: two FNV-1a passes with different seeds, each finished with
// murmur3's fmix32 so that similar inputs give unrelated outputs. Not a MAC: what it protects (the
// block tag) is unforgeable because its input, the externalId, is never in a body. Pure.

export function hash64(s: string): string {
  return hash32(s, 0x811c9dc5) + hash32(s, 0x97a2e2d8);
}

function hash32(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0).toString(16).padStart(8, "0");
}
