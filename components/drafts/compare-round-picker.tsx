import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

/** Chooses the round to compare against: a plain GET form, so it works before any script has loaded. */
export function CompareRoundPicker({
  action,
  rounds,
  selected,
}: {
  action: string;
  rounds: { id: string; round: number; title: string }[];
  selected: string | null;
}) {
  if (!rounds.length) return null;
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2">
      <div className="space-y-1.5">
        <label htmlFor="compare-with" className="block text-sm font-medium text-slate-700">
          Compare with
        </label>
        <select id="compare-with" name="with" defaultValue={selected ?? undefined} className={controlClass}>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              Round {r.round}: {r.title}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Compare
      </Button>
    </form>
  );
}
