import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ImportForm } from "@/components/playbook/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPlaybookDraft } from "@/lib/services/playbook-draft";

export const metadata: Metadata = { title: "Import a playbook" };

export default async function ImportPlaybookPage() {
  const actor = await requireActor();
  if (!can(actor.role, "playbook:edit")) {
    return <NotAllowed actor={actor} title="Import a playbook" permission="playbook:edit" what="import a playbook" />;
  }
  const draft = await getPlaybookDraft(actor);
  return (
    <>
      <PageHeader
        eyebrow="Playbook"
        title="Import a playbook"
        description="A playbook file becomes your organisation's draft, started from the current version. Nothing is published yet: you see the changes against the current version first."
      />
      <div className="grid max-w-5xl gap-6 lg:grid-cols-[1fr_18rem]">
        <Card className="p-5">
          <ImportForm organizationId={actor.organizationId} hasDraft={draft !== null} />
        </Card>
        <aside className="space-y-2 text-sm text-slate-700">
          <h2 className="font-semibold text-slate-900">The file format</h2>
          <p>
            JSON, format <code className="text-xs">dealplaybook.playbook</code> version 1: the seven sections, then clauses, failure scenarios, vendor pitches
            and process steps, each with a stable key.
          </p>
          <p>
            Start from an export: every version has a{" "}
            <Link href="/playbook/versions" className="text-brand-700 underline">
              Download JSON
            </Link>{" "}
            link. The JSON Schema is at{" "}
            <a href="/api/v1/schemas/playbook.json" className="break-all text-brand-700 underline">
              /api/v1/schemas/playbook.json
            </a>
            .
          </p>
          <p>A file with any problem is not imported; each problem is listed with its place in the file.</p>
        </aside>
      </div>
    </>
  );
}
