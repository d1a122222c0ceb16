import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { SettingsForm } from "@/components/admin/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { CURRENCY_OPTIONS } from "@/lib/format/currency-labels";
import { getOrganizationSettings, ssoProviderOptions } from "@/lib/services/organizations";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganizationSettingsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "organization:settings")) {
    return <NotAllowed actor={actor} title="Settings" permission="organization:settings" what="change the organisation's settings" />;
  }
  const settings = await getOrganizationSettings(actor);
  const providers = ssoProviderOptions();
  // A linked provider the deployment no longer configures stays selectable, so saving other fields keeps it.
  if (settings.ssoProviderId && !providers.some((p) => p.id === settings.ssoProviderId)) {
    providers.push({ id: settings.ssoProviderId, name: `${settings.ssoProviderId} (no longer configured)` });
  }
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Settings"
        description={`How ${settings.name} appears, the currency new deals start in, and how its members sign in.`}
      />
      <div className="max-w-4xl">
        <SettingsForm settings={settings} currencies={CURRENCY_OPTIONS} providers={providers} />
      </div>
    </>
  );
}
