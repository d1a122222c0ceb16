import { commentSegments } from "@/lib/domain/mentions";

/** A comment's text with each "@email" token shown as "@Name" (a token naming no member stays as written). */
export function CommentBody({ body, names }: { body: string; names: Readonly<Record<string, string>> }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm text-slate-800">
      {commentSegments(body).map((segment, i) =>
        "text" in segment ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <span key={i} className="rounded bg-brand-50 px-1 font-medium text-brand-700" title={segment.mention}>
            @{names[segment.mention] ?? segment.mention}
          </span>
        ),
      )}
    </p>
  );
}
