import type { NotificationKind } from "@/lib/domain/enums";
import { cn } from "@/components/ui/cn";

// One picture per kind of notification, beside its badge (decorative: the badge names the kind).
const PATHS: Record<NotificationKind, string> = {
  MENTION: "M16 12a4 4 0 1 0-8 0 4 4 0 0 0 8 0zm0 0v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-4 7.5",
  ASSIGNMENT: "M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9",
  SUBMITTED: "M22 2 11 13M22 2l-7 20-4-9-9-4z",
  APPROVED: "M20 6 9 17l-5-5",
  CHANGES_REQUESTED: "M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",
  SECOND_APPROVAL_NEEDED: "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm13 10v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8",
  APPROVAL_STALE: "M12 8v4l3 3m6-3a9 9 0 1 1-18 0 9 9 0 0 1 18 0z",
  RISK_REVIEW_DUE: "M12 9v4m0 4h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  SIGNING_NEAR: "M8 2v4m8-4v4M3 10h18M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
  DEAL_IDLE: "M10 9v6m4-6v6m7-3a9 9 0 1 1-18 0 9 9 0 0 1 18 0z",
};

export function KindIcon({ kind, unread }: { kind: NotificationKind; unread: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn("flex h-9 w-9 shrink-0 items-center justify-center rounded-full", unread ? "bg-brand-100 text-brand-700" : "bg-slate-100 text-slate-500")}
    >
      <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d={PATHS[kind]} />
      </svg>
    </span>
  );
}
