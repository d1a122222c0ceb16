import { getDb } from "@/lib/db";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookDocument } from "@/lib/playbook/format";
import { createPlaybookVersion } from "@/lib/playbook/store";

// Playbook versions for tests of deals on different versions side by side.

export const ADDED_SCENARIO = "data-residency-breach";
export const RETIRED_SCENARIO = "vendor-collapse";

/** The default playbook with RETIRED_SCENARIO retired and ADDED_SCENARIO added (defended by the self-host option). */
export function scenarioSwappedPlaybook(): PlaybookDocument {
  const doc = structuredClone(DEFAULT_PLAYBOOK);
  doc.scenarios = doc.scenarios.filter((s) => s.key !== RETIRED_SCENARIO);
  doc.scenarios.push({
    key: ADDED_SCENARIO,
    title: "Data leaves the jurisdiction",
    story: "The vendor moved inference to another region overnight.",
    whatWentWrong: "Nothing in the contract pinned where the model runs.",
    ifUncovered: "If the vendor moves the model abroad tomorrow, nothing stops it.",
    source: "",
  });
  for (const c of doc.clauses) {
    c.defends = c.defends.filter((k) => k !== RETIRED_SCENARIO);
    if (c.key === "self-host-option") c.defends.push(ADDED_SCENARIO);
  }
  return doc;
}

/** Publishes `doc` as the organisation's version `version` (it becomes the current one). */
export async function publishVersion(organizationId: string, version: number, doc: PlaybookDocument) {
  await getDb().$transaction((tx) => createPlaybookVersion(tx, doc, { organizationId, version, changeSummary: `Version ${version}` }));
}
