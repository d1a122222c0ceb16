import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { SCENARIO_FIELDS } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Edit a scenario" };

export default async function EditDraftScenarioPage({ params }: { params: Promise<{ scenarioKey: string }> }) {
  const { scenarioKey: key } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Edit a scenario" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Edit a scenario" />;
  const scenario = draft.document.scenarios.find((s) => s.key === key);
  if (!scenario) notFound();
  return (
    <>
      <PageHeader eyebrow={`Playbook draft · ${scenario.key}`} title={scenario.title} />
      <DraftItemForm
        kind="update scenario"
        hidden={{ organizationId, draftVersion: draft.version, key: scenario.key }}
        fields={SCENARIO_FIELDS}
        values={scenario}
        submitLabel="Save the scenario"
        anchor="scenario-"
      />
    </>
  );
}
