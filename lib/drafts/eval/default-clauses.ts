import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { ClauseForMapping } from "../types";
import { ORGANISATION_CLAUSES } from "./mapping-set";

/** The default playbook's clauses as the mapper reads them, plus the labelled set's organisation clauses. */
export const DEFAULT_CLAUSES: ClauseForMapping[] = [
  ...DEFAULT_PLAYBOOK.clauses.map((c) => ({
    id: c.key,
    key: c.key,
    title: c.title,
    section: c.section,
    counters: c.counters,
    priority: c.priority,
    mustHave: c.mustHave,
  })),
  ...ORGANISATION_CLAUSES.map((c) => ({
    id: c.key,
    key: c.key,
    title: c.title,
    section: "outputs",
    counters: [],
    priority: "IMPORTANT" as const,
    mustHave: c.mustHave,
  })),
];
