/** Every term a package page cites, in document order, without repeats. */
import type { PackageData } from '../schemas/packages';
import { compareTermIds } from './terms';

export function citedTerms(pkg: PackageData): string[] {
  const ids = new Set([
    ...pkg.terms,
    ...(pkg.sizeGuidance?.terms ?? []),
    ...pkg.includes.flatMap((i) => i.terms),
    ...pkg.excludes.flatMap((i) => i.terms),
  ]);
  return [...ids].sort(compareTermIds);
}
