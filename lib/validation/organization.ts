import { z } from "zod";
import { parseEmailDomains } from "@/lib/domain/email-domains";
import { OUTBOX_STATUSES, ROLES } from "@/lib/domain/enums";
import { CURRENCIES } from "@/lib/domain/money";
import { oneOf, requiredText, text, ZId, ZPageParam } from "./common";

export const ZSwitchOrganization = z.object({ organizationId: ZId });
export type TSwitchOrganization = z.infer<typeof ZSwitchOrganization>;

export const ORGANIZATION_NAME_MAX = 100;

const ZOrganizationName = requiredText("Organisation name", ORGANIZATION_NAME_MAX);
const ZCurrency = oneOf(CURRENCIES, "currency");

export const ZCreateOrganization = z.object({ name: ZOrganizationName, defaultCurrency: ZCurrency });
export type TCreateOrganization = z.infer<typeof ZCreateOrganization>;

/** Organization.version as the settings form read it (it starts at 0, so ZVersion's "at least 1" does not fit). */
const ZOrganizationVersion = z.union(
  [
    z.number().int().min(0).max(2_147_483_647),
    z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  ],
  { error: "Missing version" },
);

const ZBooleanField = (error: string) => z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error });

export const ZOrganizationSettings = z
  .object({
    organizationId: ZId,
    version: ZOrganizationVersion,
    name: ZOrganizationName,
    defaultCurrency: ZCurrency,
    /** "" for none; whether the id is one of the deployment's providers is checked by the service. */
    ssoProviderId: z
      .string({ error: "Choose a provider from the list" })
      .trim()
      .regex(/^$|^[a-z0-9][a-z0-9-]{0,39}$/, "Choose a provider from the list")
      .transform((id) => id || null),
    ssoEmailDomains: text("Email domains", 10_000).transform((value, ctx) => {
      const parsed = parseEmailDomains(value);
      if (parsed.ok) return parsed.domains;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
    ssoDefaultRole: oneOf(ROLES, "role").refine((role) => role !== "ADMIN", "Newcomers cannot become admins automatically: choose another role"),
    passwordSignInAllowed: ZBooleanField("Choose whether password sign-in is allowed"),
    /** The approval policy; absent (a form from before the policy existed) keeps it as it is. */
    requireSecondApproval: ZBooleanField("Choose whether a second approver is required").optional(),
  })
  .refine((s) => s.passwordSignInAllowed || s.ssoProviderId !== null, {
    path: ["passwordSignInAllowed"],
    message: "Password sign-in can only be turned off while a single sign-on provider is linked",
  });
export type TOrganizationSettings = z.infer<typeof ZOrganizationSettings>;

export const ZRetryOutboxMessage = z.object({ messageId: ZId });
export type TRetryOutboxMessage = z.infer<typeof ZRetryOutboxMessage>;

/** The outbox page's query string: a bad value means "no filter" / page 1. */
export const ZOutboxQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  page: ZPageParam,
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;
