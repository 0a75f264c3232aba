/** Deployment sizes (agents, bots): one parser and one limit for the URL, the checker, the finder and the ticket. */
import { readableNumber } from './readable-number';

/** Largest size accepted, far above any real installation. */
export const MAX_SIZE = 100_000;

/** What a refused size should have been, for messages. */
export const SIZE_EXPECTATION = `a whole number from 0 to ${readableNumber(MAX_SIZE)}`;

/**
 * A size typed or linked as text: a whole number from 0 to MAX_SIZE, or
 * undefined for anything else (negative, fractional, exponent, absurd).
 */
export function parseSize(raw: string): number | undefined {
  if (!/^\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= MAX_SIZE ? n : undefined;
}
