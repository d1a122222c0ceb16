import { describe, expect, it } from "vitest";
import { VENDOR_KEY_EXAMPLES } from "@/lib/test/vendor-name-examples";
import { editDistance, nearDuplicate, nearDuplicatePairs, normalizeVendorName, splitLegalSuffix, tidyVendorName } from "@/lib/domain/vendor-names";

describe("normalizeVendorName (the exact key)", () => {
  it.each(VENDOR_KEY_EXAMPLES)("%j → %j", (name, key) => {
    expect(normalizeVendorName(name)).toBe(key);
  });

  it("leaves non-ASCII letters as they are, so SQL needs no locale (accents are a near-duplicate, not the same key)", () => {
    expect(normalizeVendorName("Acmé")).not.toBe(normalizeVendorName("Acme"));
  });

  it("tidies a name for storage without changing its letters", () => {
    expect(tidyVendorName("  Acme \u00a0 AI  Inc. ")).toBe("Acme AI Inc.");
  });
});

describe("splitLegalSuffix", () => {
  it.each([
    ["Acme AI Inc.", "acme ai", ["inc"]],
    ["Acme AI, Ltd", "acme ai", ["ltd"]],
    ["Helix Risk S.A.", "helix risk", ["sa"]],
    ["Mistral GmbH & Co. KG", "mistral", ["gmbh", "co", "kg"]],
    ["Quarry Pty Ltd", "quarry", ["ptyltd"]],
    ["Inc", "inc", []],
    ["Bluefin", "bluefin", []],
  ])("%j → core %j, suffixes %j", (name, core, suffixes) => {
    expect(splitLegalSuffix(name)).toEqual({ core, suffixes });
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("anthropic", "anthropix")).toBe(1);
    expect(editDistance("northstar", "nortstarr")).toBe(2);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("gives up past the limit", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
    expect(editDistance("short", "much longer name", 2)).toBe(3);
  });
});

describe("nearDuplicate", () => {
  it.each([
    ["Acme AI", "Acme AI Inc.", "Same name apart from the legal form (“inc”)", 90],
    ["Acme AI Ltd", "Acme AI GmbH", "Same name apart from the legal form (“ltd”, “gmbh”)", 90],
    ["Société IA", "Societe IA", "Same name apart from accents or letter case", 95],
    ["Open Mind", "OpenMind", "Same name apart from spacing", 90],
    ["Acme", "Acme AI", "“acme” is the start of “acme ai”", 60],
    ["Anthropic", "Anthropix", "Names one letter apart (a typo?)", 75],
    ["Northstar Analytics", "Nortstar Analytic", "Names two letters apart (a typo?)", 65],
  ])("%j ~ %j: %s", (a, b, reason, score) => {
    expect(nearDuplicate(a, b)).toEqual({ reason, score });
    expect(nearDuplicate(b, a)?.score).toBe(score);
  });

  it.each([
    ["Acme AI", "ACME  ai"], // the same exact key: one vendor already
    ["Helix Risk", "Lumen AI Labs"],
    ["Acme", "Acne"], // typo rule needs six letters
    ["Anthropic", "Anthropolis"], // three letters apart
    ["Acme", "Acmeware"], // a prefix of a word, not of the words
    ["Inc.", "Ltd."], // nothing left once the legal form goes
  ])("%j and %j are not proposed", (a, b) => {
    expect(nearDuplicate(a, b)).toBeNull();
  });
});

describe("nearDuplicatePairs", () => {
  const vendors = [
    { id: "c", name: "Acme AI Inc." },
    { id: "a", name: "Acme AI" },
    { id: "b", name: "Helix Risk" },
  ];

  it("orders each pair by id, as the proposals table stores it", () => {
    expect(nearDuplicatePairs(vendors)).toEqual([{ vendorId: "a", otherVendorId: "c", reason: "Same name apart from the legal form (“inc”)", score: 90 }]);
  });

  it("keeps only the pairs that involve the given vendors", () => {
    expect(nearDuplicatePairs(vendors, new Set(["b"]))).toEqual([]);
    expect(nearDuplicatePairs(vendors, new Set(["c"]))).toHaveLength(1);
  });
});
