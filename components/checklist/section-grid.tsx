import Link from "next/link";
import type { SectionProgress } from "@/lib/domain/progress";
import { ProgressBar, ProgressLegend } from "./progress-bar";

export function SectionGrid({ dealId, sections }: { dealId: string; sections: (SectionProgress & { title: string })[] }) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {sections.map((section, i) => (
        <li key={section.layerKey}>
          <Link
            href={`/deals/${dealId}/layers/${section.layerKey}`}
            data-testid={`section-${section.layerKey}`}
            className="block h-full rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition hover:ring-brand-500"
          >
            <div className="flex items-baseline justify-between gap-2">
              <h3 className="text-sm font-semibold text-slate-900">
                {i + 1}. {section.title}
              </h3>
              <span className="text-xs tabular-nums text-slate-600" data-testid="section-settled">
                {section.mustHave + section.fallback}/{section.total - section.notApplicable} settled
              </span>
            </div>
            <ProgressBar counts={section} className="mt-3 h-2" />
            <div className="mt-3">
              <ProgressLegend counts={section} />
            </div>
          </Link>
        </li>
      ))}
    </ol>
  );
}
