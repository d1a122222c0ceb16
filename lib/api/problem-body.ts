// Reading an RFC 9457 problem document in the browser (no server imports): the app's own pages call
// /api/v1 and show `detail`, with each entry of `errors` next to its field as the forms' fieldErrors.

export interface ProblemBody {
  detail?: string;
  errors?: { detail: string; pointer?: string; parameter?: string }[];
}

/** `detail`, or the fallback when the body is not a problem document (a proxy's HTML page). */
export function problemDetail(body: unknown, fallback: string): string {
  const detail = (body as ProblemBody | null)?.detail;
  return typeof detail === "string" && detail ? detail : fallback;
}

/** `errors` as {field: [messages]}: "#/file" → "file", parameter "receivedOn" → "receivedOn", "#" → "_form". */
export function problemFieldErrors(body: unknown): Record<string, string[]> {
  const errors = (body as ProblemBody | null)?.errors;
  const out: Record<string, string[]> = {};
  if (!Array.isArray(errors)) return out;
  for (const error of errors) {
    if (typeof error?.detail !== "string") continue;
    const field = error.parameter ?? (error.pointer && error.pointer !== "#" ? error.pointer.replace(/^#\//, "").split("/").join(".") : "_form");
    (out[field] ??= []).push(error.detail);
  }
  return out;
}
