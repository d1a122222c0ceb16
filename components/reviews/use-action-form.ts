"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

/** Runs a server action from a client form: pending state, field errors, a message, refresh on success. */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, successMessage?: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(null);

  function run(input: I, onSuccess?: (data: T) => void) {
    setErrors({});
    setMessage(null);
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        if (successMessage) setMessage({ tone: "success", text: successMessage });
        onSuccess?.(result.data);
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage({ tone: result.code === "CONFLICT" ? "warning" : "error", text: result.message });
    });
  }

  return { run, pending, errors, message };
}
