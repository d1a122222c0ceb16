import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a record that is missing or belongs to another organisation renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
