import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** An editing page opened while there is no draft (never started, or published or discarded meanwhile). */
export function NoDraft({ title }: { title: string }) {
  return (
    <>
      <PageHeader eyebrow="Playbook draft" title={title} />
      <Card className="max-w-xl p-6" data-testid="no-draft">
        <h2 className="text-base font-semibold text-slate-900">There is no playbook draft</h2>
        <p className="mt-1 text-sm text-slate-600">
          Someone may have published or discarded it. Start a new draft from the current version to edit the playbook.
        </p>
        <ButtonLink href="/playbook/edit" variant="secondary" className="mt-5">
          Back to the playbook editor
        </ButtonLink>
      </Card>
    </>
  );
}
