import type { Prisma } from "@/lib/generated/prisma/client";
import type { Priority } from "@/lib/domain/enums";
import { ZApplicabilityRule, ZPlaybookDocument, PLAYBOOK_FORMAT, PLAYBOOK_FORMAT_VERSION, type PlaybookDocument } from "./format";

type Tx = Prisma.TransactionClient;

// A playbook version in the database and the playbook document it was made from, both ways. Versions
// are written once (publishing, an organisation's first playbook) and never changed afterwards:
// `readPlaybookDocument(createPlaybookVersion(doc))` is `doc` again.

export interface NewVersion {
  organizationId: string;
  version: number;
  changeSummary?: string;
  publishedById?: string | null;
}

/**
 * Writes a document as a new version of the organisation's playbook and makes it the current one.
 * The caller holds whatever lock keeps version numbers unique (the draft row, or a new organisation).
 */
export async function createPlaybookVersion(tx: Tx, doc: PlaybookDocument, meta: NewVersion) {
  const content = ZPlaybookDocument.parse(doc);
  await tx.playbook.updateMany({ where: { organizationId: meta.organizationId, isCurrent: true }, data: { isCurrent: false } });
  const playbook = await tx.playbook.create({
    data: {
      organizationId: meta.organizationId,
      version: meta.version,
      name: content.name,
      isCurrent: true,
      changeSummary: meta.changeSummary ?? "",
      publishedById: meta.publishedById ?? null,
    },
  });
  const playbookId = playbook.id;
  await tx.layer.createMany({
    data: content.sections.map((s, position) => ({ playbookId, position, key: s.key, title: s.title, summary: s.summary, source: s.source })),
  });
  const layerId = new Map((await tx.layer.findMany({ where: { playbookId }, select: { id: true, key: true } })).map((l) => [l.key, l.id]));

  await tx.clause.createMany({
    data: content.clauses.map((c, position) => ({
      playbookId,
      layerId: mustGet(layerId, c.section),
      key: c.key,
      position,
      title: c.title,
      whyItMatters: c.whyItMatters,
      mustHave: c.mustHave,
      fallback: c.fallback,
      walkAway: c.walkAway,
      sampleLanguage: c.sampleLanguage,
      priority: c.priority,
      rules: c.rules,
      source: c.source,
    })),
  });
  await tx.pitch.createMany({
    data: content.pitches.map((p, position) => ({
      playbookId,
      key: p.key,
      position,
      quote: p.quote,
      danger: p.danger,
      counter: p.counter,
      layerKey: p.section,
      phrases: p.phrases,
      source: p.source,
    })),
  });
  await tx.scenario.createMany({
    data: content.scenarios.map((s, position) => ({
      playbookId,
      key: s.key,
      position,
      title: s.title,
      story: s.story,
      whatWentWrong: s.whatWentWrong,
      ifUncovered: s.ifUncovered,
      source: s.source,
    })),
  });
  await tx.recommendation.createMany({
    data: content.steps.map((r, position) => ({ playbookId, key: r.key, position, title: r.title, detail: r.detail, source: r.source })),
  });

  const [clauses, pitches, scenarios] = await Promise.all([
    tx.clause.findMany({ where: { playbookId }, select: { id: true, key: true } }),
    tx.pitch.findMany({ where: { playbookId }, select: { id: true, key: true } }),
    tx.scenario.findMany({ where: { playbookId }, select: { id: true, key: true } }),
  ]);
  const clauseId = new Map(clauses.map((c) => [c.key, c.id]));
  const pitchId = new Map(pitches.map((p) => [p.key, p.id]));
  const scenarioId = new Map(scenarios.map((s) => [s.key, s.id]));
  await tx.clausePitch.createMany({
    data: content.clauses.flatMap((c) => c.counters.map((pitch) => ({ clauseId: mustGet(clauseId, c.key), pitchId: mustGet(pitchId, pitch) }))),
  });
  await tx.scenarioClause.createMany({
    data: content.clauses.flatMap((c) => c.defends.map((scenario) => ({ scenarioId: mustGet(scenarioId, scenario), clauseId: mustGet(clauseId, c.key) }))),
  });
  return playbook;
}

/** The document of a stored version (its playbook clauses only, never a deal's own clauses). */
export async function readPlaybookDocument(tx: Tx, playbookId: string): Promise<PlaybookDocument> {
  const playbook = await tx.playbook.findUniqueOrThrow({
    where: { id: playbookId },
    include: {
      layers: { orderBy: { position: "asc" } },
      clauses: {
        where: { dealId: null },
        orderBy: { position: "asc" },
        include: {
          layer: { select: { key: true } },
          pitches: { select: { pitch: { select: { key: true, position: true } } } },
          scenarios: { select: { scenario: { select: { key: true, position: true } } } },
        },
      },
      pitches: { orderBy: { position: "asc" } },
      scenarios: { orderBy: { position: "asc" } },
      recommendations: { orderBy: { position: "asc" } },
    },
  });
  const byPosition = <T extends { position: number; key: string }>(items: T[]) => items.sort((a, b) => a.position - b.position).map((i) => i.key);
  return ZPlaybookDocument.parse({
    format: PLAYBOOK_FORMAT,
    formatVersion: PLAYBOOK_FORMAT_VERSION,
    name: playbook.name,
    sections: playbook.layers.map((l) => ({ key: l.key, title: l.title, summary: l.summary, source: l.source })),
    clauses: playbook.clauses.map((c) => ({
      key: c.key,
      section: c.layer.key,
      title: c.title,
      whyItMatters: c.whyItMatters,
      mustHave: c.mustHave,
      fallback: c.fallback,
      walkAway: c.walkAway,
      sampleLanguage: c.sampleLanguage,
      priority: c.priority as Priority,
      defends: byPosition(c.scenarios.map((s) => s.scenario)),
      counters: byPosition(c.pitches.map((p) => p.pitch)),
      rules: ZApplicabilityRule.array().parse(c.rules),
      source: c.source,
    })),
    scenarios: playbook.scenarios.map((s) => ({
      key: s.key,
      title: s.title,
      story: s.story,
      whatWentWrong: s.whatWentWrong,
      ifUncovered: s.ifUncovered,
      source: s.source,
    })),
    pitches: playbook.pitches.map((p) => ({
      key: p.key,
      quote: p.quote,
      danger: p.danger,
      counter: p.counter,
      section: p.layerKey,
      phrases: p.phrases,
      source: p.source,
    })),
    steps: playbook.recommendations.map((r) => ({ key: r.key, title: r.title, detail: r.detail, source: r.source })),
  });
}

function mustGet<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The playbook document refers to an unknown key "${key}"`);
  return value;
}
