import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftItemForm } from "@/components/playbook-editor/draft-item-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";
import { SECTION_FIELDS } from "@/components/playbook-editor/item-fields";

export const metadata: Metadata = { title: "Edit a section" };

export default async function EditDraftSectionPage({ params }: { params: Promise<{ sectionKey: string }> }) {
  const { sectionKey: key } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Edit a section" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Edit a section" />;
  const section = draft.document.sections.find((s) => s.key === key);
  if (!section) notFound();
  return (
    <>
      <PageHeader eyebrow="Playbook draft" title={`Section: ${section.title}`} description="The seven sections are fixed; their title and summary are yours." />
      <DraftItemForm
        kind="update section"
        hidden={{ organizationId, draftVersion: draft.version, sectionKey: section.key }}
        fields={SECTION_FIELDS}
        values={section}
        submitLabel="Save the section"
        anchor="section-"
      />
    </>
  );
}
