import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/http/route-handler";
import { playbookJsonSchema } from "@/lib/playbook/format";

/**
 * GET /api/v1/schemas/playbook.json → the JSON Schema of the playbook file format, generated from its
 * zod schema. Documentation, but for signed-in members like the rest of the API: the format is
 * exchanged only by people who can sign in, and one rule for every route is simpler to hold.
 */
export const GET = defineRoute({
  name: "api/v1/schemas/playbook",
  permission: "playbook:read",
  errors: "json",
  signInMessage: "Not signed in.",
  handler: async () => NextResponse.json(playbookJsonSchema(), { headers: { "Cache-Control": "private, max-age=300" } }),
});
