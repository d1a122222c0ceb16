import pg from "pg";

// Counts the statements the Prisma client sends (through the adapter's pg clients) while `fn` runs,
// for tests that hold a read to a constant number of statements whatever the data.

const sent: string[] = [];
let counting = false;
const originalQuery = pg.Client.prototype.query;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(pg.Client.prototype as any).query = function (this: pg.Client, ...args: unknown[]) {
  if (counting) sent.push(typeof args[0] === "string" ? args[0] : String((args[0] as { text?: string })?.text));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (originalQuery as any).apply(this, args);
};

/** The statements sent while `fn` ran (its own and any other in flight: run it alone). */
export async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  sent.length = 0;
  counting = true;
  try {
    await fn();
  } finally {
    counting = false;
  }
  return [...sent];
}
