/**
 * 100000 → "100,000": whole numbers as the portal writes them for people (limits in messages,
 * file sizes). By hand rather than with toLocaleString('en') for the reason given beside
 * readableDate (src/coverage/dates.ts): the first Intl formatter in a page costs 30-50 ms of main
 * thread, and these messages are built while the islands load.
 */
export function readableNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number: ${n}`);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
