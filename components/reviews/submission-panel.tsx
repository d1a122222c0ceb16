import { Card, CardHeader } from "@/components/ui/card";
import type { SubmissionDto } from "@/lib/services/submissions";
import { SubmitForReviewForm } from "./submit-for-review-form";

function when(iso: string) {
  return new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
}

/** "Submitted by X on date" with the note; on the deal overview, the form that hands the deal to the CIOs. */
export function SubmissionNote({ submission }: { submission: SubmissionDto }) {
  return (
    <div className="text-sm" data-testid="submission">
      <p className="text-slate-700">
        Submitted by <span className="font-medium text-slate-900">{submission.submittedBy}</span> on {when(submission.createdAt)}
      </p>
      {submission.note && <p className="mt-1 whitespace-pre-line break-words text-slate-800">“{submission.note}”</p>}
    </div>
  );
}

export function SubmissionPanel({ panel }: { panel: { dealId: string; version: number; stage: string; latest: SubmissionDto | null; canSubmit: boolean } }) {
  if (!panel.latest && !panel.canSubmit) return null;
  return (
    <Card data-testid="submission-panel">
      <CardHeader
        title="CIO review"
        description={
          panel.stage === "CIO_REVIEW" ? "With the CIOs for review." : panel.canSubmit ? "Hand the deal to the CIOs when it is ready for sign-off." : undefined
        }
      />
      <div className="space-y-4 px-5 py-4">
        {panel.latest && <SubmissionNote submission={panel.latest} />}
        {panel.canSubmit && <SubmitForReviewForm dealId={panel.dealId} version={panel.version} />}
      </div>
    </Card>
  );
}
