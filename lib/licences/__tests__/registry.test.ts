import { describe, expect, it } from "vitest";
import { USE_CASE_CATEGORIES } from "@/lib/domain/enums";
import { LICENCE_REGISTRY, registryOptions } from "../registry";
import type { LicenceEntry, LicenceFact } from "../types";

// The registry is reviewed data: these checks keep every entry well-formed, cited and in our own words.

function factsOf(entry: LicenceEntry): [string, LicenceFact<unknown>][] {
  return Object.entries(entry.facts).flatMap(([name, fact]): [string, LicenceFact<unknown>][] => (fact ? [[name, fact]] : []));
}

const SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Our paraphrases are a sentence or two; anything longer is likely pasted licence text.
const MAX_SAYS = 320;

describe("licence registry integrity", () => {
  it("has the licences enterprises meet, with unique slug-like keys", () => {
    const keys = LICENCE_REGISTRY.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key, key).toMatch(SLUG);
    expect(keys).toEqual(
      expect.arrayContaining([
        "llama-3.1-community",
        "llama-3.2-community",
        "llama-3.2-vision-community",
        "llama-3.3-community",
        "llama-4-community",
        "gemma-terms",
        "tongyi-qianwen",
        "apache-2.0",
        "mit",
        "mistral-mnpl-0.1",
        "falcon-180b-tii-1.0",
        "bigscience-openrail-m",
        "creativeml-openrail-m",
        "bloom-rail-1.0",
        "openai-terms",
        "anthropic-commercial-terms",
        "gemini-api-terms",
      ]),
    );
  });

  it("keeps the foundation's Llama 3.1 threshold that other code and seeds rely on", () => {
    expect(LICENCE_REGISTRY.find((entry) => entry.key === "llama-3.1-community")?.facts.userThreshold.value).toBe(700_000_000);
  });

  it.each(LICENCE_REGISTRY.map((entry) => [entry.key, entry] as const))("%s: names, text address, models and review date are set", (_key, entry) => {
    expect(entry.name.trim()).not.toBe("");
    expect(entry.version.trim()).not.toBe("");
    expect(new URL(entry.textUrl).protocol).toBe("https:");
    expect(entry.models.length).toBeGreaterThan(0);
    for (const model of entry.models) expect(model.trim()).not.toBe("");
    expect(entry.reviewedOn).toMatch(ISO_DATE);
    const reviewed = new Date(`${entry.reviewedOn}T00:00:00Z`);
    expect(Number.isNaN(reviewed.getTime())).toBe(false);
    expect(reviewed.toISOString().slice(0, 10)).toBe(entry.reviewedOn);
    expect(reviewed.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each(LICENCE_REGISTRY.map((entry) => [entry.key, entry] as const))("%s: every fact says something short and cites an https section", (_key, entry) => {
    for (const [name, fact] of factsOf(entry)) {
      expect(fact.says.trim(), `${name}.says`).not.toBe("");
      expect(fact.says.length, `${name}.says is short`).toBeLessThanOrEqual(MAX_SAYS);
      expect(fact.says, `${name}.says is not shouted licence text`).not.toMatch(/[A-Z]{4,}(?: [A-Z]{4,}){3}/);
      expect(new URL(fact.cite.url).protocol, `${name}.cite.url`).toBe("https:");
      expect(fact.cite.section.trim(), `${name}.cite.section`).not.toBe("");
    }
    for (const duty of [entry.facts.attribution.value, entry.facts.derivativeNaming.value]) {
      if (duty !== null) expect(duty.length).toBeLessThanOrEqual(MAX_SAYS);
    }
  });

  it.each(LICENCE_REGISTRY.map((entry) => [entry.key, entry] as const))("%s: restrictions name real use-case categories, once each", (_key, entry) => {
    const categories = entry.facts.restrictedUses.value.map((restriction) => restriction.category);
    expect(new Set(categories).size).toBe(categories.length);
    for (const restriction of entry.facts.restrictedUses.value) {
      expect(USE_CASE_CATEGORIES).toContain(restriction.category);
      expect(restriction.category).not.toBe("UNSPECIFIED");
      expect(restriction.says.trim()).not.toBe("");
      expect(restriction.says.length).toBeLessThanOrEqual(MAX_SAYS);
    }
  });

  it.each(LICENCE_REGISTRY.map((entry) => [entry.key, entry] as const))("%s: facts agree with each other", (_key, entry) => {
    const threshold = entry.facts.userThreshold.value;
    if (threshold !== null) expect(Number.isInteger(threshold) && threshold > 0).toBe(true);
    // A licence that makes the client repeat its restrictions cannot let the weights go freely.
    if (entry.facts.restrictionsPassThrough?.value) expect(entry.facts.weightsRedistribution.value).toBe("conditional");
    // Proprietary API terms never deliver weights; open licences always deliver them somehow.
    if (entry.licenceType === "PROPRIETARY") expect(entry.facts.weightsRedistribution.value).toBe("not-allowed");
    if (entry.licenceType === "OPEN_PERMISSIVE") {
      expect(entry.facts.restrictedUses.value).toEqual([]);
      expect(entry.facts.userThreshold.value).toBeNull();
      expect(entry.facts.weightsRedistribution.value).toBe("allowed");
    }
  });
});

describe("registryOptions", () => {
  const groups = registryOptions();

  it("lists every entry exactly once, under its licence type", () => {
    const listed = groups.flatMap((group) => group.options.map((option) => option.key));
    expect([...listed].sort()).toEqual(LICENCE_REGISTRY.map((entry) => entry.key).sort());
    for (const group of groups) {
      for (const option of group.options) expect(LICENCE_REGISTRY.find((entry) => entry.key === option.key)?.licenceType).toBe(group.licenceType);
    }
  });

  it("orders groups from permissive to proprietary and labels them", () => {
    expect(groups.map((group) => group.licenceType)).toEqual(["OPEN_PERMISSIVE", "OPEN_RESTRICTED", "PROPRIETARY"]);
    for (const group of groups) expect(group.label.trim()).not.toBe("");
  });

  it("sorts options by label with numbers in natural order, and carries the models", () => {
    const restricted = groups.find((group) => group.licenceType === "OPEN_RESTRICTED")!;
    const labels = restricted.options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" })));
    const llama = restricted.options.map((option) => option.key).filter((key) => key.startsWith("llama-"));
    expect(llama).toEqual(["llama-3.1-community", "llama-3.2-community", "llama-3.2-vision-community", "llama-3.3-community", "llama-4-community"]);
    expect(restricted.options.find((option) => option.key === "llama-3.1-community")?.models).toContain("Llama 3.1 70B");
  });

  it("drops empty groups and copies the models so a caller cannot change the registry", () => {
    const only = registryOptions(LICENCE_REGISTRY.filter((entry) => entry.key === "mit"));
    expect(only).toHaveLength(1);
    only[0].options[0].models.push("Something else");
    expect(LICENCE_REGISTRY.find((entry) => entry.key === "mit")?.models).not.toContain("Something else");
  });
});
