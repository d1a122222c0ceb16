import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { ApprovalOverview } from "@/lib/services/reviews";

function when(iso: string) {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

/** Who approved the deal as it stands, in what capacity, and what the approval policy still needs. */
export function ApprovalPanel({ approval }: { approval: ApprovalOverview }) {
  const { state } = approval;
  return (
    <Card data-testid="approval-panel">
      <CardHeader
        title="Approvals"
        description={
          approval.requireSecondApproval ? "Policy: a CIO approval and a second approval by a member flagged as approver." : "Policy: one CIO approval."
        }
        actions={<Badge tone={state.complete && approval.approvers.length ? "good" : "open"}>{approval.label}</Badge>}
      />
      <div className="space-y-3 px-5 py-4 text-sm">
        {approval.approvers.length === 0 ? (
          <p className="text-slate-600">No approval stands on the deal as it is now.</p>
        ) : (
          <ul className="space-y-2">
            {approval.approvers.map((a) => (
              <li key={a.reviewId} className="flex flex-wrap items-center gap-2" data-testid="approver">
                <span className="font-medium text-slate-900">{a.name}</span>
                <Badge tone="info">{a.secondApproval ? "Second approver" : "CIO approval"}</Badge>
                <span className="text-slate-600">{when(a.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {approval.waiting && (
          <p className="rounded-md bg-amber-50 p-3 text-amber-950 ring-1 ring-inset ring-amber-200" role="status" data-testid="approval-waiting">
            {approval.waiting}
          </p>
        )}
      </div>
    </Card>
  );
}
