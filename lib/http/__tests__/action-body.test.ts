import { describe, expect, it } from "vitest";
import { isWellFormedActionBody, MAX_ACTION_BODY_DEPTH } from "@/lib/http/action-body";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("isWellFormedActionBody", () => {
  it.each([
    ["a plain object argument", '[{"dealId":"c1","version":"3","notes":"a $5 fee"}]'],
    ["no arguments", "[]"],
    ["an escaped dollar string", '[{"notes":"$$100 cap"}]'],
    ["undefined and special numbers", '[{"a":"$undefined","b":"$NaN","c":"$-Infinity","d":"$-0"}]'],
    ["a BigInt and a Date", '[{"a":"$n-123","b":"$D2026-03-02T00:00:00.000Z"}]'],
    ["hostile but plain strings and keys", '[{"__proto__":{"x":"\\u0000"},"constructor":"\\ud800","text":"\' OR 1=1"}]'],
    ["nesting up to the limit", `[${nested(MAX_ACTION_BODY_DEPTH - 1)}]`],
  ])("accepts %s", (_, body) => {
    expect(isWellFormedActionBody(body)).toBe(true);
  });

  it.each([
    ["text that is not JSON", "not json"],
    ["an empty body", ""],
    ["truncated JSON", '[{"a":'],
    ["arguments that are not an array", '{"a":1}'],
    ["null", "null"],
    ["a number too large for a double", "1e309"],
    ["a reference to a missing part", '["$Q1"]'],
    ["a FormData reference", '[{"a":"$K1"}]'],
    ["a promise reference to itself", '["$@0"]'],
    ["a Blob reference", '["$B1"]'],
    ["a server reference", '["$h1"]'],
    ["a BigInt that is not an integer", '["$n1e309"]'],
    ["a bare dollar", '["$"]'],
    ["nesting past the limit", `[${nested(MAX_ACTION_BODY_DEPTH)}]`],
    ["very deep nesting", nested(10_000)],
  ])("refuses %s", (_, body) => {
    expect(isWellFormedActionBody(body)).toBe(false);
  });
});
