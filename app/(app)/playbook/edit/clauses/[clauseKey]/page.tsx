import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ClauseForm } from "@/components/playbook-editor/clause-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { MAX_RULES_PER_CLAUSE } from "@/lib/playbook/format";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";

export const metadata: Metadata = { title: "Edit a clause" };

export default async function EditDraftClausePage({ params }: { params: Promise<{ clauseKey: string }> }) {
  const { clauseKey: key } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Edit a clause" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Edit a clause" />;
  const { document } = draft;
  const clause = document.clauses.find((c) => c.key === key);
  if (!clause) notFound();
  return (
    <>
      <PageHeader
        eyebrow={`Playbook draft · ${clause.key}`}
        title={clause.title}
        description="Changes are saved to the draft; deals see them only after it is published and they are upgraded."
      />
      <ClauseForm
        organizationId={organizationId}
        draftVersion={draft.version}
        clause={clause}
        section={clause.section}
        sections={document.sections}
        scenarios={document.scenarios}
        pitches={document.pitches}
        maxRules={MAX_RULES_PER_CLAUSE}
      />
    </>
  );
}
