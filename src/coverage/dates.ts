/**
 * Calendar dates as "YYYY-MM-DD" strings (no time zones, no clocks), and how the portal writes a
 * date for people.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** 9 → "09" */
const pad = (n: number) => String(n).padStart(2, '0');

function toUtc(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // Not Date.UTC: it reads years 0-99 as 1900-1999, and a date field being typed passes through
  // years such as 0002 ("0002-11-20" on the way to 2026), which must not become 1902.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const time = date.getTime();
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? time : undefined;
}

/** True when `value` is a calendar date written YYYY-MM-DD that really exists. */
export const isRealIsoDate = (value: string) => toUtc(value) !== undefined;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Both must be real dates. */
export function daysBetween(from: string, to: string): number {
  const a = toUtc(from);
  const b = toUtc(to);
  if (a === undefined || b === undefined) throw new RangeError(`not a real YYYY-MM-DD date: ${a === undefined ? from : to}`);
  return Math.round((b - a) / DAY_MS);
}

/** The date `days` calendar days after `iso`. */
export function addDays(iso: string, days: number): string {
  const time = toUtc(iso);
  if (time === undefined) throw new RangeError(`not a real YYYY-MM-DD date: ${iso}`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date where the code runs, in local time (what the customer calls "today"). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Written out by hand rather than with Intl.DateTimeFormat: the first Intl object a page creates
// sets up ICU's data, 30-50 ms of main thread measured in Chromium, and the checker and ticket
// islands load this module on arrival (a profile of /ticket/'s load gave it 35 of ~165 ms of
// script). The portal writes English only, so twelve names do the job; test/unit/helpers.test.ts
// holds them to Intl's "en-GB" output over many dates.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-26" → "26 November 2026": the one way dates are written for people, on pages, in the
 * checker's answers and in the ticket text. Formatting, not wording, so the engine may use it.
 */
export function readableDate(iso: string): string {
  const time = toUtc(iso);
  if (time === undefined) throw new RangeError(`not a real YYYY-MM-DD date: ${iso}`);
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A moment the browser recorded (a draft saved, a request sent), as its day in the customer's time zone: "26 November 2026". */
export const readableLocalDate = (date: Date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** Its time of day there, on the 24-hour clock: "09:30". */
export const readableLocalTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
