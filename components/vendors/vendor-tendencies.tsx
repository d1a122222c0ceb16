import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { formatMinor, formatMoneyMap } from "@/lib/format/money";
import type { VendorDealDto, VendorPageDto } from "@/lib/services/vendors";

/** Live deals with no secured route to the model (weights, self-hosting or exit delivery still open), and their value. */
export function VendorLockIn({ deals, exposedValue }: { deals: VendorDealDto[]; exposedValue: VendorPageDto["vendor"]["exposedValue"] }) {
  const exposed = deals.filter((d) => !d.archived && d.lockInExposed);
  return (
    <Card data-testid="vendor-lock-in">
      <CardHeader title="Lock-in exposure" description="Live deals where we could not yet leave with the model." />
      <div className="px-5 py-4 text-sm">
        {exposed.length === 0 ? (
          <p className="text-slate-600">No live deal exposed.</p>
        ) : (
          <>
            <p className="font-semibold tabular-nums text-amber-800">{formatMoneyMap(exposedValue)} exposed</p>
            <ul className="mt-2 space-y-1">
              {exposed.map((d) => (
                <li key={d.id} className="flex flex-wrap justify-between gap-x-3">
                  <Link href={`/deals/${d.id}`} className="text-brand-700 underline">
                    {d.name}
                  </Link>
                  <span className="tabular-nums text-slate-700">{formatMinor(d.contractValueMinor, d.currency)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Card>
  );
}

/** Counters and rejections per clause, over all the vendor's deals. */
export function VendorPushback({ pushback }: { pushback: VendorPageDto["pushback"] }) {
  return (
    <Card data-testid="vendor-pushback">
      <CardHeader title="Where it pushes back" description="Counters and rejections logged, per clause, over all its deals." />
      {pushback.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No counter or rejection logged.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {pushback.map((p) => (
            <li key={p.clauseKey} className="px-5 py-3 text-sm">
              <p className="font-medium text-slate-900">{p.title}</p>
              <p className="text-slate-600">
                {p.counters} {p.counters === 1 ? "counter" : "counters"}, {p.rejects} {p.rejects === 1 ? "rejection" : "rejections"} · in {p.deals}{" "}
                {p.deals === 1 ? "deal" : "deals"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The playbook's vendor pitches recognised in its words. */
export function VendorPitches({ pitches }: { pitches: VendorPageDto["pitches"] }) {
  return (
    <Card data-testid="vendor-pitches">
      <CardHeader title="Pitches it used" description="Red-flag pitches of the playbook recognised in what the vendor said." />
      {pitches.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">None recognised so far.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {pitches.map((p) => (
            <li key={p.pitchKey} className="px-5 py-3 text-sm">
              <p className="font-serif italic text-slate-900">“{p.quote}”</p>
              <p className="text-slate-600">
                Heard {p.count} {p.count === 1 ? "time" : "times"} in {p.deals} {p.deals === 1 ? "deal" : "deals"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
