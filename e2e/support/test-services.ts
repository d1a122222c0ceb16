import http from "node:http";
import { startOidcProvider } from "./oidc-provider";
import { APP_PORT, OIDC_PORT, SERVICES_PORT, SMTP_PORT } from "./service-ports";
import { startSmtpSink } from "./smtp-sink";

// The services the app under test talks to, started by Playwright beside it (playwright.config.ts,
// webServer): a real SMTP sink, a real OpenID Connect provider on OIDC_PORT (its warnings about
// Node 20 and its development defaults go to stderr and are harmless), and an HTTP endpoint on
// SERVICES_PORT for the tests:
//   GET /health            200 once everything listens
//   GET /messages?to=ADDR  the messages received for ADDR (all without `to`), oldest first

async function main() {
  const sink = await startSmtpSink(SMTP_PORT);
  const oidc = await startOidcProvider(OIDC_PORT, APP_PORT);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return void res.end("ok");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const found = to ? sink.messages.filter((m) => m.to.includes(to)) : sink.messages;
      res.setHeader("content-type", "application/json");
      return void res.end(JSON.stringify(found));
    }
    res.statusCode = 404;
    res.end();
  });
  server.listen(SERVICES_PORT, "127.0.0.1");
  const stop = () => {
    server.close();
    void Promise.all([sink.close(), oidc.close()]).then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
