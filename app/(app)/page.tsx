import Link from "next/link";
import { MyDeals } from "@/components/home/my-deals";
import { MyOpenClauses } from "@/components/home/my-open-clauses";
import { ReviewQueue } from "@/components/home/review-queue";
import { StageSummary } from "@/components/home/stage-summary";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { getMyDeals, getMyOpenClauses, getStageCounts } from "@/lib/services/home";
import { getPlaybook } from "@/lib/services/playbook";
import { getReviewQueue } from "@/lib/services/review-queue";

const ROLE_INTRO: Record<string, string> = {
  NEGOTIATOR: "Work your deals through each IP layer and log every vendor response against the playbook.",
  CIO: "Decide which deals are ready to sign: readiness, blockers and failure-scenario coverage.",
  MANAGER: "Watch every AI deal of the organisation: stages, readiness and value exposed to lock-in.",
  ADMIN: "Run the workspace: people, roles and the organisation's playbook.",
  VIEWER: "Read the playbook and follow the deals; you cannot change anything.",
};

export default async function HomePage() {
  const actor = await requireActor();
  const showQueue = actor.role === "CIO" || actor.role === "ADMIN";
  const showMine = actor.role === "NEGOTIATOR" || actor.role === "ADMIN";
  const [queue, mine, openClauses, counts, playbook] = await Promise.all([
    showQueue ? getReviewQueue(actor) : null,
    showMine ? getMyDeals(actor) : null,
    getMyOpenClauses(actor),
    getStageCounts(actor),
    getPlaybook(actor),
  ]);
  const now = new Date();
  const clauseCount = playbook.layers.reduce((n, l) => n + l.clauses.length, 0);
  return (
    <>
      <PageHeader
        eyebrow={`${actor.organizationName} · ${ROLE_LABEL[actor.role]}`}
        title={`Welcome, ${actor.name.split(" ")[0]}`}
        description={ROLE_INTRO[actor.role]}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        {/* min-w-0: a grid column otherwise grows to its widest table, and the page scrolls sideways on a phone. */}
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {/* Work waiting for the reader comes first; an empty list goes below the rest. */}
          {openClauses.length > 0 && <MyOpenClauses clauses={openClauses} now={now} />}
          {queue && <ReviewQueue items={queue} />}
          {mine && <MyDeals deals={mine} canCreate={can(actor.role, "deal:create")} />}
          {!queue && !mine && <StageSummary counts={counts} />}
          {openClauses.length === 0 && <MyOpenClauses clauses={openClauses} now={now} />}
        </div>
        <div className="min-w-0 space-y-6">
          {(queue || mine) && <StageSummary counts={counts} />}
          <Card className="p-5">
            <h2 className="text-sm font-semibold text-slate-900">Your playbook</h2>
            <p className="mt-1 text-sm text-slate-600">
              {playbook.name}, version {playbook.version}: {clauseCount} clauses, {playbook.pitches.length} vendor pitches, {playbook.scenarios.length} failure
              scenarios.
            </p>
            <ul className="mt-4 space-y-1 text-sm">
              {playbook.layers.map((layer) => (
                <li key={layer.key}>
                  <Link className="text-brand-600 hover:underline" href={`/playbook#layer-${layer.key}`}>
                    {layer.title}
                  </Link>{" "}
                  <span className="text-slate-600">· {layer.clauses.length}</span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
