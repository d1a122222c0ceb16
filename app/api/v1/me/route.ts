import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";

/**
 * GET /api/v1/me → who is signed in, in which organisation, with which role:
 * `{ userId, name, organization: { id, name }, role }`; 401 when signed out. Re-read from the
 * database on every call like every page (a session whose version was bumped is signed out here too).
 */
export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Not signed in." }, { status: 401 });
  return NextResponse.json(
    {
      userId: actor.userId,
      name: actor.name,
      organization: { id: actor.organizationId, name: actor.organizationName },
      role: actor.role,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
