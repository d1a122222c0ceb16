import { ScrollRegion } from "@/components/ui/scroll-region";

/** Code that keeps its lines: a long one scrolls inside the block, never the page. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <ScrollRegion label={label} className="rounded-lg bg-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none">
      <pre className="p-4 font-mono text-xs leading-relaxed text-slate-100">
        <code>{children}</code>
      </pre>
    </ScrollRegion>
  );
}
