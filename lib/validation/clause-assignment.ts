import { z } from "zod";
import { ZId, ZOptionalDate, ZVersion } from "./common";

/** Who works on a clause and by when; an empty assignee is nobody, an empty date no date. */
export const ZAssignClause = z.object({
  dealClauseId: ZId,
  version: ZVersion,
  assigneeId: z.union([z.literal("").transform(() => null), ZId]),
  dueOn: ZOptionalDate,
});
export type TAssignClause = z.output<typeof ZAssignClause>;
