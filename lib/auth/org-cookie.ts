import "server-only";
import { cookies } from "next/headers";
import { ORG_COOKIE } from "@/lib/auth/actor";

/** Makes the organisation the one the next requests act in (lib/auth/actor.ts reads the cookie; a membership is still required). */
export async function setCurrentOrganization(organizationId: string) {
  (await cookies()).set(ORG_COOKIE, organizationId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https"),
  });
}
