import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";

export interface ResponseDraftSourceDto {
  draftId: string;
  round: number;
  title: string;
  passages: { id: string; number: string; text: string }[];
}

/**
 * For a clause's response log: the draft round (and the passages) each response logged from a draft
 * quotes, by response id. Reads through the actor's organisation only; the caller has already read the
 * responses with deal:read.
 */
export async function responseDraftSources(
  actor: Pick<Actor, "organizationId">,
  responseIds: readonly string[],
): Promise<Record<string, ResponseDraftSourceDto>> {
  if (!responseIds.length) return {};
  const rows = await getDb().vendorResponse.findMany({
    where: { id: { in: [...responseIds] }, draftId: { not: null }, deal: { organizationId: actor.organizationId } },
    select: {
      id: true,
      draft: { select: { id: true, round: true, title: true } },
      passages: { select: { passage: { select: { id: true, number: true, text: true, ordinal: true } } } },
    },
  });
  return Object.fromEntries(
    rows
      .filter((r) => r.draft)
      .map((r) => [
        r.id,
        {
          draftId: r.draft!.id,
          round: r.draft!.round,
          title: r.draft!.title,
          passages: r.passages
            .map((p) => p.passage)
            .sort((a, b) => a.ordinal - b.ordinal)
            .map(({ id, number, text }) => ({ id, number, text })),
        },
      ]),
  );
}
