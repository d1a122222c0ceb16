"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

export type FormNotice = { tone: "error" | "success" | "warning"; text: string };
export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

export interface ActionFormOptions<T> {
  /** What to show after a success: a fixed text, or a notice made from the result (null: nothing). */
  success?: string | ((data: T) => FormNotice | null);
  /** The text shown for a failure; the action's message by default. */
  failureText?: (failure: ActionFailure) => string;
  /** Runs after a success, before the page data is refreshed (e.g. reset the fields, navigate). */
  onSuccess?: (data: T) => void;
  onFailure?: (failure: ActionFailure) => void;
}

interface State {
  failure: ActionFailure | null;
  notice: FormNotice | null;
  /** The details of the last CONFLICT (e.g. the row as saved now); kept until a success or reset(). */
  conflict: unknown;
}

/** What the form shows when the action could not be called at all: offline, the server down or restarting, the request refused before it reached the action (e.g. too large). */
export const UNREACHABLE_MESSAGE = "The server could not take this request just now, so nothing was saved. Check your connection and try again in a moment.";

async function callAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, input: I): Promise<ActionResult<T>> {
  try {
    return await action(input);
  } catch (error) {
    // Next's redirect() and notFound() reach the client as thrown errors too: let the router have them.
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_")) throw error;
    return { ok: false, code: "UNEXPECTED", message: UNREACHABLE_MESSAGE };
  }
}

const IDLE: State = { failure: null, notice: null, conflict: undefined };
const NO_ERRORS: Record<string, string[]> = {};

/**
 * Runs a server action (see lib/actions/define-action.ts) from a client form: pending state, the
 * field errors and message of the last failure (a CONFLICT is a warning), the details of the last
 * conflict, and router.refresh() after a success so the server components show the change.
 */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: ActionFormOptions<T> = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<State>(IDLE);

  function run(input: I) {
    setState((s) => ({ ...IDLE, conflict: s.conflict }));
    startTransition(async () => {
      const result = await callAction(action, input);
      if (result.ok) {
        const { success } = options;
        const notice = typeof success === "function" ? success(result.data) : success ? { tone: "success" as const, text: success } : null;
        setState({ ...IDLE, notice });
        options.onSuccess?.(result.data);
        router.refresh();
        return;
      }
      const text = options.failureText?.(result) ?? result.message;
      const conflict = result.code === "CONFLICT";
      setState((s) => ({ failure: result, notice: { tone: conflict ? "warning" : "error", text }, conflict: conflict ? result.details : s.conflict }));
      options.onFailure?.(result);
    });
  }

  return {
    run,
    pending,
    /** Field errors of the last failure, by field name ("_form" for the form as a whole). */
    errors: state.failure?.fieldErrors ?? NO_ERRORS,
    message: state.notice,
    failure: state.failure,
    conflict: state.conflict,
    /** Forgets the message, errors and conflict (e.g. after "Use their version" or Cancel). */
    reset: () => setState(IDLE),
  };
}
