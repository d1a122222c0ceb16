import { describe, expect, it } from "vitest";
import { enabledJobs, JOB_NAMES } from "@/lib/jobs/definitions";
import { signingThreshold } from "@/lib/notifications/reminders";

describe("enabledJobs", () => {
  it("runs every job unless DEALPLAYBOOK_JOBS names some, or none", () => {
    expect(enabledJobs(undefined).map((j) => j.name)).toEqual([...JOB_NAMES]);
    expect(enabledJobs(" ").map((j) => j.name)).toEqual([...JOB_NAMES]);
    expect(enabledJobs("mail-deliver, digests").map((j) => j.name)).toEqual(["mail-deliver", "digests"]);
    expect(enabledJobs("none")).toEqual([]);
  });

  it("refuses a name it does not know, rather than silently running nothing", () => {
    expect(() => enabledJobs("mail-deliver,reminder")).toThrow(/unknown jobs: reminder/);
  });
});

describe("signingThreshold", () => {
  it("is the tightest of 30 / 14 / 7 days reached, none before 30 days or after the date", () => {
    expect([31, 30, 29, 15, 14, 8, 7, 1, 0, -1].map(signingThreshold)).toEqual([null, 30, 30, 30, 14, 14, 7, 7, 7, null]);
  });
});
