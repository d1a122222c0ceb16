import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { clientAddress } from "@/lib/auth/sign-in-limits";
import { ACTION_REGISTRY, actionFailure, fieldErrorsOf, PUBLIC_ACTION_REGISTRY, type ActionResult } from "@/lib/actions/define-action";
import { checkOrigin, ORIGIN_REFUSAL_MESSAGE } from "@/lib/http/same-origin";

export interface PublicActionDefinition<S extends z.ZodType, T> {
  /** Unique name, shared with signed-in actions. */
  name: string;
  schema: S;
  /** `ip`: the client address (lib/auth/sign-in-limits.ts), for rate limits. */
  handler: (input: z.output<S>, context: { ip: string }) => Promise<T>;
}

/**
 * The wrapper of the few actions a signed-out person calls (accept an invitation, ask for and use a
 * password-reset link): Origin → zod parse with field errors → handler, with the same error handling
 * as defineAction. No session and no role: the handler itself proves the right to act (a token from
 * a link) and rate-limits by address or account.
 */
export function definePublicAction<S extends z.ZodType, T>(definition: PublicActionDefinition<S, T>) {
  if (ACTION_REGISTRY.has(definition.name) || PUBLIC_ACTION_REGISTRY.has(definition.name)) throw new Error(`Duplicate action name ${definition.name}`);
  PUBLIC_ACTION_REGISTRY.add(definition.name);

  return async function publicAction(rawInput: unknown): Promise<ActionResult<T>> {
    try {
      const requestHeaders = await headers();
      if (checkOrigin(requestHeaders) !== "same-origin") {
        return { ok: false, code: "CROSS_ORIGIN", message: ORIGIN_REFUSAL_MESSAGE };
      }
      const parsed = definition.schema.safeParse(rawInput);
      if (!parsed.success) {
        return { ok: false, code: "INVALID_INPUT", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await definition.handler(parsed.data, { ip: clientAddress(requestHeaders) }) };
    } catch (error) {
      return actionFailure(definition.name, error);
    }
  };
}
