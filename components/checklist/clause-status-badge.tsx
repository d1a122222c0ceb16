import { Badge } from "@/components/ui/badge";
import type { ClauseStatus } from "@/lib/domain/enums";
import { CLAUSE_STATUS_LABEL, CLAUSE_STATUS_TONE } from "@/lib/format/clause-status-labels";

export function ClauseStatusBadge({ status }: { status: ClauseStatus }) {
  return <Badge tone={CLAUSE_STATUS_TONE[status]}>{CLAUSE_STATUS_LABEL[status]}</Badge>;
}
