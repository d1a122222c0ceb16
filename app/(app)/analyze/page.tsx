import type { Metadata } from "next";
import { AnalyzeText } from "@/components/analyze/analyze-text";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { MAX_VENDOR_TEXT } from "@/lib/validation/deal-clause";

export const metadata: Metadata = { title: "Analyse text" };

/** Quick checks outside any deal: the draft workbench's engine on pasted text, against the current playbook. Nothing is saved. */
export default async function AnalyzePage() {
  await requireActor();
  return (
    <>
      <PageHeader
        title="Analyse text"
        description="Paste a vendor's clause, email or draft. Each passage is read against your organisation's current playbook: risky wording and vendor pitches are highlighted with the counter, each passage shows the clauses it touches, and you see what the text is silent on. Nothing is saved."
      />
      <AnalyzeText maxLength={MAX_VENDOR_TEXT} />
    </>
  );
}
