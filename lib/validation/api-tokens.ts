import { z } from "zod";
import { API_SCOPES, type ApiScope } from "@/lib/domain/enums";
import { expiryDateProblem, storedScopes, TOKEN_EXPIRY_CHOICES } from "@/lib/domain/api-tokens";
import { requiredText, ZId } from "./common";

// The token forms (/account/tokens, /admin/tokens). Each names the organisation the page showed, so a
// tab left open after switching organisation cannot make a token in the other one.

const isScope = (value: unknown): value is ApiScope => (API_SCOPES as readonly unknown[]).includes(value);

/** Checkboxes: read, write, or both (stored as both when write is chosen). Errors name the field as a whole. */
const ZScopes = z
  .array(z.unknown(), { error: "Choose read, or read and write" })
  .min(1, "Choose at least one scope: read, or read and write")
  .max(API_SCOPES.length, "Choose read, or read and write")
  .refine((values) => values.every(isScope), "Choose read, or read and write")
  .transform((values) => storedScopes(values as ApiScope[]));

const ZExpiresOn = z
  .union(
    [
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD"),
    ],
    { error: "Use the format YYYY-MM-DD" },
  )
  .refine((value) => {
    if (value === "") return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Not a real date")
  .optional()
  .transform((value) => value || null);

function tokenForm(choices: readonly [string, ...string[]], neverMessage?: string) {
  return z
    .object({
      organizationId: ZId,
      name: requiredText("Name", 100),
      scopes: ZScopes,
      expiresIn: z.enum(TOKEN_EXPIRY_CHOICES, { error: "Choose when the token expires" }),
      expiresOn: ZExpiresOn,
    })
    .superRefine((value, ctx) => {
      if (!choices.includes(value.expiresIn)) {
        ctx.addIssue({ code: "custom", path: ["expiresIn"], message: neverMessage ?? "Choose when the token expires" });
      } else if (value.expiresIn === "date") {
        const problem = value.expiresOn ? expiryDateProblem(value.expiresOn, new Date()) : "Choose the date the token expires";
        if (problem) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: problem });
      }
    });
}

/** A personal token must expire: within a year. */
export const ZCreatePersonalToken = tokenForm(
  TOKEN_EXPIRY_CHOICES.filter((c) => c !== "never") as [string, ...string[]],
  "A personal token must expire: choose up to one year",
);
export type TCreatePersonalToken = z.output<typeof ZCreatePersonalToken>;

/** A service token may also never expire (for an integration that must not stop on a date; the page warns). */
export const ZCreateServiceToken = tokenForm(TOKEN_EXPIRY_CHOICES);
export type TCreateServiceToken = z.output<typeof ZCreateServiceToken>;

export const ZTokenRef = z.object({ tokenId: ZId });
export type TTokenRef = z.output<typeof ZTokenRef>;
