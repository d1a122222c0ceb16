import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/load-actor";
import { deliverSoon } from "@/lib/mail/deliver";
import { defineAction, type ActionDefinition } from "./define-action";

/**
 * A server action that changes a deal. Its service ends with the after-change step
 * (lib/services/deal-changes.ts); here, after commit, every page that shows deals is refreshed: the
 * deal's own pages, the deal list, the home queues and the portfolio all read what the change moved;
 * and the emails its notifications queued go out now rather than at the next retry round.
 */
export function defineDealAction<S extends z.ZodType, T>(
  definition: Omit<ActionDefinition<S, T>, "handler"> & { service: (actor: Actor, input: z.output<S>) => Promise<T> },
) {
  const { service, ...rest } = definition;
  return defineAction({
    ...rest,
    handler: async (actor, input) => {
      const result = await service(actor, input);
      deliverSoon();
      revalidatePath("/", "layout");
      return result;
    },
  });
}
