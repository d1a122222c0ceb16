import { mulberry32 } from "../../lib/seeded-random";

// Deterministic malformed input: a seeded PRNG turns a well-formed payload into hundreds of broken
// ones (wrong types, missing and extra fields, hostile keys, hostile strings and numbers, deep
// nesting, huge values) and a query string into broken filters.

export type Random = () => number;
export const seeded = (seed: number): Random => mulberry32(seed);

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** 2 MB: above any sane request limit (the answer may be a 413 or a validation refusal, never a 5xx). */
export const HUGE = "x".repeat(2 * 1024 * 1024);

const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "\uffff\ufffe",
  "\u202e\u0644\u200f",
  "😀".repeat(100),
  "NaN",
  "-0",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1e309",
  "9007199254740993",
  "0x10",
  "1_000",
  "-1",
  "0",
  "2026-02-30",
  "9999-12-31",
  "true",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "' OR 1=1 --",
  '"; DROP TABLE "Deal"; --',
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "${7*7}",
  // React's reply encoding gives strings starting with "$" a meaning (references, FormData, dates…).
  "$@0",
  "$@1",
  "$F1",
  "$K1",
  "$Q1",
  "$W1",
  "$B1",
  "$n1e309",
  "$D2026-13-45",
  "$-0",
  "$undefined",
  "$NaN",
  "$Infinity",
  "$T",
  "$h1",
  "$$",
];

/** How many kinds of hostile value there are (the cases below). */
const HOSTILE_KINDS = 12;

function hostileValue(random: Random, depth = 0): unknown {
  return hostileValueOfKind(random, Math.floor(random() * HOSTILE_KINDS), depth);
}

function hostileValueOfKind(random: Random, kind: number, depth = 0): unknown {
  switch (kind) {
    case 0:
      return pick(random, HOSTILE_STRINGS);
    case 1:
      return pick(random, [0, -1, 1.5, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2 ** 63]);
    case 2:
      return pick(random, [true, false, null]);
    case 3:
      return depth > 2 ? [] : [hostileValue(random, depth + 1), hostileValue(random, depth + 1)];
    case 4:
      return depth > 2 ? {} : { [pick(random, ["a", "__proto__", "constructor", "prototype", "then", "toString"])]: hostileValue(random, depth + 1) };
    case 5:
      return "c".repeat(pick(random, [65, 1000, 10_000, 100_000]));
    case 6:
      return pick(random, HOSTILE_STRINGS).repeat(1 + Math.floor(random() * 50));
    case 7:
      return deepObject(pick(random, [100, 1000, 2000]));
    case 8:
      return deepArray(pick(random, [100, 1000, 2000]));
    case 9:
      return Array.from({ length: pick(random, [1000, 20_000]) }, (_, i) => i);
    case 10:
      return { then: "x", valueOf: "y", toJSON: "z" };
    default:
      return String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(random() * 0xffff)));
  }
}

