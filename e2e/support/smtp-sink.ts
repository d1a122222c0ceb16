import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server on loopback that keeps every message it receives: the app's mail goes here in
// end-to-end tests (SMTP_URL), and tests read it back through the test services' HTTP endpoint.

export interface SunkMessage {
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
}

/**
 * Port 0 picks a free one (the `port` returned). `refuse`: the server answers every message with a
 * permanent error, as a mail server that rejects it would (lib/mail/__tests__/deliver.int.test.ts).
 */
export async function startSmtpSink(
  port: number,
  options: { refuse?: boolean } = {},
): Promise<{ messages: SunkMessage[]; port: number; close: () => Promise<void> }> {
  const messages: SunkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      if (options.refuse) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox unavailable (test sink refuses)"), { responseCode: 550 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    messages,
    port: typeof address === "object" && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
