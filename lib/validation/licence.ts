import { z } from "zod";
import { USE_CASE_CATEGORIES } from "@/lib/domain/enums";
import { findLicence } from "@/lib/licences/findings";
import { ZAcceptRisk } from "./review";
import { oneOf, ZId } from "./common";

// The deal's base-model licence facts (the deal form) and a CIO's written acceptance of a finding.

/** Postgres "integer": the largest expected-users figure a deal can store. */
export const MAX_MONTHLY_USERS = 2_147_483_647;

const USERS_MESSAGE = "Enter a whole number of users, e.g. 900,000,000, or leave it empty";

/** "900,000,000", "900 000 000", "900000000" or 900000000; "" or absent: not stated. */
const ZExpectedUsers = z.union([z.string(), z.number(), z.null()], { error: USERS_MESSAGE }).transform((value, ctx) => {
  if (value === null) return null;
  const raw = typeof value === "number" ? String(value) : value.trim().replace(/[\s,_\u00a0\u202f]/g, "");
  if (raw === "") return null;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > MAX_MONTHLY_USERS) {
    ctx.addIssue({ code: "custom", message: Number(raw) > MAX_MONTHLY_USERS ? "Enter at most 2,147,483,647 users" : USERS_MESSAGE });
    return z.NEVER;
  }
  return Number(raw);
});

/** The licence facts of a deal, spread into the deal form's schema (lib/validation/deal.ts). */
export const LICENCE_FACT_FIELDS = {
  /** A registry key, or "" for a free-text licence (unchecked). */
  baseModelLicenceKey: z
    .union([z.literal("").transform(() => null), z.null(), z.string().trim().max(100)], { error: "Choose a licence from the list" })
    .refine((key) => key === null || findLicence(key) !== undefined, "Choose a licence from the list, or Other (free text)")
    .default(null),
  expectedMonthlyUsers: ZExpectedUsers.default(null),
  useCaseCategory: oneOf(USE_CASE_CATEGORIES, "use case category").default("UNSPECIFIED"),
};

/** Same rationale, owner and review date rules as a clause's risk acceptance. */
export const ZAcceptLicenceFinding = z.object({
  dealId: ZId,
  findingKey: z
    .string({ error: "Choose a finding" })
    .trim()
    .min(1, "Choose a finding")
    .max(120, "Not a finding of this deal")
    .regex(/^[A-Za-z0-9:_-]+$/, "Not a finding of this deal"),
  rationale: ZAcceptRisk.shape.rationale,
  ownerId: ZAcceptRisk.shape.ownerId,
  reviewOn: ZAcceptRisk.shape.reviewOn,
});
export type TAcceptLicenceFinding = z.output<typeof ZAcceptLicenceFinding>;

export const ZRevokeLicenceFinding = z.object({ dealId: ZId, acceptanceId: ZId });
export type TRevokeLicenceFinding = z.output<typeof ZRevokeLicenceFinding>;
