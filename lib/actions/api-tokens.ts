"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import { createPersonalToken as createPersonal, createServiceToken as createService, revokeToken as revoke } from "@/lib/services/api-tokens";
import { ZCreatePersonalToken, ZCreateServiceToken, ZTokenRef } from "@/lib/validation/api-tokens";

// API tokens. The create actions answer the secret once (it is not stored); both token pages refresh
// after any change, since an admin's page lists everyone's personal tokens too.

function thenRefresh<I, T>(service: (actor: Actor, input: I) => Promise<T>) {
  return async (actor: Actor, input: I) => {
    const result = await service(actor, input);
    revalidatePath("/account/tokens");
    revalidatePath("/admin/tokens");
    return result;
  };
}

export const createPersonalToken = defineAction({
  name: "createPersonalToken",
  permission: "api-token:own",
  schema: ZCreatePersonalToken,
  handler: thenRefresh(createPersonal),
});

export const createServiceToken = defineAction({
  name: "createServiceToken",
  permission: "api-token:service",
  schema: ZCreateServiceToken,
  handler: thenRefresh(createService),
});

export const revokeToken = defineAction({ name: "revokeToken", permission: "api-token:own", schema: ZTokenRef, handler: thenRefresh(revoke) });
