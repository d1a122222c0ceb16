import { getDb } from "@/lib/db";
import { afterAccountChange } from "@/lib/services/organization-changes";

export type SignInAuditOutcome = "succeeded" | "failed" | "throttled" | "refused";

/** "password", or "sso:<provider id>". */
export type SignInMethod = "password" | `sso:${string}`;

/**
 * Records a sign-in of a known account in the audit log of each organisation it belongs to
 * (`signin.succeeded`, `signin.failed`, `signin.throttled`, `signin.refused`), and on success the
 * account's last sign-in. Attempts on unknown emails have no organisation: SignInAttempt keeps them.
 */
export async function recordSignIn(input: { userId: string; outcome: SignInAuditOutcome; method: SignInMethod; ip: string; reason?: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await afterAccountChange(tx, input.userId, {
      entityType: "User",
      entityId: input.userId,
      action: `signin.${input.outcome}`,
      after: { method: input.method, ip: input.ip, ...(input.reason ? { reason: input.reason } : {}) },
    });
    if (input.outcome === "succeeded") {
      await tx.user.update({ where: { id: input.userId }, data: { lastSignInAt: new Date(), lastSignInMethod: input.method } });
    }
  });
}
