import "./zod-config";
import { z } from "zod";
import { DEAL_STAGES, type DealStage } from "@/lib/domain/enums";
import { ZId } from "./common";

// The public API's deal list query (GET /api/v1/deals). Unlike the app's list (lib/validation/deal.ts),
// where a bad filter from a hand-edited URL simply means no filter, an integration is told which
// parameter is wrong: every failure here is a 400 naming the parameter.

export const DEAL_FEED_MAX_LIMIT = 100;
export const DEAL_FEED_DEFAULT_LIMIT = 25;
export const DEAL_FEED_ARCHIVED = ["false", "true", "all"] as const;

/** The sort key of the last row of a page; the cursor is its base64url JSON, opaque to clients. */
export interface DealFeedCursor {
  updatedAt: Date;
  id: string;
}

export function encodeDealCursor(position: DealFeedCursor): string {
  return Buffer.from(JSON.stringify([position.updatedAt.toISOString(), position.id]), "utf8").toString("base64url");
}

/** The position a cursor names, or null when it is not one this API gave out (edited, truncated). */
export function decodeDealCursor(cursor: string): DealFeedCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "string" || !ZId.safeParse(value[1]).success) return null;
  const updatedAt = new Date(value[0]);
  if (Number.isNaN(updatedAt.getTime())) return null;
  const position = { updatedAt, id: value[1] as string };
  // Only the exact encoding this API produces: anything edited into another spelling is refused.
  return encodeDealCursor(position) === cursor ? position : null;
}

const storable = (value: string) => !value.includes("\u0000") && value.isWellFormed();

const ZStageList = z
  .string()
  .transform((value, ctx) => {
    const stages = [...new Set(value.split(",").map((s) => s.trim().toUpperCase()))].filter(Boolean);
    const unknown = stages.filter((s) => !(DEAL_STAGES as readonly string[]).includes(s));
    if (unknown.length || !stages.length) {
      ctx.addIssue({ code: "custom", message: `Use one or more of ${DEAL_STAGES.join(", ")}, separated by commas` });
      return z.NEVER;
    }
    return stages as DealStage[];
  })
  .meta({ description: `One stage or several separated by commas (${DEAL_STAGES.join(", ")}).`, example: "NEGOTIATING,CIO_REVIEW" });

export const ZDealFeedQuery = z.object({
  stage: ZStageList.optional(),
  vendor: z
    .string()
    .trim()
    .min(1, "Give a vendor id or name")
    .max(200, "At most 200 characters")
    .refine(storable, "Contains characters that cannot be stored")
    .optional()
    .meta({ description: "A vendor's id, or its exact name." }),
  ownerId: ZId.optional().meta({ description: "The owning person's user id." }),
  q: z
    .string()
    .trim()
    .min(1, "Give some text to search for")
    .max(200, "At most 200 characters")
    .refine(storable, "Contains characters that cannot be stored")
    .optional()
    .meta({ description: "Text the deal's name or vendor name contains (case-insensitive)." }),
  updatedSince: z.iso
    .datetime({ offset: true, error: "Use an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z" })
    .transform((value) => new Date(value))
    .optional()
    .meta({ description: "Only deals changed at or after this instant (ISO 8601 date-time): for incremental sync." }),
  archived: z
    .enum(DEAL_FEED_ARCHIVED, { error: "Use false, true or all" })
    .default("false")
    .meta({ description: "false (default): live deals only; true: archived deals only; all: both." }),
  limit: z.coerce
    .number({ error: `Use a whole number from 1 to ${DEAL_FEED_MAX_LIMIT}` })
    .int(`Use a whole number from 1 to ${DEAL_FEED_MAX_LIMIT}`)
    .min(1, `Use a whole number from 1 to ${DEAL_FEED_MAX_LIMIT}`)
    .max(DEAL_FEED_MAX_LIMIT, `Use a whole number from 1 to ${DEAL_FEED_MAX_LIMIT}`)
    .default(DEAL_FEED_DEFAULT_LIMIT)
    .meta({ description: `Deals per page, 1 to ${DEAL_FEED_MAX_LIMIT} (default ${DEAL_FEED_DEFAULT_LIMIT}).` }),
  cursor: z
    .string()
    .transform((value, ctx) => {
      const position = decodeDealCursor(value);
      if (!position) {
        ctx.addIssue({ code: "custom", message: "Not a cursor this API gave out; pass `nextCursor` from the previous page as it is" });
        return z.NEVER;
      }
      return position;
    })
    .optional()
    .meta({ description: "`nextCursor` of the previous page, as given (opaque)." }),
});
export type TDealFeedQuery = z.output<typeof ZDealFeedQuery>;
