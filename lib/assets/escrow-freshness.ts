// How fresh the deal's escrow deposit is, against the freshness its arrangement requires:
//
//   NONE        no escrow arrangement recorded;
//   NO_DEPOSIT  an arrangement, but nothing deposited yet;
//   FRESH       the latest deposit is younger than the required freshness, with more than 14 days to go;
//   DUE_SOON    still within the limit, but 14 days or fewer remain: time to ask for the next deposit;
//   STALE       the latest deposit is older than the required freshness.
//
// Dates are calendar dates (YYYY-MM-DD); `today` is the caller's, so tests fix the clock.

export const ESCROW_FRESHNESS = ["NONE", "NO_DEPOSIT", "FRESH", "DUE_SOON", "STALE"] as const;
export type EscrowFreshnessStatus = (typeof ESCROW_FRESHNESS)[number];

export const DUE_SOON_DAYS = 14;

/** Presets for the required freshness, in days. */
export const FRESHNESS_PRESETS = [
  { label: "Monthly", days: 30 },
  { label: "Quarterly", days: 90 },
  { label: "Half-yearly", days: 182 },
  { label: "Yearly", days: 365 },
] as const;

export interface EscrowFreshness {
  status: EscrowFreshnessStatus;
  /** Days since the latest deposit (null: none). */
  ageDays: number | null;
  /** Days until the deposit goes stale; negative when it already is (null: no deposit). */
  daysLeft: number | null;
}

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function escrowFreshness(arrangement: { freshnessDays: number } | null, lastDepositOn: string | null, today: string): EscrowFreshness {
  if (!arrangement) return { status: "NONE", ageDays: null, daysLeft: null };
  if (!lastDepositOn) return { status: "NO_DEPOSIT", ageDays: null, daysLeft: null };
  const ageDays = daysBetween(lastDepositOn, today);
  const daysLeft = arrangement.freshnessDays - ageDays;
  const status = daysLeft < 0 ? "STALE" : daysLeft <= DUE_SOON_DAYS ? "DUE_SOON" : "FRESH";
  return { status, ageDays, daysLeft };
}

/** Still within the required freshness: what the exit-readiness score counts. */
export const isEscrowCurrent = (status: EscrowFreshnessStatus) => status === "FRESH" || status === "DUE_SOON";
