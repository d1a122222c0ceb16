import { Badge } from "@/components/ui/badge";
import { DEAL_STAGE_LABEL } from "@/lib/domain/deal-stage";
import type { DealStage } from "@/lib/domain/enums";
import { DEAL_STAGE_TONE } from "./labels";

export function StageBadge({ stage }: { stage: DealStage }) {
  return <Badge tone={DEAL_STAGE_TONE[stage]}>{DEAL_STAGE_LABEL[stage]}</Badge>;
}
