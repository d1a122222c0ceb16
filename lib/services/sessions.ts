import "server-only";
import { getDb } from "@/lib/db";

/** Bumps the user's session version: every JWT issued before is refused from now on. */
export async function endAllSessions(userId: string) {
  await getDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
