import { NextResponse } from "next/server";
import { problem, problemResponse, type ProblemKind } from "@/lib/api/problem";

// A refusal proxy.ts makes before any route runs: on the public API (/api/v1/) an RFC 9457 problem
// document like every other refusal there, `{ "error": … }` on the rest of /api/ (next-auth), plain
// text elsewhere.

export type RefusalFormat = "problem" | "json" | "text";

const KIND_OF_STATUS: Record<number, ProblemKind> = {
  400: "validation",
  405: "method-not-allowed",
  411: "length-required",
  413: "payload-too-large",
};

export function isPublicApiPath(pathname: string): boolean {
  return pathname === "/api/v1" || pathname.startsWith("/api/v1/");
}

/** How a refusal of a request to this path is written. */
export function refusalFormat(pathname: string): RefusalFormat {
  if (isPublicApiPath(pathname)) return "problem";
  return pathname.startsWith("/api/") ? "json" : "text";
}

export function refusal(format: RefusalFormat, status: number, message: string, headers: Record<string, string> = {}): Response {
  const all = { "Cache-Control": "no-store", ...headers };
  const kind = KIND_OF_STATUS[status];
  if (format === "problem" && kind) return problemResponse(problem(kind, message), all);
  if (format !== "text") return NextResponse.json({ error: message }, { status, headers: all });
  return new NextResponse(message, { status, headers: { ...all, "Content-Type": "text/plain; charset=utf-8" } });
}
