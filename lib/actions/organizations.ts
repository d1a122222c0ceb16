"use server";

import { revalidatePath } from "next/cache";
import { setCurrentOrganization } from "@/lib/auth/org-cookie";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors";
import { createOrganization as createOrganizationService, updateOrganizationSettings as updateOrganizationSettingsService } from "@/lib/services/organizations";
import { ZCreateOrganization, ZOrganizationSettings, ZSwitchOrganization } from "@/lib/validation/organization";

export const switchOrganization = defineAction({
  name: "switchOrganization",
  permission: "organization:switch",
  schema: ZSwitchOrganization,
  handler: async (actor, input) => {
    // Only organisations the actor belongs to (re-read from the database for this request).
    const membership = actor.memberships.find((m) => m.organizationId === input.organizationId);
    if (!membership) throw notFound("That organisation");
    await setCurrentOrganization(membership.organizationId);
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
    await setCurrentOrganization(org.id);
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
