import { z } from "zod";
import { ZId, ZVersion } from "./common";

export const ZUpgradeDeal = z.object({
  dealId: ZId,
  /** The deal version the preview showed: an upgrade of a deal changed since is refused. */
  version: ZVersion,
  /** The playbook version the preview offered: refused when another was published since. */
  toVersion: z
    .union([z.string(), z.number()], { error: "Missing playbook version" })
    .pipe(z.coerce.number<string | number>({ error: "Missing playbook version" }).int("Missing playbook version").min(1, "Missing playbook version")),
});
export type TUpgradeDeal = z.output<typeof ZUpgradeDeal>;

export const ZConfirmClauseStillHolds = z.object({ dealClauseId: ZId, version: ZVersion });
export type TConfirmClauseStillHolds = z.output<typeof ZConfirmClauseStillHolds>;
