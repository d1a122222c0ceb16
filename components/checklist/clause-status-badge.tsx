import { Badge } from "@/components/ui/badge";
import { CLAUSE_STATUS_LABEL, CLAUSE_STATUS_TONE } from "@/lib/domain/clause-status";
import type { ClauseStatus } from "@/lib/domain/enums";

export function ClauseStatusBadge({ status }: { status: ClauseStatus }) {
  return <Badge tone={CLAUSE_STATUS_TONE[status]}>{CLAUSE_STATUS_LABEL[status]}</Badge>;
}
