"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import * as editor from "@/lib/services/playbook-editor";
import {
  ZAddDraftClause,
  ZAddDraftPitch,
  ZAddDraftScenario,
  ZAddDraftStep,
  ZDiscardPlaybookDraft,
  ZDraftItemRef,
  ZMoveDraftItem,
  ZStartPlaybookDraft,
  ZUpdateDraftClause,
  ZUpdateDraftPitch,
  ZUpdateDraftScenario,
  ZUpdateDraftSection,
  ZUpdateDraftStep,
} from "@/lib/validation/playbook-editor";

// The playbook editor's actions (/playbook/edit and its pages), admins only (playbook:edit).

/** The service, then every editor page shows the draft as saved. */
function thenRefresh<I, T>(service: (actor: Actor, input: I) => Promise<T>) {
  return async (actor: Actor, input: I) => {
    const result = await service(actor, input);
    revalidatePath("/playbook/edit", "layout");
    return result;
  };
}

const permission = "playbook:edit";

export const startPlaybookDraft = defineAction({
  name: "startPlaybookDraft",
  permission,
  schema: ZStartPlaybookDraft,
  handler: thenRefresh(editor.startPlaybookDraft),
});
export const discardPlaybookDraft = defineAction({
  name: "discardPlaybookDraft",
  permission,
  schema: ZDiscardPlaybookDraft,
  handler: thenRefresh(editor.discardPlaybookDraft),
});

export const updateDraftClause = defineAction({
  name: "updateDraftClause",
  permission,
  schema: ZUpdateDraftClause,
  handler: thenRefresh(editor.updateDraftClause),
});
export const addDraftClause = defineAction({ name: "addDraftClause", permission, schema: ZAddDraftClause, handler: thenRefresh(editor.addDraftClause) });
export const retireDraftClause = defineAction({ name: "retireDraftClause", permission, schema: ZDraftItemRef, handler: thenRefresh(editor.retireDraftClause) });
export const moveDraftClause = defineAction({ name: "moveDraftClause", permission, schema: ZMoveDraftItem, handler: thenRefresh(editor.moveDraftClause) });
export const updateDraftSection = defineAction({
  name: "updateDraftSection",
  permission,
  schema: ZUpdateDraftSection,
  handler: thenRefresh(editor.updateDraftSection),
});

export const addDraftScenario = defineAction({
  name: "addDraftScenario",
  permission,
  schema: ZAddDraftScenario,
  handler: thenRefresh(editor.addDraftScenario),
});
export const updateDraftScenario = defineAction({
  name: "updateDraftScenario",
  permission,
  schema: ZUpdateDraftScenario,
  handler: thenRefresh(editor.updateDraftScenario),
});
export const removeDraftScenario = defineAction({
  name: "removeDraftScenario",
  permission,
  schema: ZDraftItemRef,
  handler: thenRefresh(editor.removeDraftScenario),
});

export const addDraftPitch = defineAction({ name: "addDraftPitch", permission, schema: ZAddDraftPitch, handler: thenRefresh(editor.addDraftPitch) });
export const updateDraftPitch = defineAction({
  name: "updateDraftPitch",
  permission,
  schema: ZUpdateDraftPitch,
  handler: thenRefresh(editor.updateDraftPitch),
});
export const removeDraftPitch = defineAction({ name: "removeDraftPitch", permission, schema: ZDraftItemRef, handler: thenRefresh(editor.removeDraftPitch) });

export const addDraftStep = defineAction({ name: "addDraftStep", permission, schema: ZAddDraftStep, handler: thenRefresh(editor.addDraftStep) });
export const updateDraftStep = defineAction({ name: "updateDraftStep", permission, schema: ZUpdateDraftStep, handler: thenRefresh(editor.updateDraftStep) });
export const removeDraftStep = defineAction({ name: "removeDraftStep", permission, schema: ZDraftItemRef, handler: thenRefresh(editor.removeDraftStep) });
export const moveDraftStep = defineAction({ name: "moveDraftStep", permission, schema: ZMoveDraftItem, handler: thenRefresh(editor.moveDraftStep) });
