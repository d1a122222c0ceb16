import { expect } from "@playwright/test";
import { SERVICES_URL } from "./service-ports";
import type { SunkMessage } from "./smtp-sink";

/** Every message the SMTP sink received for `to`, oldest first. */
export async function messagesTo(to: string): Promise<SunkMessage[]> {
  const res = await fetch(`${SERVICES_URL}/messages?to=${encodeURIComponent(to)}`);
  return (await res.json()) as SunkMessage[];
}

/** Waits until the sink has received `count` messages for `to` (mail is sent after the action commits) and returns the newest. */
export async function waitForMail(to: string, { count = 1, timeout = 15_000 }: { count?: number; timeout?: number } = {}): Promise<SunkMessage> {
  await expect.poll(async () => (await messagesTo(to)).length, { timeout, message: `mail for ${to}` }).toBeGreaterThanOrEqual(count);
  const all = await messagesTo(to);
  return all[all.length - 1];
}

/** The first link in a message whose path starts with `pathPrefix`, as a path the test can open. */
export function linkIn(message: SunkMessage, pathPrefix: string): string {
  for (const match of message.text.matchAll(/https?:\/\/[^\s>]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) return url.pathname + url.search;
  }
  throw new Error(`No ${pathPrefix} link in "${message.subject}":\n${message.text}`);
}
