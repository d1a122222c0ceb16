import { z } from "zod";
import { getDb } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/** Returns the user for valid credentials, null otherwise (never says which part was wrong). */
export async function authenticate(raw: unknown): Promise<AuthenticatedUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const user = await getDb().user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !user.active) {
    await verifyPassword(await dummyPasswordHash(), parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
