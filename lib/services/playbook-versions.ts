import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffPlaybooks, type PlaybookDiff } from "@/lib/playbook/diff";
import { parsePlaybookJson, serializePlaybook, ZPlaybookDocument, type PlaybookDocument, type PlaybookProblem } from "@/lib/playbook/format";
import { createPlaybookVersion, readPlaybookDocument } from "@/lib/playbook/store";
import type { TImportPlaybookDraft, TPublishPlaybookDraft } from "@/lib/validation/playbook-versions";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";
import { currentPlaybook, staleDraft } from "./playbook-draft";

type Tx = Prisma.TransactionClient;

// Playbook versions: the history every member may read, publishing the draft as the next version,
// and the JSON files a version or the draft is exported to and a draft is imported from.

export interface PlaybookVersionSummary {
  id: string;
  version: number;
  name: string;
  isCurrent: boolean;
  publishedAt: string;
  publishedBy: string | null;
  changeSummary: string;
  clauseCount: number;
  scenarioCount: number;
  pitchCount: number;
  stepCount: number;
  /** Deals of the organisation (archived ones included) working from this version. */
  dealCount: number;
}

const SUMMARY_SELECT = {
  id: true,
  version: true,
  name: true,
  isCurrent: true,
  createdAt: true,
  changeSummary: true,
  publishedBy: { select: { name: true } },
  _count: { select: { clauses: { where: { dealId: null } }, scenarios: true, pitches: true, recommendations: true, deals: true } },
} satisfies Prisma.PlaybookSelect;

function toSummary(row: Prisma.PlaybookGetPayload<{ select: typeof SUMMARY_SELECT }>): PlaybookVersionSummary {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    isCurrent: row.isCurrent,
    publishedAt: row.createdAt.toISOString(),
    publishedBy: row.publishedBy?.name ?? null,
    changeSummary: row.changeSummary,
    clauseCount: row._count.clauses,
    scenarioCount: row._count.scenarios,
    pitchCount: row._count.pitches,
    stepCount: row._count.recommendations,
    dealCount: row._count.deals,
  };
}

/** Every version of the organisation's playbook, newest first. */
export async function listPlaybookVersions(actor: Actor): Promise<PlaybookVersionSummary[]> {
  requirePermission(actor, "playbook:read");
  const rows = await getDb().playbook.findMany({ where: { organizationId: actor.organizationId }, orderBy: { version: "desc" }, select: SUMMARY_SELECT });
  return rows.map(toSummary);
}

export async function getPlaybookVersion(actor: Actor, version: number): Promise<PlaybookVersionSummary> {
  requirePermission(actor, "playbook:read");
  const row = await getDb().playbook.findUnique({
    where: { organizationId_version: { organizationId: actor.organizationId, version } },
    select: SUMMARY_SELECT,
  });
  if (!row) throw notFound("That playbook version");
  return toSummary(row);
}

async function versionDocument(tx: Tx, organizationId: string, version: number): Promise<PlaybookDocument | null> {
  const row = await tx.playbook.findUnique({ where: { organizationId_version: { organizationId, version } }, select: { id: true } });
  return row ? readPlaybookDocument(tx, row.id) : null;
}

