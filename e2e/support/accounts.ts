import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { connect } from "../http/database";

// Accounts and reset links made directly in the e2e database, so tests that change passwords never
// touch the demo users other specs sign in as.

async function withDb<T>(work: (db: ReturnType<typeof connect>) => Promise<T>): Promise<T> {
  const db = connect();
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** A new user with a password, a member of the demo organisation. */
export async function createPasswordUser({ prefix, password, role = "NEGOTIATOR" }: { prefix: string; password: string; role?: string }) {
  const email = `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 22)}`;
  const passwordHash = await hashPassword(password);
  await withDb(async (db) => {
    await db.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ($1, $2, $3, $4)`, [id, email, `Test ${prefix}`, passwordHash]);
    await db.query(
      `INSERT INTO "Membership" ("id", "userId", "organizationId", "role")
       SELECT $1, $2, o."id", $3::"Role" FROM "Organization" o WHERE o."slug" = 'demo-corp'`,
      [`e2e${randomUUID().replace(/-/g, "").slice(0, 22)}`, id, role],
    );
  });
  return { id, email };
}

/** A reset link of the user in the given state, as the token its URL carries. */
export async function createResetLink(userId: string, state: "valid" | "used" | "expired" = "valid"): Promise<string> {
  const { token, hash } = newToken();
  await withDb((db) =>
    db.query(
      `INSERT INTO "PasswordResetToken" ("id", "userId", "tokenHash", "expiresAt", "usedAt")
       VALUES ($1, $2, $3, now() + $4::interval, $5)`,
      [`e2e${randomUUID().replace(/-/g, "").slice(0, 22)}`, userId, hash, state === "expired" ? "-1 minute" : "1 hour", state === "used" ? new Date() : null],
    ),
  );
  return token;
}

/** Makes a link sent by mail expire now. */
export async function expireResetLink(token: string): Promise<void> {
  await withDb((db) => db.query(`UPDATE "PasswordResetToken" SET "expiresAt" = now() - interval '1 minute' WHERE "tokenHash" = $1`, [hashToken(token)]));
}
