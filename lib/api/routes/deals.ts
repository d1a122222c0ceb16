import { z } from "zod";
import { ApiProblem, defineApiRoute } from "@/lib/api/define-api-route";
import { problem } from "@/lib/api/problem";
import { dealInputOf, toApiDeal, ZApiDeal, ZApiDealCreate, ZApiDealList, ZApiDealPatch } from "@/lib/api/schemas/deal";
import { AppError } from "@/lib/errors";
import { getDealRecord, listDealRecords } from "@/lib/services/deal-records";
import { createDeal as createDealService, updateDeal as updateDealService } from "@/lib/services/deals";
import { ZId } from "@/lib/validation/common";
import { encodeDealCursor, ZDealFeedQuery } from "@/lib/validation/deal-feed";

// The organisation's deals: list (filters, keyset pagination), read, create (idempotent) and update
// (If-Match). Every write goes through the same service as the app's deal form.

const ZDealParams = z.object({ dealId: ZId.meta({ description: "The deal's id." }) });

const etag = (version: number) => `"${version}"`;

export const listDeals = defineApiRoute(
  {
    operationId: "listDeals",
    method: "GET",
    path: "/deals",
    tag: "Deals",
    summary: "List deals",
    description: [
      "The organisation's deals, most recently changed first (`updatedAt` descending, then `id` descending), a page at a time.",
      "Follow `nextCursor` until it is null. A deal changed while you page moves to the front of the order: deals not yet reached are neither",
      "skipped nor repeated, but one changed after you passed its position is not shown again. To keep a copy in sync, note the time you",
      "start, walk every page, and next time pass that time as `updatedSince`.",
    ].join(" "),
    permission: "deal:read",
    query: ZDealFeedQuery,
    response: { status: 200, description: "A page of deals.", schema: ZApiDealList },
  },
  async ({ actor, query }) => {
    const { rows, next } = await listDealRecords(actor, query);
    return { body: { data: rows.map(toApiDeal), nextCursor: next ? encodeDealCursor(next) : null } };
  },
);

export const createDeal = defineApiRoute(
  {
    operationId: "createDeal",
    method: "POST",
    path: "/deals",
    tag: "Deals",
    summary: "Create a deal",
    description:
      "Creates a deal from the same fields as the app's deal form, pinned to the organisation's current playbook version with its checklist. " +
      "Send an `Idempotency-Key` to retry safely: a retry with the same key and body answers the first result again instead of creating twice.",
    permission: "deal:create",
    body: ZApiDealCreate,
    idempotent: true,
    response: { status: 201, description: "The new deal; `Location` names it.", schema: ZApiDeal },
    problems: [409, 422],
  },
  async ({ actor, body }) => {
    const { id } = await createDealService(actor, { ...body, ownerId: body.ownerId ?? actor.userId });
    const deal = await getDealRecord(actor, id);
    return { status: 201, body: toApiDeal(deal), headers: { Location: `/api/v1/deals/${id}`, ETag: etag(deal.version) } };
  },
);

export const getDeal = defineApiRoute(
  {
    operationId: "getDeal",
    method: "GET",
    path: "/deals/{dealId}",
    tag: "Deals",
    summary: "Read a deal",
    description: 'The deal, with its version as `ETag: "<version>"`: send it back as `If-Match` to update the deal.',
    permission: "deal:read",
    params: ZDealParams,
    response: { status: 200, description: "The deal.", schema: ZApiDeal },
  },
  async ({ actor, params }) => {
    const deal = await getDealRecord(actor, params.dealId);
    return { body: toApiDeal(deal), headers: { ETag: etag(deal.version) } };
  },
);

export const updateDeal = defineApiRoute(
  {
    operationId: "updateDeal",
    method: "PATCH",
    path: "/deals/{dealId}",
    tag: "Deals",
    summary: "Change a deal",
    description:
      "Changes the fields sent and keeps the others, with the same rules as the app's deal form (stage changes included). " +
      'Needs `If-Match: "<version>"` with the version you last read; if the deal changed since, nothing is written and the answer is 412 with `currentVersion`.',
    permission: "deal:update",
    params: ZDealParams,
    body: ZApiDealPatch,
    ifMatch: true,
    response: { status: 200, description: "The changed deal, with its new version as ETag.", schema: ZApiDeal },
  },
  async ({ actor, params, body, ifMatchVersion }) => {
    const current = await getDealRecord(actor, params.dealId);
    if (current.version !== ifMatchVersion) throw stale(current.version);
    try {
      await updateDealService(actor, { ...dealInputOf(current), ...body, dealId: current.id, version: ifMatchVersion });
    } catch (error) {
      // Someone else's change landed between the read above and the write.
      const currentVersion =
        error instanceof AppError && error.code === "CONFLICT" ? (error.details as { currentVersion?: unknown })?.currentVersion : undefined;
      if (typeof currentVersion === "number") throw stale(currentVersion);
      throw error;
    }
    const deal = await getDealRecord(actor, current.id);
    return { body: toApiDeal(deal), headers: { ETag: etag(deal.version) } };
  },
);

function stale(currentVersion: number) {
  return new ApiProblem(
    problem(
      "precondition-failed",
      `The deal changed since the version you sent; it is now at version ${currentVersion}. Read it again, then apply your change.`,
      {
        currentVersion,
      },
    ),
  );
}
