import type { Tone } from "@/lib/format/tone";
import { cn } from "./cn";

const TONES: Record<Tone, string> = {
  good: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  ok: "bg-sky-50 text-sky-800 ring-sky-600/20",
  bad: "bg-red-50 text-red-800 ring-red-600/20",
  open: "bg-slate-100 text-slate-700 ring-slate-500/20",
  muted: "bg-slate-50 text-slate-600 ring-slate-400/20",
  info: "bg-brand-50 text-brand-700 ring-brand-600/20",
  warn: "bg-amber-50 text-amber-900 ring-amber-600/30",
};

/** `wrap`: for a sentence (a quoted pitch) that may break over lines on a narrow screen; labels stay on one line. */
export function Badge({ tone = "open", wrap = false, className, children }: { tone?: Tone; wrap?: boolean; className?: string; children: React.ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        wrap ? "whitespace-normal" : "whitespace-nowrap",
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
