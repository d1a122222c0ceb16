import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABEL } from "@/components/layout/role-label";
import { requireActor } from "@/lib/auth/actor";
import { getPlaybook } from "@/lib/services/playbook";

const ROLE_INTRO: Record<string, string> = {
  NEGOTIATOR: "Work your deals through each IP layer and log every vendor response against the playbook.",
  CIO: "Decide which deals are ready to sign: readiness, blockers and failure-scenario coverage.",
  MANAGER: "Watch every AI deal of the organisation: stages, readiness and value exposed to lock-in.",
  ADMIN: "Run the workspace: people, roles and the organisation's playbook.",
  VIEWER: "Read the playbook and follow the deals; you cannot change anything.",
};

export default async function HomePage() {
  const actor = await requireActor();
  const playbook = await getPlaybook(actor);
  const clauseCount = playbook.layers.reduce((n, l) => n + l.clauses.length, 0);
  return (
    <>
      <PageHeader eyebrow={`${actor.organizationName} · ${ROLE_LABEL[actor.role]}`} title={`Welcome, ${actor.name.split(" ")[0]}`} description={ROLE_INTRO[actor.role]} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <EmptyState
            title="No deals yet"
            description="Deals you negotiate will appear here with their readiness and next actions."
            action={<ButtonLink href="/playbook" variant="secondary">Read the playbook first</ButtonLink>}
          />
        </div>
        <Card className="p-5">
          <h2 className="text-sm font-semibold text-slate-900">Your playbook</h2>
          <p className="mt-1 text-sm text-slate-600">
            {playbook.name}, version {playbook.version}: {clauseCount} clauses, {playbook.pitches.length} vendor pitches,{" "}
            {playbook.scenarios.length} failure scenarios.
          </p>
          <ul className="mt-4 space-y-1 text-sm">
            {playbook.layers.map((layer) => (
              <li key={layer.key}>
                <Link className="text-brand-600 hover:underline" href={`/playbook#layer-${layer.key}`}>
                  {layer.title}
                </Link>{" "}
                <span className="text-slate-400">· {layer.clauses.length}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
