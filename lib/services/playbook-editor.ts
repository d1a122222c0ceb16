import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import * as edits from "@/lib/playbook/draft-edits";
import type { PlaybookDocument } from "@/lib/playbook/format";
import type {
  TAddDraftClause,
  TAddDraftPitch,
  TAddDraftScenario,
  TAddDraftStep,
  TDiscardPlaybookDraft,
  TDraftItemRef,
  TMoveDraftItem,
  TStartPlaybookDraft,
  TUpdateDraftClause,
  TUpdateDraftPitch,
  TUpdateDraftScenario,
  TUpdateDraftSection,
  TUpdateDraftStep,
} from "@/lib/validation/playbook-editor";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";
import { currentPlaybook, getPlaybookDraft, lockDraftForEdit, staleDraft, writeDraft, type PlaybookDraftDto } from "./playbook-draft";

type Tx = Prisma.TransactionClient;

// The playbook editor (/playbook/edit): one function per edit of the organisation's draft. Each
// locks the draft row, refuses a form that read an older draft version, applies one pure edit
// (lib/playbook/draft-edits.ts), writes the document back and audits the item before and after, in
// one transaction. Publishing the draft as a version is lib/services/playbook-publish (not here).

export interface PlaybookEditorDto {
  organizationId: string;
  /** The organisation's current published version: what a new draft starts from. */
  currentVersion: number;
  draft: PlaybookDraftDto | null;
}

export interface DraftEditResult {
  draftVersion: number;
  /** The key of the item edited (of a new one: the key it was given). */
  key: string | null;
}

export async function getPlaybookEditor(actor: Actor): Promise<PlaybookEditorDto> {
  requirePermission(actor, "playbook:edit");
  const current = await currentPlaybook(getDb(), actor.organizationId);
  return { organizationId: actor.organizationId, currentVersion: current.version, draft: await getPlaybookDraft(actor) };
}

/** A form names its organisation: one opened before switching organisations is not this organisation's form. */
function requireOwnForm(actor: Actor, organizationId: string) {
  requirePermission(actor, "playbook:edit");
  if (organizationId !== actor.organizationId) throw notFound("The playbook draft");
}

const noDraft = () =>
  new AppError(
    "CONFLICT",
    "There is no playbook draft any more: someone published or discarded it. Reload to start a new draft, then apply your change again.",
  );

/** Starts the organisation's draft as a copy of its current version. */
export async function startPlaybookDraft(actor: Actor, input: TStartPlaybookDraft): Promise<DraftEditResult> {
  requireOwnForm(actor, input.organizationId);
  return getDb().$transaction(async (tx) => {
    const draft = await lockDraftForEdit(tx, actor, null);
    if (!draft.created) throw new AppError("CONFLICT", "Someone else started a draft meanwhile. Reload to work on it.");
    await afterOrganizationChange(tx, actor, {
      entityType: "PlaybookDraft",
      entityId: actor.organizationId,
      action: "playbook.draft-started",
      after: { basedOnVersion: draft.basedOnVersion },
    });
    return { draftVersion: draft.version, key: null };
  });
}

/** Throws the draft away: the published versions are untouched. */
export async function discardPlaybookDraft(actor: Actor, input: TDiscardPlaybookDraft): Promise<DraftEditResult> {
  requireOwnForm(actor, input.organizationId);
  return getDb().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ version: number; basedOnVersion: number }[]>`
      SELECT "version", "basedOnVersion" FROM "PlaybookDraft" WHERE "organizationId" = ${actor.organizationId} FOR UPDATE`;
    if (!row) throw notFound("The playbook draft");
    if (row.version !== input.draftVersion) throw staleDraft(row.version);
    await tx.playbookDraft.delete({ where: { organizationId: actor.organizationId } });
    await afterOrganizationChange(tx, actor, {
      entityType: "PlaybookDraft",
      entityId: actor.organizationId,
      action: "playbook.draft-discarded",
      before: { basedOnVersion: row.basedOnVersion, draftVersion: row.version },
    });
    return { draftVersion: row.version, key: null };
  });
}

const WHAT: Record<string, string> = { clause: "The clause", scenario: "The scenario", pitch: "The pitch", step: "The process step", section: "The section" };

/**
 * One edit of the draft: lock it (a stale version is CONFLICT), apply `edit`, write, audit. A
 * problem of the edit is the form's field error (an item that is not in the draft: NOT_FOUND), and
 * nothing is written.
 */
