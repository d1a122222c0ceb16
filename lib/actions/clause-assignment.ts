"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { assignClause as assignClauseService } from "@/lib/services/clause-assignment";
import { ZAssignClause } from "@/lib/validation/clause-assignment";

export const assignClause = defineDealAction({
  name: "assignClause",
  permission: "clause:assign",
  schema: ZAssignClause,
  service: assignClauseService,
});
