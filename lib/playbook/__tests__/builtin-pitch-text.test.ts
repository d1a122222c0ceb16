import { describe, expect, it } from "vitest";
import { BUILTIN_PITCH_TEXT } from "../builtin-pitch-text";
import { DEFAULT_PITCHES } from "../default-playbook";
import { PITCH_KEYS } from "../pitch-patterns";

describe("the built-in pitch text", () => {
  it("is the default playbook's danger and counter of each pitch the built-in patterns recognise", () => {
    expect(Object.keys(BUILTIN_PITCH_TEXT).sort()).toEqual([...PITCH_KEYS].sort());
    const fromPlaybook = Object.fromEntries(
      DEFAULT_PITCHES.filter((p) => (PITCH_KEYS as readonly string[]).includes(p.key)).map((p) => [p.key, { danger: p.danger, counter: p.counter }]),
    );
    expect(BUILTIN_PITCH_TEXT).toEqual(fromPlaybook);
  });
});
