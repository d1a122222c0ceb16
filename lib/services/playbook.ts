import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { LayerKey, Priority } from "@/lib/domain/enums";
import { forbidden, notFound } from "@/lib/errors";

export interface ClauseDto {
  id: string;
  key: string;
  layerKey: LayerKey;
  title: string;
  whyItMatters: string;
  mustHave: string;
  fallback: string;
  walkAway: string;
  sampleLanguage: string | null;
  priority: Priority;
  source: string;
  attackedBy: { key: string; quote: string }[];
  defends: { key: string; title: string }[];
}

export interface PlaybookDto {
  id: string;
  name: string;
  version: number;
  layers: { key: LayerKey; title: string; summary: string; source: string; clauses: ClauseDto[] }[];
  pitches: { key: string; quote: string; danger: string; counter: string; layerKey: LayerKey; source: string; clauses: { key: string; title: string }[] }[];
  scenarios: {
    key: string;
    title: string;
    story: string;
    whatWentWrong: string;
    ifUncovered: string;
    source: string;
    defendedBy: { key: string; title: string }[];
  }[];
  recommendations: { key: string; title: string; detail: string; source: string }[];
}

/** The organisation's current playbook, or a given version (deals are pinned to one). */
export async function getPlaybook(actor: Actor, playbookId?: string): Promise<PlaybookDto> {
  if (!can(actor.role, "playbook:read")) throw forbidden();
  const db = getDb();
  const playbook = await db.playbook.findFirst({
    where: playbookId ? { id: playbookId, organizationId: actor.organizationId } : { organizationId: actor.organizationId, isCurrent: true },
    orderBy: { version: "desc" },
    include: {
      layers: { orderBy: { position: "asc" } },
      clauses: {
        where: { dealId: null },
        orderBy: { position: "asc" },
        include: {
          layer: { select: { key: true } },
          pitches: { include: { pitch: { select: { key: true, quote: true, position: true } } } },
          scenarios: { include: { scenario: { select: { key: true, title: true, position: true } } } },
        },
      },
      pitches: { orderBy: { position: "asc" } },
      scenarios: { orderBy: { position: "asc" } },
      recommendations: { orderBy: { position: "asc" } },
    },
  });
  if (!playbook) throw notFound("The playbook");

  const clauses: ClauseDto[] = playbook.clauses.map((c) => ({
    id: c.id,
    key: c.key,
    layerKey: c.layer.key as LayerKey,
    title: c.title,
    whyItMatters: c.whyItMatters,
    mustHave: c.mustHave,
    fallback: c.fallback,
    walkAway: c.walkAway,
    sampleLanguage: c.sampleLanguage,
    priority: c.priority as Priority,
    source: c.source,
    attackedBy: c.pitches
      .map((p) => p.pitch)
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ key: p.key, quote: p.quote })),
    defends: c.scenarios
      .map((s) => s.scenario)
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ key: s.key, title: s.title })),
  }));

  const clauseRef = (c: ClauseDto) => ({ key: c.key, title: c.title });
  return {
    id: playbook.id,
    name: playbook.name,
    version: playbook.version,
    layers: playbook.layers.map((l) => ({
      key: l.key as LayerKey,
      title: l.title,
      summary: l.summary,
      source: l.source,
      clauses: clauses.filter((c) => c.layerKey === l.key),
    })),
    pitches: playbook.pitches.map((p) => ({
      key: p.key,
      quote: p.quote,
      danger: p.danger,
      counter: p.counter,
      layerKey: p.layerKey as LayerKey,
      source: p.source,
      clauses: clauses.filter((c) => c.attackedBy.some((a) => a.key === p.key)).map(clauseRef),
    })),
    scenarios: playbook.scenarios.map((s) => ({
      key: s.key,
      title: s.title,
      story: s.story,
      whatWentWrong: s.whatWentWrong,
      ifUncovered: s.ifUncovered,
      source: s.source,
      defendedBy: clauses.filter((c) => c.defends.some((d) => d.key === s.key)).map(clauseRef),
    })),
    recommendations: playbook.recommendations.map((r) => ({
      key: r.key,
      title: r.title,
      detail: r.detail,
      source: r.source,
    })),
  };
}
