import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "../db-unreachable";

const withCode = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);

describe("isDatabaseUnreachable", () => {
  it("recognises the failures of a stopped, restarting or vanished database, however wrapped", () => {
    const refused = withCode("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED", syscall: "connect", errno: -111 });
    const adminShutdown = withCode("terminating connection due to administrator command", { code: "57P01", severity: "FATAL" });
    const cases: unknown[] = [
      refused,
      adminShutdown,
      withCode("the database system is starting up", { code: "57P03" }),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      withCode("Can't reach database server at 127.0.0.1:5432", { code: "P1001" }),
      withCode("Server has closed the connection.", { code: "P1017" }),
      // Prisma's error around the adapter's
      withCode("Invalid `prisma.user.findUnique()` invocation", {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
      }),
      withCode("wrapped", { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }),
      new Error("outer", { cause: refused }),
    ];
    for (const error of cases) expect(isDatabaseUnreachable(error), String(error)).toBe(true);
  });

  it("leaves every other failure to the generic handler", () => {
    const cases: unknown[] = [
      withCode("Unique constraint failed", { code: "P2002" }),
      withCode("canceling statement due to statement timeout", { code: "57014" }),
      withCode("deadlock detected", { code: "40P01" }),
      new TypeError("Cannot read properties of undefined"),
      "Connection terminated", // not an error object
      null,
      undefined,
    ];
    for (const error of cases) expect(isDatabaseUnreachable(error), String(error)).toBe(false);
  });

  it("survives a cause cycle", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnreachable(a)).toBe(false);
  });
});
