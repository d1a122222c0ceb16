import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CHANNEL_LABEL, OFFER_LABEL, STANCE_LABEL, STANCE_TONE } from "@/lib/format/response-labels";
import { RED_FLAG_RULES } from "@/lib/playbook/pitch-patterns";
import type { VendorResponseDto } from "@/lib/services/deal-clauses";
import type { ResponseDraftSourceDto } from "@/lib/services/drafts/response-sources";
import { RedFlagCard } from "./red-flag-card";

const RULES = new Map(RED_FLAG_RULES.map((rule) => [rule.key as string, rule]));

export function ResponseTimeline({
  responses,
  playbookPitches,
  sources = {},
  renderSource,
}: {
  responses: VendorResponseDto[];
  playbookPitches: Record<string, { quote: string; danger: string; counter: string }>;
  /** Responses logged from a vendor draft round, by id, shown with `renderSource`. */
  sources?: Record<string, ResponseDraftSourceDto>;
  renderSource?: (source: ResponseDraftSourceDto) => React.ReactNode;
}) {
  if (!responses.length)
    return <EmptyState title="No vendor responses yet" description="Log what the vendor says about this clause; the newest entry appears first." />;
  return (
    <ol className="relative space-y-6 border-l border-slate-200 pl-6" aria-label="Vendor responses, newest first">
      {responses.map((r) => (
        <li key={r.id} className="relative" data-testid="response-entry">
          <span aria-hidden="true" className="absolute -left-[31px] top-1.5 h-3 w-3 rounded-full bg-white ring-2 ring-brand-500" />
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <time dateTime={r.occurredOn} className="font-semibold text-slate-700">
              {r.occurredOn}
            </time>
            <span>{CHANNEL_LABEL[r.channel]}</span>
            <Badge tone={STANCE_TONE[r.stance]}>{STANCE_LABEL[r.stance]}</Badge>
            <span>{OFFER_LABEL[r.offerPosition]}</span>
            <span className="ml-auto">
              logged by {r.author.name} · {new Date(r.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
            </span>
          </div>
          <blockquote className="mt-2 whitespace-pre-wrap font-serif text-sm italic text-slate-800">“{r.vendorText}”</blockquote>
          {sources[r.id] && renderSource?.(sources[r.id])}
          {r.counterNextStep && (
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">Our counter / next step: </span>
              {r.counterNextStep}
            </p>
          )}
          {r.redFlagKeys.length > 0 && (
            <details className="mt-2" open={r === responses[0]}>
              <summary className="cursor-pointer text-sm font-medium text-red-700">
                {r.redFlagKeys.length} red flag{r.redFlagKeys.length === 1 ? "" : "s"} recognised
              </summary>
              <div className="mt-2 space-y-2">
                {r.redFlagKeys.map((key) => {
                  const rule = RULES.get(key);
                  const pitch = playbookPitches[rule?.kind === "risky-language" ? "" : key];
                  // A pitch recognised by its playbook phrases alone has no built-in rule: it reads as the playbook's pitch.
                  if (!rule && !pitch) return null;
                  return (
                    <RedFlagCard
                      key={key}
                      flag={{
                        key,
                        title: rule?.title ?? pitch.quote,
                        severity: rule?.severity ?? "high",
                        danger: rule?.kind === "risky-language" || !pitch ? rule!.danger : pitch.danger,
                        counter: rule?.counter ?? pitch.counter,
                        playbookPitch: rule?.kind === "risky-language" ? undefined : (pitch ?? undefined),
                      }}
                    />
                  );
                })}
              </div>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
