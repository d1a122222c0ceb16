import type { Metadata } from "next";
import { CreateOrganizationForm } from "@/components/organizations/create-organization-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { CURRENCY_OPTIONS } from "@/lib/format/currency-labels";

export const metadata: Metadata = { title: "New organisation" };

/** Any signed-in person can start an organisation of their own and becomes its admin. */
export default async function NewOrganizationPage() {
  await requireActor();
  return (
    <>
      <PageHeader
        eyebrow="Organisations"
        title="Create an organisation"
        description="A separate workspace with its own deals, members and playbook. You become its admin and can invite colleagues; your other organisations stay as they are."
      />
      <Card className="max-w-xl">
        <CardHeader title="The organisation" description="It starts with the default playbook, which its admins can adapt." />
        <CreateOrganizationForm currencies={CURRENCY_OPTIONS} defaultCurrency="USD" />
      </Card>
    </>
  );
}
