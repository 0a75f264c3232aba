/** Term ids in document order: T2 before T10, T11 before T11.1. */
export function compareTermIds(a: string, b: string) {
  const [aMain = 0, aSub = 0] = a.slice(1).split('.').map(Number);
  const [bMain = 0, bSub = 0] = b.slice(1).split('.').map(Number);
  return aMain - bMain || aSub - bSub;
}

/** Unique term ids in document order. */
export const sortTermIds = (ids: Iterable<string>) => [...new Set(ids)].sort(compareTermIds);
