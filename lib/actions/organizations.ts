"use server";

import { cookies } from "next/headers";
import { ORG_COOKIE } from "@/lib/auth/actor";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors";
import { ZSwitchOrganization } from "@/lib/validation/organization";

export const switchOrganization = defineAction({
  name: "switchOrganization",
  permission: "organization:switch",
  schema: ZSwitchOrganization,
  handler: async (actor, input) => {
    // Only organisations the actor belongs to (re-read from the database for this request).
    const membership = actor.memberships.find((m) => m.organizationId === input.organizationId);
    if (!membership) throw notFound("That organisation");
    (await cookies()).set(ORG_COOKIE, membership.organizationId, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https"),
    });
    return { organizationId: membership.organizationId };
  },
});
