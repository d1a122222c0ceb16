import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { DEAL_STAGES, type DealStage } from "@/lib/domain/enums";
import { DEAL_STAGE_LABEL } from "@/lib/format/deal-labels";

export function StageSummary({ counts }: { counts: Record<DealStage, number> }) {
  return (
    <Card>
      <CardHeader title="Deals by stage" />
      <dl className="grid grid-cols-2 gap-px bg-slate-100 sm:grid-cols-3">
        {DEAL_STAGES.map((stage) => (
          // A dl may only hold dt/dd groups in divs: the link sits in the dd and stretches over the cell.
          <div key={stage} className="relative bg-white px-5 py-3 hover:bg-slate-50">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{DEAL_STAGE_LABEL[stage]}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
              <Link href={`/deals?stage=${stage}`} className="after:absolute after:inset-0">
                {counts[stage]}
                <span className="sr-only"> deals: {DEAL_STAGE_LABEL[stage]}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
