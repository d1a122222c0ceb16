import { clientAddress } from "@/lib/auth/sign-in-limits";
import { getDb } from "@/lib/db";

/**
 * Every call made with a token, answered or refused after authentication: one ApiTokenUse row, and
 * the token's last-used time and address. Both in one transaction, after the response is decided.
 */
export async function recordTokenUse(tokenId: string, request: Request, status: number, now: Date = new Date()): Promise<void> {
  const address = clientAddress(request.headers);
  const url = new URL(request.url);
  const db = getDb();
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now, lastUsedAddress: address }, select: { organizationId: true } });
    await tx.apiTokenUse.create({
      data: { organizationId: token.organizationId, tokenId, at: now, method: request.method.toUpperCase(), path: url.pathname.slice(0, 500), status, address },
    });
  });
}
