import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ACTION_REGISTRY, PUBLIC_ACTION_REGISTRY, type ActionResult } from "@/lib/actions/define-action";

export type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;

/**
 * Imports every module in lib/actions/ (so a new file is picked up without touching the tests) and
 * returns the registered actions by name. An action must be exported under its registered name.
 * Call it after vi.mock() of "@/lib/auth/actor", "next/headers" and "next/cache".
 */
export async function loadAllActions() {
  const dir = fileURLToPath(new URL("../actions/", import.meta.url));
  const files = readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|d)\.tsx?$/.test(f))
    .sort();
  const exported = new Map<string, AnyAction>();
  for (const file of files) {
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ path.join(dir, file));
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function" && (ACTION_REGISTRY.has(name) || PUBLIC_ACTION_REGISTRY.has(name))) exported.set(name, value as AnyAction);
    }
  }
  return { files, registry: ACTION_REGISTRY, publicActions: PUBLIC_ACTION_REGISTRY, actions: exported };
}

/** Looks up an action the test needs; fails loudly when it is not exported under its registered name. */
export function actionNamed(actions: Map<string, AnyAction>, name: string): AnyAction {
  const action = actions.get(name);
  if (!action) throw new Error(`Action "${name}" is registered but not exported under that name from lib/actions/*.ts`);
  return action;
}

export type Outcome = ActionResult<unknown> | { redirect: string };

/**
 * Calls an action like the framework would: next/navigation's redirect() throws a control-flow
 * error (defineAction lets it through), which comes back here as `{ redirect: url }`.
 */
export async function invoke(action: AnyAction, input: unknown): Promise<Outcome> {
  try {
    return await action(input);
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}
