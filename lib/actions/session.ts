"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { endAllSessions } from "@/lib/services/sessions";

// next-auth's cookie names, plain and __Secure- prefixed (https deployments).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.csrf-token", "__Host-next-auth.csrf-token"];

/**
 * Sign out as a plain form post, so it works before (and without) client JavaScript. Ends every
 * session of the user, not only this browser's cookie: a copied JWT is refused from now on.
 */
export const signOut = defineAction({
  name: "signOut",
  permission: "session:sign-out",
  schema: z.unknown(),
  handler: async (actor) => {
    await endAllSessions(actor.userId);
    const jar = await cookies();
    for (const name of SESSION_COOKIES) jar.delete(name);
    redirect("/login");
  },
});
