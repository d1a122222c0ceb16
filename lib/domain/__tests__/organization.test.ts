import { describe, expect, it } from "vitest";
import { MAX_SSO_DOMAINS, parseEmailDomains } from "@/lib/domain/email-domains";
import { firstFreeSlug, SLUG_MAX, slugBase } from "@/lib/domain/organization-slug";

describe("slugBase", () => {
  it.each([
    ["Acme Insurance", "acme-insurance"],
    ["Ünïcorn Labs, Inc.", "unicorn-labs-inc"],
    ["  --Zürich & Co--  ", "zurich-co"],
    ["株式会社", "organization"],
    ["!!!", "organization"],
  ])("%s → %s", (name, slug) => {
    expect(slugBase(name)).toBe(slug);
  });

  it(`is at most ${SLUG_MAX} characters and never ends with a hyphen`, () => {
    const slug = slugBase(`${"a".repeat(39)} b`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toBe("a".repeat(39));
  });
});

describe("firstFreeSlug", () => {
  it("keeps the base when it is free, else takes the first free numbered suffix", () => {
    expect(firstFreeSlug("acme", new Set())).toBe("acme");
    expect(firstFreeSlug("acme", new Set(["acme"]))).toBe("acme-2");
    expect(firstFreeSlug("acme", new Set(["acme", "acme-2", "acme-3", "acme-5"]))).toBe("acme-4");
  });
});

describe("parseEmailDomains", () => {
  it("reads lines, commas and spaces; lower-cases, drops a leading @ and duplicates, keeps the order", () => {
    expect(parseEmailDomains("Example.com\n@corp.example.org, example.com  sub.Example.co.uk\n\n")).toEqual({
      ok: true,
      domains: ["example.com", "corp.example.org", "sub.example.co.uk"],
    });
  });

  it("an empty text is no domains", () => {
    expect(parseEmailDomains("  \n ")).toEqual({ ok: true, domains: [] });
  });

  it("accepts internationalised domains in their xn-- form", () => {
    expect(parseEmailDomains("xn--bcher-kva.example")).toEqual({ ok: true, domains: ["xn--bcher-kva.example"] });
  });

  it.each(["someone@example.com", "localhost", "https://example.com", "-example.com", "example-.com", "exa_mple.com", "example.c0m", "example..com"])(
    "refuses %s, naming it",
    (entry) => {
      const parsed = parseEmailDomains(`good.example, ${entry}`);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(entry.toLowerCase().replace(/^@/, ""));
    },
  );

  it(`allows ${MAX_SSO_DOMAINS} distinct domains, not more (duplicates do not count)`, () => {
    const domains = Array.from({ length: MAX_SSO_DOMAINS }, (_, i) => `d${i}.example`);
    expect(parseEmailDomains([...domains, domains[0]].join("\n"))).toEqual({ ok: true, domains });
    expect(parseEmailDomains([...domains, "one-more.example"].join("\n"))).toMatchObject({ ok: false, message: expect.stringContaining("At most 20") });
  });
});
