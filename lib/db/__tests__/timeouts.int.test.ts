import { describe, expect, it } from "vitest";
import { getDb, statementTimeoutMs } from "@/lib/db";

// A statement that runs away (or waits on a lock forever) must not hold a connection and its locks
// indefinitely: every session of the app's pool has a statement timeout.
describe("the app's database sessions", () => {
  it("carry a statement timeout", async () => {
    const [{ statement_timeout }] = await getDb().$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statementTimeoutMs()).toBe(30_000);
    expect(statement_timeout).toBe("30s");
  });

  it("end a statement that runs longer than the timeout", async () => {
    const error = await getDb()
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 200");
        await tx.$queryRawUnsafe("SELECT pg_sleep(2)");
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(String(error)).toMatch(/statement timeout/);
  });
});
