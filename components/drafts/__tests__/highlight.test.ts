import { describe, expect, it } from "vitest";
import { highlightSegments } from "../highlight";

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("highlightSegments", () => {
  it("marks the flagged words and keeps the rest as plain runs", () => {
    const text = "The model stays in our cloud at all times.";
    const flag = { id: "f1", start: 10, end: 28 };
    const segments = highlightSegments(text, [flag]);
    expect(segments).toEqual([
      { text: "The model ", flag: null },
      { text: "stays in our cloud", flag },
      { text: " at all times.", flag: null },
    ]);
  });

  it("shows overlapping flags once: the earlier one keeps the shared words, the later one the rest", () => {
    const text = "abcdefghij";
    const a = { id: "a", start: 2, end: 6 };
    const b = { id: "b", start: 4, end: 8 };
    const segments = highlightSegments(text, [b, a]);
    expect(segments.map((s) => [s.text, s.flag?.id ?? null])).toEqual([
      ["ab", null],
      ["cdef", "a"],
      ["gh", "b"],
      ["ij", null],
    ]);
    expect(join(segments)).toBe(text);
  });

  it("drops a flag inside another, clamps offsets past the end and keeps an unflagged text whole", () => {
    const text = "short text";
    const outer = { id: "o", start: 0, end: 5 };
    const inner = { id: "i", start: 1, end: 3 };
    const past = { id: "p", start: 6, end: 400 };
    expect(highlightSegments(text, [inner, outer, past]).map((s) => [s.text, s.flag?.id ?? null])).toEqual([
      ["short", "o"],
      [" ", null],
      ["text", "p"],
    ]);
    expect(highlightSegments(text, [])).toEqual([{ text, flag: null }]);
    expect(highlightSegments("", [])).toEqual([{ text: "", flag: null }]);
  });
});
