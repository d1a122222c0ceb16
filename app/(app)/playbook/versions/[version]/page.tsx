import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlaybookDiffView } from "@/components/playbook/diff-view";
import { PlaybookBody } from "@/components/playbook/playbook-view";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/format/dates";
import { getPlaybook } from "@/lib/services/playbook";
import { orNotFound } from "@/lib/or-not-found";
import { diffWithPreviousVersion, getPlaybookVersion } from "@/lib/services/playbook-versions";
import { ZPlaybookVersionParam } from "@/lib/validation/playbook-versions";

export async function generateMetadata({ params }: { params: Promise<{ version: string }> }): Promise<Metadata> {
  return { title: `Playbook version ${(await params).version}` };
}

function Tabs({ version, changes, hasPrevious }: { version: number; changes: boolean; hasPrevious: boolean }) {
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-50 text-brand-700 ring-1 ring-inset ring-brand-600/20" : "text-slate-700 hover:bg-slate-100"}`;
  return (
    <nav aria-label="Version views" className="mb-6 flex flex-wrap gap-2">
      <Link href={`/playbook/versions/${version}`} className={tab(!changes)} aria-current={!changes ? "page" : undefined}>
        The whole version
      </Link>
      {hasPrevious && (
        <Link href={`/playbook/versions/${version}?view=changes`} className={tab(changes)} aria-current={changes ? "page" : undefined}>
          Compare with version {version - 1}
        </Link>
      )}
    </nav>
  );
}

export default async function PlaybookVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ version: string }>;
  searchParams: Promise<{ view?: string }>;
}) {
  const actor = await requireActor();
  const parsed = ZPlaybookVersionParam.safeParse((await params).version);
  if (!parsed.success) notFound();
  const summary = await orNotFound(getPlaybookVersion(actor, parsed.data));
  const changes = (await searchParams).view === "changes";
  const compared = changes ? await diffWithPreviousVersion(actor, summary.version) : null;
  const playbook = changes ? null : await getPlaybook(actor, summary.id);
  const hasPrevious = summary.version > 1;
  return (
    <>
      <PageHeader
        eyebrow={
          <span className="inline-flex items-center gap-2">
            <Link href="/playbook/versions" className="underline">
              Versions
            </Link>
            <span aria-hidden="true">›</span> Version {summary.version}
            {summary.isCurrent && <Badge tone="good">Current</Badge>}
          </span>
        }
        title={summary.name}
        description={`Published ${formatDateTime(summary.publishedAt)}${summary.publishedBy ? ` by ${summary.publishedBy}` : ""}. ${summary.dealCount === 1 ? "1 deal works" : `${summary.dealCount} deals work`} from it.`}
        actions={
          <ButtonLink href={`/playbook/versions/${summary.version}/export`} variant="secondary" download>
            Download JSON
          </ButtonLink>
        }
      />
      {summary.changeSummary && (
        <Card className="mb-6 p-5">
          <h2 className="text-sm font-semibold text-slate-900">What changed and why</h2>
          <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-700" data-testid="change-summary">
            {summary.changeSummary}
          </p>
        </Card>
      )}
      <Tabs version={summary.version} changes={changes} hasPrevious={hasPrevious} />
      {changes ? (
        compared ? (
          <PlaybookDiffView diff={compared.diff} />
        ) : (
          <Card className="p-5">
            <p className="text-sm text-slate-700">Version {summary.version} is the first version: there is nothing to compare it with.</p>
          </Card>
        )
      ) : (
        playbook && <PlaybookBody playbook={playbook} />
      )}
    </>
  );
}
