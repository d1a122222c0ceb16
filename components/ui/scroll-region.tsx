import { cn } from "./cn";

/**
 * A wide table's frame on a narrow screen: it scrolls sideways, and being focusable and named, a
 * keyboard can scroll it too (WCAG 2.1.1) and a screen reader announces what it holds.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("relative overflow-x-auto print:overflow-visible", className)}>
      {children}
    </div>
  );
}
