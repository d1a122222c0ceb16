import type { DealStage, HostingModel } from "@/lib/domain/enums";
import type { ProgressCounts } from "@/lib/domain/progress";
import { daysUntil, formatCalendarDate, formatDateTime, formatRelative } from "@/lib/format/dates";
import { formatMinor } from "@/lib/format/money";
import type { DealSummaryDto } from "@/lib/services/deals";

/** Stages where a signing date is still ahead of us; for the others "overdue" means nothing. */
const OPEN_STAGES: readonly DealStage[] = ["INTAKE", "NEGOTIATING", "CIO_REVIEW", "APPROVED"];

export type SigningTone = "overdue" | "today" | "soon" | "later";

/** One row of the deal list with every date and amount already written out. */
export interface DealRowView {
  id: string;
  name: string;
  vendor: string;
  archived: boolean;
  stage: DealStage;
  owner: string;
  hostingModel: HostingModel;
  /** null when no value is set. */
  value: string | null;
  signing: { isoDate: string; label: string; hint: { text: string; tone: SigningTone } | null } | null;
  progress: ProgressCounts;
  updated: { iso: string; title: string; relative: string };
}

function signingHint(deal: DealSummaryDto, days: number): { text: string; tone: SigningTone } | null {
  if (!OPEN_STAGES.includes(deal.stage) || deal.archived) return null;
  if (days < 0) return { text: `Overdue ${-days === 1 ? "by 1 day" : `by ${-days} days`}`, tone: "overdue" };
  if (days === 0) return { text: "Today", tone: "today" };
  if (days <= 90) return { text: days === 1 ? "Tomorrow" : `In ${days} days`, tone: days <= 14 ? "soon" : "later" };
  return null;
}

/**
 * The deal list's rows, worded on the server against one instant: the table renders in the browser
 * too, and relative times or amounts worded there could differ from the server's (a minute ticks
 * over, another ICU version) and break hydration.
 */
export function dealRowViews(deals: DealSummaryDto[], now: Date): DealRowView[] {
  return deals.map((deal) => ({
    id: deal.id,
    name: deal.name,
    vendor: deal.vendor,
    archived: deal.archived,
    stage: deal.stage,
    owner: deal.owner.name,
    hostingModel: deal.hostingModel,
    value: deal.contractValueMinor === "0" ? null : formatMinor(deal.contractValueMinor, deal.currency),
    signing: deal.targetSigningDate
      ? { isoDate: deal.targetSigningDate, label: formatCalendarDate(deal.targetSigningDate), hint: signingHint(deal, daysUntil(deal.targetSigningDate, now)) }
      : null,
    progress: deal.progress,
    updated: { iso: deal.updatedAt, title: formatDateTime(deal.updatedAt), relative: formatRelative(deal.updatedAt, now) },
  }));
}
