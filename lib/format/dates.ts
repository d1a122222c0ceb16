// Date wording for deal lists and headers. Pure functions: the caller passes "now" so a page
// renders every row against the same instant.

const DAY_MS = 86_400_000;

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "2026-03-14" → "14 Mar 2026" (calendar dates are stored as UTC midnight). */
export function formatCalendarDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Whole calendar days from today (UTC) to the date: 0 today, negative when it has passed. */
export function daysUntil(isoDate: string, now: Date): number {
  const target = Date.parse(`${isoDate}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((target - today) / DAY_MS);
}

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago"; a date beyond two months. */
export function formatRelative(isoDateTime: string, now: Date): string {
  const then = new Date(isoDateTime);
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 3600) return RELATIVE.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return RELATIVE.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86_400) return RELATIVE.format(Math.round(seconds / 86_400), "day");
  if (abs < 60 * 86_400) return RELATIVE.format(Math.round(seconds / (7 * 86_400)), "week");
  return DATE_FORMAT.format(then);
}

const DATE_TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDateTime(isoDateTime: string): string {
  return DATE_TIME_FORMAT.format(new Date(isoDateTime)) + " UTC";
}
