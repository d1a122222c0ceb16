import { Badge } from "@/components/ui/badge";
import type { DealStage } from "@/lib/domain/enums";
import { DEAL_STAGE_LABEL, DEAL_STAGE_TONE } from "@/lib/format/deal-labels";

export function StageBadge({ stage }: { stage: DealStage }) {
  return <Badge tone={DEAL_STAGE_TONE[stage]}>{DEAL_STAGE_LABEL[stage]}</Badge>;
}
