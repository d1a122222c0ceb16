import { Badge } from "@/components/ui/badge";

export interface RedFlagView {
  key: string;
  title: string;
  severity: "high" | "medium";
  danger: string;
  counter: string;
  matchText?: string;
  /** For a pitch: the organisation's playbook pitch, whose counter is shown (the rule's is the default playbook's). */
  playbookPitch?: { quote: string; counter: string };
}

/** One recognised vendor pitch or risky phrase: what it is, why it hurts, what to say back. */
export function RedFlagCard({ flag }: { flag: RedFlagView }) {
  return (
    <div className="rounded-lg border border-red-200 bg-red-50/70 p-3 text-sm" data-testid="red-flag">
      <div className="flex flex-wrap items-center gap-2">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 text-red-600" fill="currentColor">
          <path
            fillRule="evenodd"
            d="M8.5 2.9a1.7 1.7 0 0 1 3 0l6.3 11.4A1.7 1.7 0 0 1 16.3 17H3.7a1.7 1.7 0 0 1-1.5-2.7zM10 7a.8.8 0 0 0-.8.8v3.4a.8.8 0 0 0 1.6 0V7.8A.8.8 0 0 0 10 7zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2z"
          />
        </svg>
        <span className="font-semibold text-red-900">{flag.title}</span>
        <Badge tone={flag.severity === "high" ? "bad" : "warn"}>{flag.severity === "high" ? "High risk" : "Medium risk"}</Badge>
      </div>
      {flag.matchText && (
        <p className="mt-1.5 text-red-900">
          Matched: <mark className="rounded bg-red-200/70 px-1 font-serif italic text-red-950">{flag.matchText}</mark>
        </p>
      )}
      <p className="mt-1.5 text-slate-700">
        <span className="font-medium text-slate-900">Why it is dangerous: </span>
        {flag.danger}
      </p>
      <p className="mt-1 text-slate-700">
        <span className="font-medium text-emerald-800">Counter: </span>
        {flag.playbookPitch?.counter ?? flag.counter}
      </p>
    </div>
  );
}