function deepObject(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** One broken variant of `base` (an action's or a route's JSON input). */
export function malformedObject(random: Random, base: Record<string, unknown>): unknown {
  const keys = Object.keys(base);
  const kind = Math.floor(random() * 10);
  if (kind === 0) return hostileValue(random); // not an object at all
  if (kind === 1) return pick(random, [[base], [], [[]], Object.values(base), [null]]);
  const value: Record<string, unknown> = { ...base };
  const mutations = 1 + Math.floor(random() * 3);
  for (let i = 0; i < mutations; i++) {
    const key = pick(random, keys);
    switch (Math.floor(random() * 5)) {
      case 0:
        delete value[key];
        break;
      case 1:
        value[pick(random, ["__proto__", "constructor", "prototype", "extra", "organizationId", "id", "role", "version"])] = hostileValue(random);
        break;
      default:
        value[key] = hostileValue(random);
    }
  }
  // JSON.stringify drops a "__proto__" set by assignment; write it as an own key so it is sent.
  if (random() < 0.2) Object.defineProperty(value, "__proto__", { value: { isAdmin: true, role: "ADMIN" }, enumerable: true });
  return value;
}

const WRAPPED = (base: Record<string, unknown>) => [[base], [], [[]], Object.values(base), [null]];
const EXTRA_KEYS = ["__proto__", "constructor", "prototype", "extra", "organizationId", "id", "role", "version"];

/**
 * Every category of broken input for `base` once, instead of hundreds of random draws that mostly
 * repeat the same few: not an object (each kind of hostile value), wrapped in arrays, each field
 * missing, fields replaced by hostile values (every field at least twice, every kind of value at least
 * twice), each hostile extra key, an own "__proto__"; then `randomCount` random variants
 * (malformedObject: several mutations at once).
 */
export function malformedVariants(random: Random, base: Record<string, unknown>, randomCount: number): unknown[] {
  const keys = Object.keys(base);
  const variants: unknown[] = [];
  for (let kind = 0; kind < HOSTILE_KINDS; kind++) variants.push(hostileValueOfKind(random, kind));
  variants.push(...WRAPPED(base));
  for (const key of keys) {
    const { [key]: _dropped, ...rest } = base;
    variants.push(rest);
  }
  if (keys.length) {
    for (let i = 0; i < 2 * Math.max(keys.length, HOSTILE_KINDS); i++) {
      // The second round shifts the kinds, so each field meets two different ones.
      const kind = (i + Math.floor(i / Math.max(keys.length, HOSTILE_KINDS)) * 5) % HOSTILE_KINDS;
      variants.push({ ...base, [keys[i % keys.length]]: hostileValueOfKind(random, kind) });
    }
  }
  for (const key of EXTRA_KEYS) {
    const value: Record<string, unknown> = { ...base };
    Object.defineProperty(value, key, { value: hostileValue(random), enumerable: true, writable: true, configurable: true });
    variants.push(value);
  }
  const polluted: Record<string, unknown> = { ...base };
  Object.defineProperty(polluted, "__proto__", { value: { isAdmin: true, role: "ADMIN" }, enumerable: true });
  variants.push(polluted);
  for (let i = 0; i < randomCount; i++) variants.push(malformedObject(random, base));
  return variants;
}

/** Raw bodies that are not JSON, or JSON a plain encoder would never write. */
export const RAW_BODIES = [
  "",
  "not json",
  "[",
  '[{"a":',
  "{}",
  "null",
  "1e309",
  "[1e309]",
  "[-0]",
  "[NaN]",
  '["\\ud800"]',
  '["\\u0000"]',
  '[{"__proto__":{"polluted":true}}]',
  '[{"constructor":{"prototype":{"polluted":true}}}]',
  '"$@0"',
  '["$@0"]',
  '["$K1"]',
  '["$Q1"]',
  "\u0000\u0001\u0002",
  "[" + "[".repeat(10_000) + "]".repeat(10_000) + "]",
];

const QUERY_VALUES = [
  "",
  "%00",
  "%ZZ",
  "%",
  "%C0%AF",
  "%ED%A0%80",
  "%FF%FE",
  "-1",
  "0",
  "1e309",
  "NaN",
  "-0",
  "99999999999999999999",
  "1.5",
  "0x10",
  "true",
  "null",
  "__proto__",
  "constructor",
  "%27%20OR%201%3D1%20--",
  "%3Cscript%3E",
  "a".repeat(5000),
  "%E2%80%AE",
  "%F0%9F%98%80",
];

/** A broken query string for a GET endpoint that reads `keys` (already encoded, without the "?"). */
export function malformedQuery(random: Random, keys: readonly string[]): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    const key = random() < 0.85 ? pick(random, keys) : pick(random, ["__proto__", "constructor", "%00", "a[b]", "a[]", "", "%ZZ"]);
    const value = random() < 0.8 ? pick(random, QUERY_VALUES) : encodeLoosely(asText(hostileValue(random)).slice(0, 2000));
    parts.push(random() < 0.05 ? key : `${key}=${value}`);
    // The same key twice: URLSearchParams keeps the first, Object.fromEntries the last.
    if (random() < 0.2) parts.push(`${key}=${pick(random, QUERY_VALUES)}`);
  }
  return parts.join(random() < 0.1 ? ";" : "&");
}

const HOSTILE_QUERY_KEYS = ["__proto__", "constructor", "%00", "a[b]", "a[]", "", "%ZZ"];

/**
 * Every category of broken query for a GET endpoint that reads `keys`: each key with values from the
 * list (every key and every value at least once), each hostile key, a key without a value, a key
 * twice, ";" as the separator, hostile text; then `randomCount` random ones (malformedQuery).
 */
export function malformedQueries(random: Random, keys: readonly string[], randomCount: number): string[] {
  const queries: string[] = [];
  for (let i = 0; i < Math.max(keys.length, QUERY_VALUES.length); i++) queries.push(`${keys[i % keys.length]}=${QUERY_VALUES[i % QUERY_VALUES.length]}`);
  for (const key of HOSTILE_QUERY_KEYS) queries.push(`${key}=${pick(random, QUERY_VALUES)}`);
  queries.push(keys[0], `${keys[0]}=${pick(random, QUERY_VALUES)}&${keys[0]}=${pick(random, QUERY_VALUES)}`, keys.map((k) => `${k}=-1`).join(";"));
  for (let kind = 0; kind < HOSTILE_KINDS; kind++)
    queries.push(`${keys[kind % keys.length]}=${encodeLoosely(asText(hostileValueOfKind(random, kind)).slice(0, 2000))}`);
  for (let i = 0; i < randomCount; i++) queries.push(malformedQuery(random, keys));
  return queries;
}

/** Any hostile value as text (String() throws on some of them, e.g. an object whose toString is a string). */
function asText(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "null");
}

/** encodeURIComponent, but a lone surrogate (which it refuses) goes out as its raw UTF-8-style bytes. */
function encodeLoosely(value: string): string {
  return [...value].map((ch) => (ch.isWellFormed() ? encodeURIComponent(ch) : "%ED%A0%80")).join("");
}

const SEGMENTS = [
  "%00",
  "%ZZ",
  "%2e%2e",
  "..%2f..%2f",
  "%ED%A0%80",
  "c".repeat(65),
  "c".repeat(5000),
  "__proto__",
  "constructor",
  "null",
  "-1",
  "1e309",
  "%27%20OR%201%3D1",
];

/** Every kind of segment that is not an id once, then `randomCount` random ones (hostile text among them). */
export function malformedSegments(random: Random, randomCount: number): string[] {
  return [...SEGMENTS, ...Array.from({ length: randomCount }, () => encodeLoosely(pick(random, HOSTILE_STRINGS).slice(0, 200)) || "%20")];
}
