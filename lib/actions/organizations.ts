"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { ORG_COOKIE } from "@/lib/auth/actor";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors";
import { createOrganization as createOrganizationService, updateOrganizationSettings as updateOrganizationSettingsService } from "@/lib/services/organizations";
import { ZCreateOrganization, ZOrganizationSettings, ZSwitchOrganization } from "@/lib/validation/organization";

async function setOrganizationCookie(organizationId: string) {
  (await cookies()).set(ORG_COOKIE, organizationId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https"),
  });
}

export const switchOrganization = defineAction({
  name: "switchOrganization",
  permission: "organization:switch",
  schema: ZSwitchOrganization,
  handler: async (actor, input) => {
    // Only organisations the actor belongs to (re-read from the database for this request).
    const membership = actor.memberships.find((m) => m.organizationId === input.organizationId);
    if (!membership) throw notFound("That organisation");
    await setOrganizationCookie(membership.organizationId);
    return { organizationId: membership.organizationId };
  },
});

/** Creates an organisation with the caller as its admin, and moves the caller into it. */
export const createOrganization = defineAction({
  name: "createOrganization",
  permission: "organization:create",
  schema: ZCreateOrganization,
  handler: async (actor, input) => {
    const org = await createOrganizationService(actor, input);
    await setOrganizationCookie(org.id);
    revalidatePath("/", "layout");
    return { organizationId: org.id };
  },
});

export const updateOrganizationSettings = defineAction({
  name: "updateOrganizationSettings",
  permission: "organization:settings",
  schema: ZOrganizationSettings,
  handler: async (actor, input) => {
    const settings = await updateOrganizationSettingsService(actor, input);
    // The name shows in every page's header.
    revalidatePath("/", "layout");
    return { version: settings.version };
  },
});
