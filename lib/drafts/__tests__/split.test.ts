import { describe, expect, it } from "vitest";
import { splitPassages } from "../split";
import type { PassageKind, SourceParagraph } from "../types";

const para = (text: string, kind: PassageKind = "paragraph", renderedNumber?: string): SourceParagraph => ({
  text,
  kind,
  sourceIndex: null,
  ...(renderedNumber ? { renderedNumber } : {}),
});
const split = (...lines: (string | SourceParagraph)[]) =>
  splitPassages(lines.map((l) => (typeof l === "string" ? para(l) : l))).map((p) => ({ number: p.number, heading: p.heading, kind: p.kind, text: p.text }));

describe("splitPassages", () => {
  it("numbers sections and sub-clauses and puts them under their section's title", () => {
    expect(
      split(
        "4. Escrow",
        "4.1 The Supplier deposits the weights.",
        "4.2.1 Deposits are refreshed quarterly.",
        "(a) on insolvency;",
        "(iv) on a change of control.",
      ),
    ).toEqual([
      { number: "4", heading: "", kind: "heading", text: "4. Escrow" },
      { number: "4.1", heading: "Escrow", kind: "paragraph", text: "4.1 The Supplier deposits the weights." },
      { number: "4.2.1", heading: "Escrow", kind: "paragraph", text: "4.2.1 Deposits are refreshed quarterly." },
      { number: "(a)", heading: "Escrow", kind: "paragraph", text: "(a) on insolvency;" },
      { number: "(iv)", heading: "Escrow", kind: "paragraph", text: "(iv) on a change of control." },
    ]);
  });

  it("recognises Section, Schedule and Article numbers, with or without a title", () => {
    expect(
      split("Section 7 Termination", "Schedule 2 – Service Levels", "The Supplier keeps the API up.", "Article IV", "The licence is perpetual.").map((p) => [
        p.number,
        p.kind,
        p.heading,
      ]),
    ).toEqual([
      ["Section 7", "heading", ""],
      ["Schedule 2", "heading", ""],
      ["", "paragraph", "Service Levels"],
      ["Article IV", "heading", ""],
      ["", "paragraph", "Article IV"],
    ]);
  });

  it("takes ALL CAPS titles and Title Case numbered titles as headings, clauses as clauses", () => {
    expect(split("DEFINITIONS", "4.2 Release Events", "4.3 The Supplier keeps the weights", "5 Hosting").map((p) => [p.number, p.kind])).toEqual([
      ["", "heading"],
      ["4.2", "heading"],
      ["4.3", "paragraph"],
      ["5", "heading"],
    ]);
  });

  it("does not read a sentence that starts with a figure as a clause number", () => {
    expect(split("30 days notice is required.")[0].number).toBe("");
    expect(split("2026 was the first year.")[0].number).toBe("");
  });

  it("keeps defined-term paragraphs as passages under Definitions", () => {
    expect(split("1. Definitions", "“Model” means the trained model, including its weights.", '"Customer Data" means all data the Customer provides.')).toEqual(
      [
        { number: "1", heading: "", kind: "heading", text: "1. Definitions" },
        { number: "", heading: "Definitions", kind: "paragraph", text: "“Model” means the trained model, including its weights." },
        { number: "", heading: "Definitions", kind: "paragraph", text: '"Customer Data" means all data the Customer provides.' },
      ],
    );
  });

  it("keeps a very long unnumbered paragraph as one passage", () => {
    const long = "The Supplier shall host the model and keep it available. ".repeat(200).trim();
    expect(split(long)).toEqual([{ number: "", heading: "", kind: "paragraph", text: long }]);
  });

  it("uses a DOCX's rendered list number and heading style, and keeps list items and table cells as they are", () => {
    expect(
      split(
        para("Escrow", "heading", "4."),
        para("The Supplier deposits the weights.", "list-item", "4.1"),
        para("first item", "list-item", "(i)"),
        para("EXIT FEE", "table-cell"),
        para("none", "table-cell"),
      ),
    ).toEqual([
      { number: "4", heading: "", kind: "heading", text: "Escrow" },
      { number: "4.1", heading: "Escrow", kind: "list-item", text: "The Supplier deposits the weights." },
      { number: "(i)", heading: "Escrow", kind: "list-item", text: "first item" },
      { number: "", heading: "Escrow", kind: "table-cell", text: "EXIT FEE" },
      { number: "", heading: "Escrow", kind: "table-cell", text: "none" },
    ]);
  });
});
