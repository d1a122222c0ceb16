import "./zod-config";
import { z } from "zod";

export const ZId = z
  .string({ error: "Required" })
  .trim()
  .min(1, "Required")
  .max(64, "Not a valid id")
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");

/** PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate cannot be encoded at all. */
function storable(value: string) {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** Optimistic-concurrency version a form read; forms send it as a string. Only a string or a number: coercing
 * anything (`true` is 1) would let a malformed call name version 1. */
export const ZVersion = z
  .union([z.string(), z.number()], { error: "Missing version" })
  .pipe(z.coerce.number<string | number>({ error: "Missing version" }).int("Missing version").min(1, "Missing version"));

export function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString("en")} characters`)
    .refine(storable, `${label} contains characters that cannot be stored`);
}

export function requiredText(label: string, max: number) {
  return text(label, max).min(1, `${label} is required`);
}

/** YYYY-MM-DD calendar date, stored as a UTC date. */
export const ZDate = z
  .string({ error: "Enter a date" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Not a real date")
  .refine((value) => value >= "1900-01-01" && value <= "2999-12-31", "Use a date between 1900 and 2999")
  .transform((value) => new Date(`${value}T00:00:00Z`));

export const ZOptionalDate = z.union([z.literal("").transform(() => null), z.null(), ZDate]);

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `Choose a valid ${label}` });
}

/**
 * A text filter of a GET form: an empty field (what the form sends for "any") or a bad one means no
 * filter. One PostgreSQL cannot compare (a NUL byte) is a bad one.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(storable)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined);

/** A page number from the query string: anything but a whole number in range reads as page 1. */
export const ZPageParam = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);
