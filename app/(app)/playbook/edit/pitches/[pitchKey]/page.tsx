import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { pitchFields } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Edit a pitch" };

export default async function EditDraftPitchPage({ params }: { params: Promise<{ pitchKey: string }> }) {
  const { pitchKey: key } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Edit a pitch" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Edit a pitch" />;
  const pitch = draft.document.pitches.find((p) => p.key === key);
  if (!pitch) notFound();
  return (
    <>
      <PageHeader eyebrow={`Playbook draft · ${pitch.key}`} title="Edit a vendor pitch" description={`“${pitch.quote}”`} />
      <DraftItemForm
        kind="update pitch"
        hidden={{ organizationId, draftVersion: draft.version, key: pitch.key }}
        fields={pitchFields(draft.document.sections)}
        values={{ ...pitch, phrases: pitch.phrases.join("\n") }}
        submitLabel="Save the pitch"
        anchor="pitch-"
      />
    </>
  );
}
