import { afterAll } from "vitest";
import { disconnectDb } from "@/lib/db";

// Actions that re-issue the session cookie (a password change) sign it as the app would.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret";

afterAll(async () => {
  await disconnectDb();
});
