import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ClauseForm } from "@/components/playbook-editor/clause-form";
import { NoDraft } from "@/components/playbook-editor/no-draft";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { LAYER_KEYS, type LayerKey } from "@/lib/domain/enums";
import { MAX_RULES_PER_CLAUSE } from "@/lib/playbook/format";
import { getPlaybookEditor } from "@/lib/services/playbook-editor";

export const metadata: Metadata = { title: "Add a clause" };

export default async function NewDraftClausePage({ searchParams }: { searchParams: Promise<{ section?: string | string[] }> }) {
  const { section } = await searchParams;
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) return <NotAllowed actor={actor} title="Add a clause" permission="playbook:edit" what="edit the playbook" />;
  const { organizationId, draft } = await getPlaybookEditor(actor);
  if (!draft) return <NoDraft title="Add a clause" />;
  const { document } = draft;
  // An unknown ?section= (or none) starts the form on the first section.
  const chosen = (LAYER_KEYS as readonly string[]).includes(String(section)) ? (section as LayerKey) : LAYER_KEYS[0];
  const sectionTitle = document.sections.find((s) => s.key === chosen)?.title ?? chosen;
  return (
    <>
      <PageHeader
        eyebrow="Playbook draft"
        title="Add a clause"
        description={`A new clause in ${sectionTitle} (you can choose another section below). New deals get it once the draft is published.`}
      />
      <ClauseForm
        organizationId={organizationId}
        draftVersion={draft.version}
        clause={null}
        section={chosen}
        sections={document.sections}
        scenarios={document.scenarios}
        pitches={document.pitches}
        maxRules={MAX_RULES_PER_CLAUSE}
      />
    </>
  );
}
