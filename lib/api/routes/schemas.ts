import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { playbookJsonSchema } from "@/lib/playbook/format";

/**
 * The JSON Schema of the playbook file format, generated from its zod schema. For members like the rest
 * of the API: the format is exchanged only by people who can sign in, and one rule for every route is simpler.
 */
export const getPlaybookSchema = defineApiRoute(
  {
    operationId: "getPlaybookSchema",
    method: "GET",
    path: "/schemas/playbook.json",
    tag: "Playbook",
    summary: "The playbook file format",
    description: "The JSON Schema (draft 2020-12) of a playbook file, as the playbook import and export read and write it.",
    permission: "playbook:read",
    response: { status: 200, description: "The JSON Schema.", schema: z.record(z.string(), z.unknown()).meta({ id: "PlaybookJsonSchema" }) },
  },
  async () => ({ body: playbookJsonSchema(), headers: { "Cache-Control": "private, max-age=300" } }),
);
