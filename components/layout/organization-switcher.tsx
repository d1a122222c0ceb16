"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { switchOrganization } from "@/lib/actions/organizations";
import type { ActorMembership } from "@/lib/auth/load-actor";

export function OrganizationSwitcher({ current, memberships }: { current: string; memberships: ActorMembership[] }) {
  const router = useRouter();
  // A refused switch changes nothing: the select stays on the current organisation.
  const { run, pending } = useActionForm(switchOrganization, { onSuccess: () => router.push("/") });
  const currentName = memberships.find((m) => m.organizationId === current)?.organizationName;
  return (
    <div className="flex min-w-0 items-center gap-2">
      {memberships.length < 2 ? (
        <div className="min-w-0 truncate text-sm">
          <span className="text-slate-600 max-sm:sr-only">Organisation </span>
          <span className="font-semibold text-slate-900" data-testid="current-organization">
            {currentName}
          </span>
        </div>
      ) : (
        <label className="flex min-w-0 items-center gap-2 text-sm">
          <span className="text-slate-600 max-sm:sr-only">Organisation</span>
          <select
            data-testid="organization-switcher"
            className="min-w-0 max-w-full rounded-md border-0 py-1.5 pl-2 pr-8 text-sm font-semibold ring-1 ring-inset ring-slate-300"
            value={current}
            disabled={pending}
            onChange={(event) => run({ organizationId: event.target.value })}
          >
            {memberships.map((m) => (
              <option key={m.organizationId} value={m.organizationId}>
                {m.organizationName}
              </option>
            ))}
          </select>
        </label>
      )}
      <Link
        href="/organizations/new"
        title="Create an organisation"
        className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-200 hover:bg-slate-50"
      >
        <span aria-hidden="true">+</span>
        <span className="max-lg:sr-only"> New organisation</span>
      </Link>
    </div>
  );
}
