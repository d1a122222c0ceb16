import { cn } from "@/components/ui/cn";
import { splitLeadingNumber, wordChange } from "@/lib/drafts/redline-diff";

/**
 * A passage as the redline will show it: the vendor's words we delete struck through, ours
 * underlined, the rest as it is (the same word-level change the DOCX gets).
 */
export function RedlinePreview({ text, number, proposed }: { text: string; number: string; proposed: string }) {
  const { prefix } = splitLeadingNumber(text, number);
  const change = wordChange(text, prefix + proposed);
  if (!change) return <p className="text-sm text-slate-800">{text}</p>;
  const deleted = text.slice(change.start, change.end);
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-800">
      {text.slice(0, change.start)}
      {deleted && (
        <del className="bg-red-50 text-red-800 decoration-red-700">
          <span className="sr-only">Deleted: </span>
          {deleted}
        </del>
      )}
      {change.inserted && (
        <ins className={cn("bg-emerald-50 text-emerald-900 underline decoration-emerald-700", deleted && "ml-1")}>
          <span className="sr-only">Inserted: </span>
          {change.inserted}
        </ins>
      )}
      {text.slice(change.end)}
    </p>
  );
}
