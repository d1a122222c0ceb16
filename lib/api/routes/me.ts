import { z } from "zod";
import { ROLES } from "@/lib/domain/enums";
import { defineApiRoute } from "@/lib/api/define-api-route";

export const ZMe = z
  .object({
    userId: z.string(),
    name: z.string(),
    organization: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(ROLES),
    token: z.object({ id: z.string(), kind: z.enum(["PERSONAL", "SERVICE"]), scopes: z.array(z.enum(["READ", "WRITE"])) }).nullable(),
  })
  .meta({ id: "Me" });

/** Who the caller is, in which organisation, with which role, through which token. Re-read on every call. */
export const me = defineApiRoute(
  {
    operationId: "getMe",
    method: "GET",
    path: "/me",
    tag: "Account",
    summary: "Who is calling",
    description: "The token's owner (or the signed-in person), the organisation and the role the call acts with, and the token's scopes.",
    permission: null,
    response: { status: 200, description: "The caller.", schema: ZMe },
  },
  async ({ actor, token }) => ({
    body: {
      userId: actor.userId,
      name: actor.name,
      organization: { id: actor.organizationId, name: actor.organizationName },
      role: actor.role,
      token: token ? { id: token.tokenId, kind: token.kind, scopes: token.scopes } : null,
    },
    headers: { "Cache-Control": "private, no-store" },
  }),
);
