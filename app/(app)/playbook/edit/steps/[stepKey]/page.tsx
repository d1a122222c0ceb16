import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { STEP_FIELDS } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Edit a process step" };

export default async function EditDraftStepPage({ params }: { params: Promise<{ stepKey: string }> }) {
  const { stepKey: key } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Edit a process step" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Edit a process step" />;
  const step = draft.document.steps.find((s) => s.key === key);
  if (!step) notFound();
  return (
    <>
      <PageHeader eyebrow={`Playbook draft · ${step.key}`} title={step.title} />
      <DraftItemForm
        kind="update step"
        hidden={{ organizationId, draftVersion: draft.version, key: step.key }}
        fields={STEP_FIELDS}
        values={step}
        submitLabel="Save the step"
        anchor="step-"
      />
    </>
  );
}
