import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookSeed } from "@/lib/playbook/types";

type Tx = Prisma.TransactionClient;

/**
 * Gives an organisation its first playbook (version 1) from the typed default content.
 * Idempotent: an organisation that already has a playbook is left alone, so re-seeding never
 * changes a playbook that deals are pinned to.
 */
export async function ensureDefaultPlaybook(tx: Tx, organizationId: string, content: PlaybookSeed = DEFAULT_PLAYBOOK) {
  const existing = await tx.playbook.findFirst({ where: { organizationId }, orderBy: { version: "desc" } });
  if (existing) return existing;

  const playbook = await tx.playbook.create({
    data: { organizationId, version: 1, name: content.name, isCurrent: true },
  });
  await tx.layer.createMany({
    data: content.layers.map((layer, position) => ({ playbookId: playbook.id, position, ...layer })),
  });
  const layers = await tx.layer.findMany({ where: { playbookId: playbook.id } });
  const layerId = new Map(layers.map((l) => [l.key, l.id]));

  await tx.clause.createMany({
    data: content.clauses.map(({ layer, attackedBy: _attackedBy, ...clause }, position) => ({
      playbookId: playbook.id,
      layerId: mustGet(layerId, layer),
      position,
      ...clause,
      sampleLanguage: clause.sampleLanguage ?? null,
    })),
  });
  await tx.pitch.createMany({
    data: content.pitches.map(({ layer, ...pitch }, position) => ({ playbookId: playbook.id, position, layerKey: layer, ...pitch })),
  });
  await tx.scenario.createMany({
    data: content.scenarios.map(({ defendedBy: _defendedBy, ...scenario }, position) => ({ playbookId: playbook.id, position, ...scenario })),
  });
  await tx.recommendation.createMany({
    data: content.recommendations.map((rec, position) => ({ playbookId: playbook.id, position, ...rec })),
  });

  const [clauses, pitches, scenarios] = await Promise.all([
    tx.clause.findMany({ where: { playbookId: playbook.id }, select: { id: true, key: true } }),
    tx.pitch.findMany({ where: { playbookId: playbook.id }, select: { id: true, key: true } }),
    tx.scenario.findMany({ where: { playbookId: playbook.id }, select: { id: true, key: true } }),
  ]);
  const clauseId = new Map(clauses.map((c) => [c.key, c.id]));
  const pitchId = new Map(pitches.map((p) => [p.key, p.id]));
  const scenarioId = new Map(scenarios.map((s) => [s.key, s.id]));

  await tx.clausePitch.createMany({
    data: content.clauses.flatMap((clause) =>
      clause.attackedBy.map((pitch) => ({ clauseId: mustGet(clauseId, clause.key), pitchId: mustGet(pitchId, pitch) })),
    ),
  });
  await tx.scenarioClause.createMany({
    data: content.scenarios.flatMap((scenario) =>
      scenario.defendedBy.map((clause) => ({ scenarioId: mustGet(scenarioId, scenario.key), clauseId: mustGet(clauseId, clause) })),
    ),
  });
  return playbook;
}

function mustGet<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Default playbook refers to unknown key "${key}"`);
  return value;
}

export async function ensureDefaultPlaybookFor(db: PrismaClient, organizationId: string) {
  return db.$transaction((tx) => ensureDefaultPlaybook(tx, organizationId), { timeout: 60_000 });
}
