import type { RiskOwnerOption } from "@/components/reviews/risk-acceptance-form";
import { Card, CardHeader } from "@/components/ui/card";
import type { DealLicenceFindingsDto } from "@/lib/services/licence-findings";
import { LicenceAcceptanceForm, RevokeLicenceAcceptanceButton } from "./licence-acceptance-form";
import { LicenceFacts, LicenceLine } from "./licence-findings-card";
import { AcceptanceNote, LicenceFindingsList } from "./licence-findings-list";

/** The review page's licence findings: a CIO accepts a blocking one in writing, or withdraws an acceptance. */
export function LicenceReviewCard({
  data,
  owners,
  defaultOwnerId,
  defaultReviewOn,
}: {
  data: DealLicenceFindingsDto;
  owners: RiskOwnerOption[];
  defaultOwnerId: string;
  defaultReviewOn: string;
}) {
  const blocking = data.findings.filter((f) => f.severity === "BLOCKING");
  return (
    <Card data-testid="licence-review">
      <CardHeader
        title="Base-model licence findings"
        description={
          <>
            <LicenceLine data={data} />. A blocking finding stops approval until it is resolved or accepted in writing.
          </>
        }
        actions={
          <span className="text-sm text-slate-600">
            {data.openBlocking} open · {blocking.length - data.openBlocking} accepted
          </span>
        }
      />
      <div className="border-b border-slate-100 px-5 py-4">
        <LicenceFacts facts={data.facts} />
      </div>
      {data.findings.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No findings about the base-model licence.</p>
      ) : (
        <LicenceFindingsList
          findings={data.findings}
          actions={(finding) =>
            !data.canAccept || finding.severity !== "BLOCKING" ? null : finding.acceptance ? (
              <RevokeLicenceAcceptanceButton dealId={data.dealId} acceptanceId={finding.acceptance.id} />
            ) : (
              <LicenceAcceptanceForm
                dealId={data.dealId}
                findingKey={finding.key}
                findingTitle={finding.title}
                owners={owners}
                defaultOwnerId={defaultOwnerId}
                defaultReviewOn={defaultReviewOn}
              />
            )
          }
        />
      )}
      {data.orphanAcceptances.length > 0 && (
        <div className="border-t border-slate-100 px-5 py-4">
          <h3 className="text-sm font-semibold text-slate-900">Acceptances whose finding is gone</h3>
          {data.orphanAcceptances.map((a) => (
            <AcceptanceNote
              key={a.id}
              acceptance={a}
              action={data.canAccept ? <RevokeLicenceAcceptanceButton dealId={data.dealId} acceptanceId={a.id} /> : undefined}
            />
          ))}
        </div>
      )}
    </Card>
  );
}
