import { describe, expect, it } from "vitest";
import { formatNumber } from "../docx-numbering";

describe("formatNumber (Word's list number formats)", () => {
  it.each([
    [4, "decimal", "4"],
    [3, "lowerLetter", "c"],
    [28, "lowerLetter", "bb"],
    [2, "upperLetter", "B"],
    [4, "lowerRoman", "iv"],
    [14, "upperRoman", "XIV"],
    [7, "decimalZero", "07"],
    [1, "bullet", ""],
  ])("%i as %s is %j", (n, format, rendered) => {
    expect(formatNumber(n, format)).toBe(rendered);
  });
});
