/** How terms are addressed on the site: anchors and links for citations. */

/** Anchor id of a term, e.g. "T11.4" → "t11-4" (dots in ids would need escaping in CSS). */
export const termAnchor = (id: string) => id.toLowerCase().replace('.', '-');

/** Link to a term on the terms page. */
export const termHref = (id: string) => `/terms/#${termAnchor(id)}`;

/** Sorts term ids in document order: T2 before T10, T11 before T11.1. */
export function compareTermIds(a: string, b: string) {
  const [aMain = 0, aSub = 0] = a.slice(1).split('.').map(Number);
  const [bMain = 0, bSub = 0] = b.slice(1).split('.').map(Number);
  return aMain - bMain || aSub - bSub;
}