/** What version N changed against the version before it (null for the first version). */
export async function diffWithPreviousVersion(actor: Actor, version: number): Promise<{ previous: number; diff: PlaybookDiff } | null> {
  requirePermission(actor, "playbook:read");
  const db = getDb();
  const to = await versionDocument(db, actor.organizationId, version);
  if (!to) throw notFound("That playbook version");
  const previous = await db.playbook.findFirst({
    where: { organizationId: actor.organizationId, version: { lt: version } },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  if (!previous) return null;
  return { previous: previous.version, diff: diffPlaybooks(await readPlaybookDocument(db, previous.id), to) };
}

export interface PlaybookFile {
  filename: string;
  text: string;
}

/** A version as its canonical JSON file. */
export async function exportPlaybookVersion(actor: Actor, version: number): Promise<PlaybookFile> {
  requirePermission(actor, "playbook:read");
  const document = await versionDocument(getDb(), actor.organizationId, version);
  if (!document) throw notFound("That playbook version");
  return { filename: `playbook-v${version}.json`, text: serializePlaybook(document) };
}

/** The draft as the same JSON file (admins only: the draft is not the organisation's playbook yet). */
export async function exportPlaybookDraft(actor: Actor): Promise<PlaybookFile> {
  requirePermission(actor, "playbook:edit");
  const draft = await getDb().playbookDraft.findUnique({ where: { organizationId: actor.organizationId } });
  if (!draft) throw notFound("The playbook draft");
  return { filename: `playbook-draft-from-v${draft.basedOnVersion}.json`, text: serializePlaybook(ZPlaybookDocument.parse(draft.document)) };
}

export interface PublishPreview {
  draftVersion: number;
  basedOnVersion: number;
  currentVersion: number;
  /** A version was published after the draft was started: publishing it would undo that version's changes unseen. */
  outdated: boolean;
  diff: PlaybookDiff;
}

/** The draft against the current version, as the publish page shows it; null when there is no draft. */
export async function getPublishPreview(actor: Actor): Promise<PublishPreview | null> {
  requirePermission(actor, "playbook:edit");
  return getDb().$transaction(async (tx) => {
    const draft = await tx.playbookDraft.findUnique({ where: { organizationId: actor.organizationId } });
    if (!draft) return null;
    const current = await currentPlaybook(tx, actor.organizationId);
    const diff = diffPlaybooks(await readPlaybookDocument(tx, current.id), ZPlaybookDocument.parse(draft.document));
    return {
      draftVersion: draft.version,
      basedOnVersion: draft.basedOnVersion,
      currentVersion: current.version,
      outdated: draft.basedOnVersion !== current.version,
      diff,
    };
  });
}

function outdatedDraft(basedOn: number, current: number) {
  return new AppError(
    "CONFLICT",
    `The draft was started from version ${basedOn}, but version ${current} has been published since. Publishing it would undo the changes of version ${current} unseen. Export the draft and import it again: the import starts it from version ${current}, and the diff then shows every difference, theirs included, before you publish.`,
  );
}

export interface PublishResult {
  version: number;
  counts: { added: number; retired: number; changed: number };
}

/**
 * Publishes the draft as the next version: it becomes current (new deals start on it; existing deals
 * stay on theirs until upgraded) and the draft is gone. Refused when the draft is stale, outdated
 * (see outdatedDraft), or identical to the current version.
 */
export async function publishPlaybookDraft(actor: Actor, input: TPublishPlaybookDraft): Promise<PublishResult> {
  requirePermission(actor, "playbook:edit");
  if (input.organizationId !== actor.organizationId) throw notFound("The playbook draft");
  return getDb().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ version: number }[]>`
      SELECT "version" FROM "PlaybookDraft" WHERE "organizationId" = ${actor.organizationId} FOR UPDATE`;
    if (!locked) throw notFound("The playbook draft");
    if (locked.version !== input.draftVersion) throw staleDraft(locked.version);
    const draft = await tx.playbookDraft.findUniqueOrThrow({ where: { organizationId: actor.organizationId } });
    const document = ZPlaybookDocument.parse(draft.document);
    const current = await currentPlaybook(tx, actor.organizationId);
    if (draft.basedOnVersion !== current.version) throw outdatedDraft(draft.basedOnVersion, current.version);
    const currentDocument = await readPlaybookDocument(tx, current.id);
    if (serializePlaybook(currentDocument) === serializePlaybook(document)) {
      throw new AppError("CONFLICT", `Nothing changed: the draft is the same as version ${current.version}. Edit it before publishing.`);
    }
    const diff = diffPlaybooks(currentDocument, document);
    const { _max } = await tx.playbook.aggregate({ where: { organizationId: actor.organizationId }, _max: { version: true } });
    const version = (_max.version ?? 0) + 1;
    const playbook = await createPlaybookVersion(tx, document, {
      organizationId: actor.organizationId,
      version,
      changeSummary: input.changeSummary,
      publishedById: actor.userId,
    });
    await tx.playbookDraft.delete({ where: { organizationId: actor.organizationId } });
    const counts = { added: diff.counts.clauses.added, retired: diff.counts.clauses.retired, changed: diff.counts.clauses.changed };
    await afterOrganizationChange(tx, actor, {
      entityType: "Playbook",
      entityId: playbook.id,
      action: "playbook.published",
      before: { version: current.version },
      after: { version, changeSummary: input.changeSummary, clauses: counts },
    });
    return { version, counts };
  });
}

/** Strings PostgreSQL cannot store (U+0000, lone surrogates), with their paths. */
function unstorable(value: unknown, path: string, out: PlaybookProblem[]) {
  if (typeof value === "string") {
    if (value.includes("\u0000") || !value.isWellFormed())
      out.push({ path, message: "Contains characters that cannot be stored (U+0000 or a broken character)" });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorable(item, `${path}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) unstorable(item, `${path}.${key}`, out);
  }
  return out;
}

export interface ImportResult {
  draftVersion: number;
  basedOnVersion: number;
  replaced: boolean;
}

/**
 * Makes a playbook file the organisation's draft, started from the current version. Every problem of
 * the file is reported with its JSON path and nothing is written; an existing draft is replaced only
 * when the admin said so.
 */
export async function importPlaybookDraft(actor: Actor, input: TImportPlaybookDraft): Promise<ImportResult> {
  requirePermission(actor, "playbook:edit");
  if (input.organizationId !== actor.organizationId) throw notFound("The organisation");
  const parsed = parsePlaybookJson(input.json);
  const problems = parsed.ok ? unstorable(parsed.document, "$", []) : parsed.problems;
  if (!parsed.ok || problems.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      `The playbook has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}. Nothing was imported.`,
      { json: problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`) },
      { problems },
    );
  }
  const document = parsed.document as PlaybookDocument;
  return getDb().$transaction(async (tx) => {
    const [existing] = await tx.$queryRaw<{ version: number }[]>`
      SELECT "version" FROM "PlaybookDraft" WHERE "organizationId" = ${actor.organizationId} FOR UPDATE`;
    if (existing && !input.replaceDraft) {
      throw new AppError("INVALID_INPUT", "Your organisation already has a playbook draft.", {
        replaceDraft: ["A draft exists: tick “Replace the current draft” to replace it with this file, or edit the draft instead"],
      });
    }
    const current = await currentPlaybook(tx, actor.organizationId);
    const data = { basedOnVersion: current.version, document: document as unknown as Prisma.InputJsonValue, updatedById: actor.userId };
    const draft = existing
      ? await tx.playbookDraft.update({ where: { organizationId: actor.organizationId }, data: { ...data, version: { increment: 1 } } })
      : await tx.playbookDraft.create({ data: { ...data, organizationId: actor.organizationId, version: 1 } });
    const diff = diffPlaybooks(await readPlaybookDocument(tx, current.id), document);
    await afterOrganizationChange(tx, actor, {
      entityType: "Playbook",
      entityId: current.id,
      action: "playbook.draft-imported",
      after: {
        basedOnVersion: current.version,
        replacedDraft: Boolean(existing),
        clauses: { added: diff.counts.clauses.added, retired: diff.counts.clauses.retired, changed: diff.counts.clauses.changed },
      },
    });
    return { draftVersion: draft.version, basedOnVersion: current.version, replaced: Boolean(existing) };
  });
}
