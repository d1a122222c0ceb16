import { z } from "zod";
import { LAYER_KEYS, PRIORITIES } from "@/lib/domain/enums";
import type { PlaybookDto } from "@/lib/services/playbook";
import type { PlaybookVersionSummary } from "@/lib/services/playbook-versions";

// The organisation's current playbook version as the public API shows it: its sections (the IP layers)
// and their clauses with what to ask for and what to settle for. Deals keep the version they started
// with (`playbookVersion` on a deal).

export const ZApiPlaybook = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string().nullable().meta({ description: "Who published it; null for the version the organisation started with." }),
    changeSummary: z.string().meta({ description: "Why this version was published (empty for the first)." }),
    sections: z.array(
      z.object({
        key: z.enum(LAYER_KEYS),
        title: z.string(),
        summary: z.string(),
        clauses: z.array(
          z.object({
            key: z.string(),
            title: z.string(),
            priority: z.enum(PRIORITIES),
            whyItMatters: z.string(),
            mustHave: z.string().meta({ description: "What to ask for." }),
            fallback: z.string().meta({ description: "What is acceptable if the must-have is refused." }),
            walkAway: z.string().meta({ description: "When to walk away." }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "Playbook", description: "A playbook version: sections in order, each with its clauses." });
export type ApiPlaybook = z.output<typeof ZApiPlaybook>;

export function toApiPlaybook(playbook: PlaybookDto, summary: PlaybookVersionSummary): ApiPlaybook {
  return {
    id: playbook.id,
    name: playbook.name,
    version: playbook.version,
    publishedAt: summary.publishedAt,
    publishedBy: summary.publishedBy,
    changeSummary: summary.changeSummary,
    sections: playbook.layers.map((layer) => ({
      key: layer.key,
      title: layer.title,
      summary: layer.summary,
      clauses: layer.clauses.map((c) => ({
        key: c.key,
        title: c.title,
        priority: c.priority,
        whyItMatters: c.whyItMatters,
        mustHave: c.mustHave,
        fallback: c.fallback,
        walkAway: c.walkAway,
      })),
    })),
  };
}
