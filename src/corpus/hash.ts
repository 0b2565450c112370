/**
 * A content hash of an article's text, for the corpus cache: two 32-bit multiplicative hashes mixed
 * into 53 bits, plus the length. Not cryptographic — it tells a changed article from an unchanged
 * one, where a collision costs one stale summary — and pure, so the web build hashes as the desktop does.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = (h2 >>> 0) & 0x1fffff;
  return `${high.toString(16).padStart(6, '0')}${(h1 >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}
