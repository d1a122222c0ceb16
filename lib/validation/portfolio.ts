import "./zod-config";
import { z } from "zod";
import { DEAL_STAGES } from "@/lib/domain/enums";

export const SIGNING_WINDOWS = ["overdue", "30", "90", "180"] as const;
export type SigningWindow = (typeof SIGNING_WINDOWS)[number];

/** Portfolio filters; they apply to every panel and to the export. Unknown values are ignored. */
export const ZPortfolioFilter = z.object({
  stage: z.enum(DEAL_STAGES).optional().catch(undefined),
  ownerId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  vendor: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((v) => !v.includes("\u0000") && v.isWellFormed())
    .optional()
    .catch(undefined),
  signing: z.enum(SIGNING_WINDOWS).optional().catch(undefined),
});
export type TPortfolioFilter = z.output<typeof ZPortfolioFilter>;

export function filterToSearch(filter: TPortfolioFilter): URLSearchParams {
  return new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}
