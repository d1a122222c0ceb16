import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStack } from "../release-render-error";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * What React does when a render ends: a method of some object (in the server, Node's Immediate, which
 * links to other requests) aborts the signal with a fresh Error. Returns a weak reference to that object.
 */
function abortFromMethodOfLargeObject(controller: AbortController): WeakRef<object> {
  const receiver = {
    page: new Array(100_000).fill("rendered model"),
    finish() {
      controller.abort(new Error("This render completed successfully."));
    },
  };
  receiver.finish();
  return new WeakRef(receiver);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 5 && ref.deref(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0)); // WeakRef targets live until the job ends
    gc();
  }
  return ref.deref() === undefined;
}

describe("releaseAbortReasonStack", () => {
  it("without it, an aborted signal that stays reachable keeps the aborting method's receiver alive (what leaked)", async () => {
    const controller = new AbortController();
    const ref = abortFromMethodOfLargeObject(controller);
    expect(await collected(ref)).toBe(false);
    expect(controller.signal.aborted).toBe(true);
  });

  it("with it, the receiver is freed although the signal and its reason stay reachable", async () => {
    const controller = new AbortController();
    releaseAbortReasonStack(controller.signal);
    const ref = abortFromMethodOfLargeObject(controller);
    expect(await collected(ref)).toBe(true);
    expect((controller.signal.reason as Error).stack).toContain("This render completed successfully.");
  });

  it("accepts no signal (outside a render) and an already aborted one", () => {
    expect(() => releaseAbortReasonStack(null)).not.toThrow();
    expect(() => releaseAbortReasonStack(AbortSignal.abort())).not.toThrow();
  });
});
