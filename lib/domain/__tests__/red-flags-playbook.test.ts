import { describe, expect, it } from "vitest";
import { detectRedFlags, pitchKeysOf, type PlaybookPitchText } from "@/lib/domain/red-flags";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";

// Pitches read as the deal's playbook says: its danger and counter, its own pitches' phrases, and
// nothing of a pitch the playbook does not have. Worked examples.

const defaults: PlaybookPitchText[] = DEFAULT_PLAYBOOK.pitches.map((p) => ({ ...p }));
const pitch = (key: string) => defaults.find((p) => p.key === key)!;

/** The default playbook with one pitch an admin added, recognised by phrases only. */
const RESIDENCY: PlaybookPitchText = {
  key: "data-residency-waiver",
  quote: "Our EU region is basically the same as your country; residency clauses just slow everyone down.",
  danger: "Data processed outside the agreed jurisdiction breaks the client's regulatory commitments.",
  counter: "Name the permitted regions in the contract and require consent before any change of region.",
  phrases: ["same as your country", "residency clauses slow", "Region-agnostic hosting"],
  section: "deployment-exit",
};
const withResidency = [...defaults, RESIDENCY];

describe("a pitch an admin adds with phrases", () => {
  it("is recognised by a phrase, whole words, any case and spacing, with its key, quote, danger and counter", () => {
    const text = "Honestly, our EU region is the SAME   as\nyour country, so don't worry.";
    const [finding] = detectRedFlags(text, withResidency);
    expect(finding).toMatchObject({
      key: "data-residency-waiver",
      kind: "pitch",
      pitchKey: "data-residency-waiver",
      title: RESIDENCY.quote.slice(0, RESIDENCY.quote.lastIndexOf(" ", 90)) + "…",
      danger: RESIDENCY.danger,
      counter: RESIDENCY.counter,
      layer: "deployment-exit",
    });
    expect(finding.match).toEqual({ text: "SAME   as\nyour country", start: text.indexOf("SAME"), end: text.indexOf(", so") });
    expect(text.slice(finding.match.start, finding.match.end)).toBe(finding.match.text);
    expect(pitchKeysOf([finding])).toEqual(["data-residency-waiver"]);
  });

  it("matches whole words only, and treats a phrase's punctuation literally", () => {
    expect(detectRedFlags("It is the same as your countryside.", withResidency)).toEqual([]);
    expect(detectRedFlags("We offer region-agnostic hosting.", withResidency).map((f) => f.key)).toEqual(["data-residency-waiver"]);
    expect(detectRedFlags("We offer region agnostic hosting.", withResidency)).toEqual([]);
    const regexLike: PlaybookPitchText = { ...RESIDENCY, key: "dots", phrases: ["a.b (c)*"] };
    expect(detectRedFlags("Here a.b (c)* applies.", [regexLike]).map((f) => f.match.text)).toEqual(["a.b (c)*"]);
    expect(detectRedFlags("Here axb (c) applies.", [regexLike])).toEqual([]);
  });

  it("is not recognised without the playbook that has it", () => {
    expect(detectRedFlags("Our EU region is the same as your country.")).toEqual([]);
    expect(detectRedFlags("Our EU region is the same as your country.", defaults)).toEqual([]);
  });

  it("lets a phrase recognise a built-in pitch too, once, at its first span", () => {
    const trust = { ...pitch("trust-us"), phrases: ["we have never lost a client"] };
    const text = "We have never lost a client. Trust us on this.";
    const findings = detectRedFlags(text, [trust]);
    expect(findings.map((f) => [f.key, f.match.text])).toEqual([["trust-us", "We have never lost a client"]]);
    expect(findings[0].title).toBe(detectRedFlags("Trust us on this.")[0].title);
  });
});

describe("a built-in pitch read against a playbook", () => {
  it("shows the playbook's edited danger and counter", () => {
    const edited = defaults.map((p) => (p.key === "hosting-only" ? { ...p, danger: "Edited danger.", counter: "Ask for the weights at every milestone." } : p));
    const [finding] = detectRedFlags("Leave it to us, just call our API.", edited);
    expect(finding).toMatchObject({
      key: "hosting-only",
      pitchKey: "hosting-only",
      danger: "Edited danger.",
      counter: "Ask for the weights at every milestone.",
    });
  });

  it("is not reported when the playbook has no such pitch; risky language still is, without a pitch", () => {
    const without = defaults.filter((p) => p.key !== "hosting-only" && p.key !== "trust-us");
    expect(detectRedFlags("Leave it to us, just call our API.", without)).toEqual([]);
    const risky = detectRedFlags("Vendor may use Customer Data for any purpose.", without);
    expect(risky.map((f) => [f.key, f.kind])).toEqual([["data-any-purpose", "risky-language"]]);
    // Its closest pitch, trust-us, is not in this playbook: the response records no pitch for it.
    expect(detectRedFlags("Vendor may use Customer Data for any purpose.").map((f) => f.pitchKey)).toEqual(["trust-us"]);
    expect(risky[0].pitchKey).toBeNull();
    expect(pitchKeysOf(risky)).toEqual([]);
  });

  it("reads as the default playbook when no playbook is given", () => {
    const [finding] = detectRedFlags("Leave it to us, just call our API.");
    expect(finding).toMatchObject({ key: "hosting-only", danger: pitch("hosting-only").danger, counter: pitch("hosting-only").counter });
  });

  it("keeps the built-ins' negation and `unless` behaviour with a playbook given", () => {
    for (const pitches of [undefined, defaults, withResidency]) {
      const keys = (text: string) => detectRedFlags(text, pitches).map((f) => f.key);
      expect(keys("The vendor will deliver the model weights to the client.")).toEqual([]);
      expect(keys("The model weights will not be delivered to Customer under any circumstances.")).toContain("hosting-only");
      expect(keys("Vendor shall not sell Customer Data. Vendor may use Customer Data for any purpose.")).toEqual(["data-any-purpose"]);
      expect(keys("Vendor shall not use Customer Data for any purpose other than the project.")).toEqual([]);
    }
  });
});
