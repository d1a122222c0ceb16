import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { isDatabaseUnreachable } from "@/lib/db-unreachable";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isNextControlFlow, logUnexpectedError, type AppErrorCode } from "@/lib/errors";
import { checkOrigin, ORIGIN_REFUSAL_MESSAGE } from "@/lib/http/same-origin";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | "UNEXPECTED" | "CROSS_ORIGIN"; message: string; fieldErrors?: Record<string, string[]>; details?: unknown };

export interface ActionDefinition<S extends z.ZodType, T> {
  /** Unique name; the authorization-matrix test looks every action up by it. */
  name: string;
  permission: Permission;
  schema: S;
  handler: (actor: Actor, input: z.output<S>) => Promise<T>;
}

/** Every action defined in this process, for the authorization-matrix test. */
export const ACTION_REGISTRY = new Map<string, { permission: Permission }>();

/** Actions a signed-out person may call (lib/actions/define-public-action.ts), for their own tests. */
export const PUBLIC_ACTION_REGISTRY = new Set<string>();

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  // A Map, not an object: a path can hold a caller's key (a record's), and "constructor" or "__proto__" must stay plain names.
  const fieldErrors = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(fieldErrors);
}

/**
 * The one wrapper every server action goes through: Origin (must be this app's; a missing or foreign
 * one is refused with CROSS_ORIGIN before anything is read or written) → session → role (fail-closed) → zod parse with
 * field errors → handler. Services re-check organisation scope and role themselves; the check here
 * refuses early without touching the database. Expected errors are returned; an unreachable
 * database is UNAVAILABLE ("try again"); other unexpected errors are logged with an id and returned
 * as a generic message.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  if (ACTION_REGISTRY.has(definition.name) || PUBLIC_ACTION_REGISTRY.has(definition.name)) throw new Error(`Duplicate action name ${definition.name}`);
  ACTION_REGISTRY.set(definition.name, { permission: definition.permission });

  return async function action(rawInput: unknown): Promise<ActionResult<T>> {
    try {
      if (checkOrigin(await headers()) !== "same-origin") {
        return { ok: false, code: "CROSS_ORIGIN", message: ORIGIN_REFUSAL_MESSAGE };
      }
      const actor = await requireActor();
      if (!can(actor.role, definition.permission)) {
        throw new AppError("FORBIDDEN", "Your role does not allow this.");
      }
      const parsed = definition.schema.safeParse(rawInput);
      if (!parsed.success) {
        return { ok: false, code: "INVALID_INPUT", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await definition.handler(actor, parsed.data) };
    } catch (error) {
      return actionFailure(definition.name, error);
    }
  };
}

/** How a thrown error reaches the caller of an action: expected ones as they are, the rest without their details. */
export function actionFailure(name: string, error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
  }
  // Next's redirect()/notFound() work by throwing; let them through.
  if (isNextControlFlow(error)) throw error;
  if (isDatabaseUnreachable(error)) {
    console.error(`[action ${name}] database unreachable:`, (error as Error)?.message);
    return { ok: false, code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  const errorId = logUnexpectedError(`action ${name}`, error);
  return { ok: false, code: "UNEXPECTED", message: `Something went wrong on our side (reference ${errorId}). Nothing was saved.` };
}
