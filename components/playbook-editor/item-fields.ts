import type { PlaybookDocument } from "@/lib/playbook/format";
import type { DraftItemField } from "./draft-item-form";

// The fields of the draft's scenarios, pitches, process steps and sections, as their forms show them.

export const KEY_FIELD: DraftItemField = {
  name: "key",
  label: "Key (optional)",
  kind: "input",
  maxLength: 80,
  code: true,
  hint: "Deals and the portfolio refer to it by its key. Leave empty to make one from the title.",
};

export const SCENARIO_FIELDS: DraftItemField[] = [
  { name: "title", label: "Title", kind: "input", maxLength: 200 },
  { name: "story", label: "The story", kind: "textarea", rows: 4, hint: "What happened to an enterprise that signed without the defending clauses." },
  { name: "whatWentWrong", label: "What went wrong", kind: "textarea", rows: 3 },
  {
    name: "ifUncovered",
    label: "Warning while uncovered",
    kind: "textarea",
    rows: 2,
    maxLength: 1000,
    hint: "How a CIO reads it on a deal that does not cover it.",
  },
];

export function pitchFields(sections: PlaybookDocument["sections"]): DraftItemField[] {
  return [
    { name: "quote", label: "The pitch, as a vendor says it", kind: "textarea", rows: 2, maxLength: 1000 },
    { name: "danger", label: "The danger", kind: "textarea", rows: 3 },
    { name: "counter", label: "The counter", kind: "textarea", rows: 3 },
    { name: "section", label: "Section it hits hardest", kind: "select", options: sections.map((s) => ({ value: s.key, label: s.title })) },
    {
      name: "phrases",
      label: "Phrases that recognise it",
      kind: "textarea",
      rows: 5,
      code: true,
      hint: "One per line, matched as whole words regardless of case in what a vendor writes or says.",
    },
  ];
}

export const STEP_FIELDS: DraftItemField[] = [
  { name: "title", label: "Title", kind: "input", maxLength: 200 },
  { name: "detail", label: "What to do", kind: "textarea", rows: 4 },
];

export const SECTION_FIELDS: DraftItemField[] = [
  { name: "title", label: "Title", kind: "input", maxLength: 200 },
  { name: "summary", label: "Summary", kind: "textarea", rows: 4 },
];
