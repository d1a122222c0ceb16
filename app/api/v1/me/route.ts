import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/http/route-handler";

/**
 * GET /api/v1/me → who is signed in, in which organisation, with which role:
 * `{ userId, name, organization: { id, name }, role }`; 401 when signed out. Re-read from the
 * database on every call like every page (a session whose version was bumped is signed out here too).
 */
export const GET = defineRoute({
  name: "api/v1/me",
  permission: null, // only the caller's own identity
  errors: "json",
  signInMessage: "Not signed in.",
  handler: async ({ actor }) =>
    NextResponse.json(
      {
        userId: actor.userId,
        name: actor.name,
        organization: { id: actor.organizationId, name: actor.organizationName },
        role: actor.role,
      },
      { headers: { "Cache-Control": "private, no-store" } },
    ),
});
