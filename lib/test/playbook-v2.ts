import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookDocument } from "@/lib/playbook/format";

// A "version 2" of the default playbook for upgrade tests (unit, integration, e2e), one change of
// each kind a deal upgrade must handle:
// - model-escrow: must-have position tightened → RECHECK ("Must-have position changed in version 2");
// - capped-renewal-pricing: priority raised to must-have → RECHECK;
// - model-documentation: only the title reworded → KEEP (wording is not a position);
// - data-residency: a new deployment & exit clause → NEW (open);
// - reuse-compensation: dropped → RETIRED;
// - process steps: document-everything dropped, record-upgrades added; the rest kept.

export const V2_ESCROW_MUST_HAVE =
  "Current weights, code, training pipeline and documentation are deposited with a neutral escrow agent within 10 business days of each release, released to the client on insolvency, ceasing to trade or failure to support the model.";

export const V2_NEW_CLAUSE_KEY = "data-residency";
export const V2_RETIRED_CLAUSE_KEY = "reuse-compensation";

export function playbookVersion2(): PlaybookDocument {
  const doc = structuredClone(DEFAULT_PLAYBOOK);
  doc.clauses = doc.clauses
    .filter((c) => c.key !== V2_RETIRED_CLAUSE_KEY)
    .map((c) => {
      if (c.key === "model-escrow") return { ...c, mustHave: V2_ESCROW_MUST_HAVE };
      if (c.key === "capped-renewal-pricing") return { ...c, priority: "MUST_HAVE" as const };
      if (c.key === "model-documentation") return { ...c, title: `${c.title} (reworded)` };
      return c;
    });
  doc.clauses.push({
    key: V2_NEW_CLAUSE_KEY,
    section: "deployment-exit",
    title: "Data and model stay in the agreed region",
    whyItMatters: "Regulators and customers ask where the data and the model are processed; a vendor that moves them silently breaks our commitments.",
    mustHave: "Training data, the model and its outputs are stored and processed only in the regions listed in the contract.",
    fallback: "Processing outside the listed regions only with the client's prior written consent.",
    walkAway: "The vendor may move data or the model to any region at its discretion.",
    sampleLanguage: null,
    priority: "IMPORTANT",
    defends: [],
    counters: [],
    rules: [],
    source: "Playbook addition (upgrade test)",
  });
  doc.steps = [
    ...doc.steps.filter((s) => s.key !== "document-everything"),
    {
      key: "record-upgrades",
      title: "Record playbook upgrades",
      detail: "Note in the deal why it moved to a newer playbook version.",
      source: "Playbook addition (upgrade test)",
    },
  ];
  return doc;
}
