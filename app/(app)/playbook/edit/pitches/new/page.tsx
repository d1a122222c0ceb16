import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { KEY_FIELD, pitchFields } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Add a pitch" };

export default async function NewDraftPitchPage() {
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Add a pitch" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Add a pitch" />;
  const fields = pitchFields(draft.document.sections);
  return (
    <>
      <PageHeader eyebrow="Playbook draft" title="Add a vendor pitch" description="Then tick it on the clauses that counter it." />
      <DraftItemForm
        kind="add pitch"
        hidden={{ organizationId, draftVersion: draft.version }}
        fields={[fields[0], KEY_FIELD, ...fields.slice(1)]}
        values={{ section: draft.document.sections[0].key }}
        submitLabel="Add the pitch"
        anchor="pitch-"
      />
    </>
  );
}