async function editDraft<T>(
  actor: Actor,
  input: { organizationId: string; draftVersion: number },
  audit: { action: string; what: keyof typeof WHAT },
  edit: (document: PlaybookDocument) => edits.DraftEdit<T>,
): Promise<DraftEditResult> {
  requireOwnForm(actor, input.organizationId);
  return getDb().$transaction(async (tx: Tx) => {
    const draft = await lockDraftForEdit(tx, actor, input.draftVersion);
    // lockDraftForEdit starts a draft when there is none; an edit needs the draft its form was read from.
    if (draft.created) throw noDraft();
    const result = edit(draft.document);
    if (!result.ok) {
      if (result.problem.missing) throw notFound(WHAT[audit.what]);
      throw invalidField(result.problem.field, result.problem.message);
    }
    const draftVersion = await writeDraft(tx, actor, result.document);
    await afterOrganizationChange(tx, actor, {
      entityType: "PlaybookDraft",
      entityId: actor.organizationId,
      action: audit.action,
      before: result.before ?? undefined,
      after: result.after ?? undefined,
    });
    const item = (result.after ?? result.before) as { key?: unknown } | null;
    return { draftVersion, key: typeof item?.key === "string" ? item.key : null };
  });
}

const clauseFields = ({ organizationId: _o, draftVersion: _v, key: _k, ...fields }: TUpdateDraftClause | TAddDraftClause) => fields;

export const updateDraftClause = (actor: Actor, input: TUpdateDraftClause) =>
  editDraft(actor, input, { action: "playbook.draft-clause-updated", what: "clause" }, (doc) => edits.updateClause(doc, input.key, clauseFields(input)));

export const addDraftClause = (actor: Actor, input: TAddDraftClause) =>
  editDraft(actor, input, { action: "playbook.draft-clause-added", what: "clause" }, (doc) => edits.addClause(doc, { ...clauseFields(input), key: input.key }));

export const retireDraftClause = (actor: Actor, input: TDraftItemRef) =>
  editDraft(actor, input, { action: "playbook.draft-clause-retired", what: "clause" }, (doc) => edits.retireClause(doc, input.key));

export const moveDraftClause = (actor: Actor, input: TMoveDraftItem) =>
  editDraft(actor, input, { action: "playbook.draft-clause-moved", what: "clause" }, (doc) => edits.moveClause(doc, input.key, input.direction));

export const updateDraftSection = (actor: Actor, input: TUpdateDraftSection) =>
  editDraft(actor, input, { action: "playbook.draft-section-updated", what: "section" }, (doc) =>
    edits.updateSection(doc, input.sectionKey, { title: input.title, summary: input.summary }),
  );

const scenarioFields = ({ title, story, whatWentWrong, ifUncovered }: TUpdateDraftScenario | TAddDraftScenario) => ({
  title,
  story,
  whatWentWrong,
  ifUncovered,
});

export const addDraftScenario = (actor: Actor, input: TAddDraftScenario) =>
  editDraft(actor, input, { action: "playbook.draft-scenario-added", what: "scenario" }, (doc) =>
    edits.addScenario(doc, { ...scenarioFields(input), key: input.key }),
  );

export const updateDraftScenario = (actor: Actor, input: TUpdateDraftScenario) =>
  editDraft(actor, input, { action: "playbook.draft-scenario-updated", what: "scenario" }, (doc) =>
    edits.updateScenario(doc, input.key, scenarioFields(input)),
  );

export const removeDraftScenario = (actor: Actor, input: TDraftItemRef) =>
  editDraft(actor, input, { action: "playbook.draft-scenario-removed", what: "scenario" }, (doc) => edits.removeScenario(doc, input.key));

const pitchFields = ({ quote, danger, counter, section, phrases }: TUpdateDraftPitch | TAddDraftPitch) => ({ quote, danger, counter, section, phrases });

export const addDraftPitch = (actor: Actor, input: TAddDraftPitch) =>
  editDraft(actor, input, { action: "playbook.draft-pitch-added", what: "pitch" }, (doc) => edits.addPitch(doc, { ...pitchFields(input), key: input.key }));

export const updateDraftPitch = (actor: Actor, input: TUpdateDraftPitch) =>
  editDraft(actor, input, { action: "playbook.draft-pitch-updated", what: "pitch" }, (doc) => edits.updatePitch(doc, input.key, pitchFields(input)));

export const removeDraftPitch = (actor: Actor, input: TDraftItemRef) =>
  editDraft(actor, input, { action: "playbook.draft-pitch-removed", what: "pitch" }, (doc) => edits.removePitch(doc, input.key));

const stepFields = ({ title, detail }: TUpdateDraftStep | TAddDraftStep) => ({ title, detail });

export const addDraftStep = (actor: Actor, input: TAddDraftStep) =>
  editDraft(actor, input, { action: "playbook.draft-step-added", what: "step" }, (doc) => edits.addStep(doc, { ...stepFields(input), key: input.key }));

export const updateDraftStep = (actor: Actor, input: TUpdateDraftStep) =>
  editDraft(actor, input, { action: "playbook.draft-step-updated", what: "step" }, (doc) => edits.updateStep(doc, input.key, stepFields(input)));

export const removeDraftStep = (actor: Actor, input: TDraftItemRef) =>
  editDraft(actor, input, { action: "playbook.draft-step-removed", what: "step" }, (doc) => edits.removeStep(doc, input.key));

export const moveDraftStep = (actor: Actor, input: TMoveDraftItem) =>
  editDraft(actor, input, { action: "playbook.draft-step-moved", what: "step" }, (doc) => edits.moveStep(doc, input.key, input.direction));
