import { describe, expect, it } from "vitest";
import { createConcurrencyGate } from "@/lib/concurrency-gate";

describe("createConcurrencyGate", () => {
  it("admits up to the limit, refuses the next without waiting, and admits again after a release", () => {
    const gate = createConcurrencyGate(2);
    const first = gate.tryEnter();
    const second = gate.tryEnter();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(gate.tryEnter()).toBeNull();
    first!();
    expect(gate.active).toBe(1);
    expect(gate.tryEnter()).not.toBeNull();
  });

  it("counts a double release once", () => {
    const gate = createConcurrencyGate(1);
    const release = gate.tryEnter()!;
    release();
    release();
    expect(gate.active).toBe(0);
    expect(gate.tryEnter()).not.toBeNull();
    expect(gate.tryEnter()).toBeNull();
  });
});
