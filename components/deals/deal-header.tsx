import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { DealStage } from "@/lib/domain/enums";
import { DealTabs } from "./deal-tabs";
import { StageBadge } from "./stage-badge";

export function DealHeader({
  deal,
  actions,
}: {
  deal: { id: string; name: string; vendor: string; stage?: DealStage; archived: boolean };
  actions?: React.ReactNode;
}) {
  return (
    <div className="mb-6">
      <div className="mb-1 text-sm text-slate-600 print:hidden">
        <Link href="/deals" className="hover:text-slate-800">
          Deals
        </Link>{" "}
        <span aria-hidden="true">/</span> {deal.vendor}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
        <div className="flex min-w-0 flex-wrap items-center gap-3">
          <h1 className="truncate text-2xl font-semibold tracking-tight text-slate-900">{deal.name}</h1>
          {deal.stage && <StageBadge stage={deal.stage} />}
          {deal.archived && <Badge tone="muted">Archived</Badge>}
        </div>
        {actions && <div className="flex items-center gap-2">{actions}</div>}
      </div>
      <DealTabs dealId={deal.id} />
    </div>
  );
}
