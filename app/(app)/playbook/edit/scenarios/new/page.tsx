import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { KEY_FIELD, SCENARIO_FIELDS } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Add a scenario" };

export default async function NewDraftScenarioPage() {
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Add a scenario" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Add a scenario" />;
  return (
    <>
      <PageHeader eyebrow="Playbook draft" title="Add a failure scenario" description="Then tick it on the clauses that defend against it." />
      <DraftItemForm
        kind="add scenario"
        hidden={{ organizationId, draftVersion: draft.version }}
        fields={[SCENARIO_FIELDS[0], KEY_FIELD, ...SCENARIO_FIELDS.slice(1)]}
        values={{}}
        submitLabel="Add the scenario"
        anchor="scenario-"
      />
    </>
  );
}
