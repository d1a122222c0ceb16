import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Resolves to the AppError a promise rejected with (fails the test if it resolved or threw something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
