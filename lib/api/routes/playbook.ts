import { defineApiRoute } from "@/lib/api/define-api-route";
import { toApiPlaybook, ZApiPlaybook } from "@/lib/api/schemas/playbook";
import { getPlaybook as getPlaybookService } from "@/lib/services/playbook";
import { getPlaybookVersion } from "@/lib/services/playbook-versions";

export const getPlaybook = defineApiRoute(
  {
    operationId: "getPlaybook",
    method: "GET",
    path: "/playbook",
    tag: "Playbook",
    summary: "Current playbook version",
    description:
      "The organisation's current playbook version: when it was published, its sections and their clauses with priorities, must-haves and fallbacks.",
    permission: "playbook:read",
    response: { status: 200, description: "The current playbook version.", schema: ZApiPlaybook },
  },
  async ({ actor }) => {
    const playbook = await getPlaybookService(actor);
    // The version read above, even if a newer one is published in between.
    const summary = await getPlaybookVersion(actor, playbook.version);
    return { body: toApiPlaybook(playbook, summary) };
  },
);
