import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { docxDownload } from "../docx-download";

/** A download whose rendering finishes when the test says so. */
function pending(name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const render = vi.fn(async () => {
    await done;
    return new TextEncoder().encode(name);
  });
  return { file: { fileName: `${name}.docx`, render }, render, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe("docxDownload", () => {
  it("renders two at a time; a third waits its turn and is then served, as an attachment", async () => {
    const [a, b, c] = ["a", "b", "c"].map(pending);
    const responses = [a, b, c].map((d) => docxDownload(d.file));
    await tick();
    expect([a.render, b.render, c.render].map((r) => r.mock.calls.length)).toEqual([1, 1, 0]);
    a.finish();
    await tick();
    expect(c.render).toHaveBeenCalledTimes(1);
    b.finish();
    c.finish();
    const [, , third] = await Promise.all(responses);
    expect(third.headers.get("Content-Disposition")).toBe('attachment; filename="c.docx"');
    expect(third.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await third.text()).toBe("c");
  });

  it("refuses with 503 after waiting too long, and frees the slot of a render that failed", async () => {
    vi.useFakeTimers();
    const [a, b, c] = ["a", "b", "c"].map(pending);
    const first = docxDownload(a.file);
    const second = docxDownload(b.file);
    const third = docxDownload(c.file).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(15_001);
    const refused = await third;
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("UNAVAILABLE");
    expect(c.render).not.toHaveBeenCalled();
    a.finish();
    b.finish();
    await Promise.all([first, second]);

    const failing = { fileName: "x.docx", render: vi.fn(async () => Promise.reject(new Error("broken file"))) };
    await expect(docxDownload(failing)).rejects.toThrow("broken file");
    await expect(docxDownload(failing)).rejects.toThrow("broken file");
    const d = pending("d");
    d.finish();
    expect(await (await docxDownload(d.file)).text()).toBe("d");
  });
});
