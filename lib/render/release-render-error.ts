import { cache, cacheSignal } from "react";

// Why finished renders stayed in memory (issue 11, point 7: /portfolio ran out of heap under load).
//
// When React has streamed a request's last chunk it aborts the request's cacheSignal with an Error it
// creates there, usually inside a setImmediate callback. Until someone reads `error.stack`, V8 keeps
// that stack as call-site objects that hold every frame's receiver, among them Node's Immediate.
// Immediates run in the same event-loop turn stay linked to each other (_idleNext/_idlePrev), and each
// carries the async context of the request that scheduled it: React's request, with its whole model.
// So under concurrent load every finished render holds on to others rendered at the same moment, and
// those to others: chains of finished requests (their responses, sockets' stores and page data) that
// the garbage collector cannot free. Heap snapshots of a served /portfolio showed them as
// AbortController → reason Error → CallSiteInfo → Immediate → React request → … .
//
// Reading the stack once makes V8 replace the call sites by the formatted string, which breaks the link.

/** Reads the abort reason's stack when `signal` aborts, so its call sites (and their receivers) can be freed. */
export function releaseAbortReasonStack(signal: AbortSignal | null): void {
  if (!signal || signal.aborted) return;
  signal.addEventListener("abort", () => void (signal.reason as { stack?: unknown } | undefined)?.stack, { once: true });
}

/**
 * Call while rendering a server component or page: once per request (React's cache), the request's
 * end-of-render error no longer keeps other requests alive. Outside a render it does nothing.
 */
export const releaseRenderErrorStack = cache((): void => releaseAbortReasonStack(cacheSignal()));
