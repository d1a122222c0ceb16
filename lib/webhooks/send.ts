import http from "node:http";
import https from "node:https";
import { guardedLookup, parseTarget, privateTargetsAllowed, TargetRefused } from "./target";

// One POST of one delivery: no redirects followed (a 3xx is a failed attempt), 10 s for the whole
// exchange, and at most 2 KB of the answer read (receivers are told to answer quickly and briefly).

export const SEND_TIMEOUT_MS = 10_000;
export const MAX_ANSWER_BYTES = 2048;

export type SendOutcome = { status: number; error: null } | { status: number | null; error: string };

export function postWebhook(rawUrl: string, body: string, headers: Record<string, string>, allowPrivate = privateTargetsAllowed()): Promise<SendOutcome> {
  let url: URL;
  try {
    url = parseTarget(rawUrl, allowPrivate).url;
  } catch (error) {
    return Promise.resolve({ status: null, error: error instanceof TargetRefused ? error.message : String(error) });
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), "User-Agent": "Dealplaybook-Webhooks/1", ...headers },
        lookup: guardedLookup(allowPrivate) as never,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        const done = () => finish(status >= 200 && status < 300 ? { status, error: null } : { status, error: `The endpoint answered ${status}.` });
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read >= MAX_ANSWER_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on("end", done);
        response.on("error", done);
        response.on("close", done);
      },
    );
    const timer = setTimeout(() => {
      finish({ status: null, error: `No answer within ${SEND_TIMEOUT_MS / 1000} s.` });
      request.destroy();
    }, SEND_TIMEOUT_MS);
    request.on("error", (error) => finish({ status: null, error: error.message.slice(0, 500) || "The connection failed." }));
    request.end(body);
  });
}
