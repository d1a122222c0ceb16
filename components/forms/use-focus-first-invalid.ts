"use client";

import { useEffect, useRef } from "react";
import type { ActionFailure } from "./use-action-form";

/**
 * After a failed submit, takes keyboard and screen-reader users to the first problem: the first
 * field marked aria-invalid inside the form, else the fallback (e.g. the form's error notice). Waits
 * until the submit is no longer pending (disabled controls cannot take focus) and moves focus once
 * per failure.
 */
export function useFocusFirstInvalid(
  form: React.RefObject<HTMLElement | null>,
  failure: ActionFailure | null,
  pending: boolean,
  fallback?: React.RefObject<HTMLElement | null>,
) {
  const focusedFor = useRef<ActionFailure | null>(null);
  useEffect(() => {
    if (!failure || pending || focusedFor.current === failure) return;
    focusedFor.current = failure;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? fallback?.current)?.focus();
  }, [failure, pending, form, fallback]);
}
