import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/test/action-env";
import { createTeam } from "@/lib/test/factories";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));

// A database that went away mid-action is the client's to retry: UNAVAILABLE with a "try again"
// message, not the generic UNEXPECTED one, and never the driver's words.

const failingWith = (name: string, error: Error) =>
  defineAction({ name, permission: "deal:read", schema: z.object({}), handler: async () => Promise.reject(error) });

describe("defineAction when the database is unreachable", () => {
  it("answers UNAVAILABLE, for a refused connection and for a server shutting down", async () => {
    const team = await createTeam();
    await signIn(team.users.VIEWER.id);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 });
    const shutdown = new Error("Connection terminated unexpectedly");
    for (const [name, error] of [
      ["test.refused", refused],
      ["test.terminated", shutdown],
    ] as const) {
      expect(await failingWith(name, error)({})).toEqual({
        ok: false,
        code: "UNAVAILABLE",
        message: "The database is unreachable; nothing was saved. Try again in a moment.",
      });
    }
  });

  it("still answers anything else as UNEXPECTED with a reference", async () => {
    const team = await createTeam();
    await signIn(team.users.VIEWER.id);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await failingWith("test.bug", new TypeError("x is undefined"))({});
    expect(result).toMatchObject({ ok: false, code: "UNEXPECTED", message: expect.stringMatching(/reference [0-9a-f]{8}/) });
  });
});
