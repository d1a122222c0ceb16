"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { deliverSoon } from "@/lib/mail/deliver";
import { retryOutboxMessage as retryOutboxMessageService } from "@/lib/services/outbox";
import { ZRetryOutboxMessage } from "@/lib/validation/organization";

/** Sends a failed message once more, now (after the retry committed; never awaited). */
export const retryOutboxMessage = defineAction({
  name: "retryOutboxMessage",
  permission: "outbox:read",
  schema: ZRetryOutboxMessage,
  handler: async (actor, input) => {
    const result = await retryOutboxMessageService(actor, input);
    deliverSoon();
    revalidatePath("/admin/outbox");
    return result;
  },
});
