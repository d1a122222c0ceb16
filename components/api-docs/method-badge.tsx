import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/lib/format/tone";

const TONE: Record<string, Tone> = { get: "info", post: "good", put: "warn", patch: "warn", delete: "bad" };

export function MethodBadge({ method }: { method: string }) {
  return (
    <Badge tone={TONE[method] ?? "open"} className="w-16 justify-center font-mono">
      {method.toUpperCase()}
    </Badge>
  );
}
