"use client";

import { useId, useRef, useState } from "react";
import { controlClass } from "@/components/ui/field";
import { mentionToken } from "@/lib/domain/mentions";

export interface MentionableMember {
  userId: string;
  name: string;
  email: string;
}

/**
 * "Mention someone": a filterable list of the organisation's active members; choosing one inserts
 * their "@email" token at the caret of the comment field and returns focus there. Plain buttons in a
 * list, so Tab, Enter and Escape work without a custom widget.
 */
export function MentionPicker({
  members,
  textarea,
  onInsert,
}: {
  members: readonly MentionableMember[];
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  /** The field's new value and where the caret goes. */
  onInsert: (value: string, caret: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const filterId = useId();
  const query = filter.trim().toLowerCase();
  const shown = members.filter((m) => !query || m.name.toLowerCase().includes(query) || m.email.includes(query));

  function close(focus: "toggle" | "field") {
    setOpen(false);
    setFilter("");
    (focus === "toggle" ? toggle.current : textarea.current)?.focus();
  }

  function insert(member: MentionableMember) {
    const field = textarea.current;
    const value = field?.value ?? "";
    const start = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? value.length;
    const before = value.slice(0, start);
    const after = value.slice(end);
    const token = `${before && !/\s$/.test(before) ? " " : ""}${mentionToken(member.email)}${/^\s/.test(after) ? "" : " "}`;
    onInsert(before + token + after, before.length + token.length);
    close("field");
  }

  return (
    <div className="relative">
      <button
        ref={toggle}
        type="button"
        className="inline-flex items-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close("toggle") : setOpen(true))}
      >
        <span aria-hidden="true" className="font-semibold text-brand-700">
          @
        </span>
        Mention someone
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label="Mention a member"
          className="absolute left-0 z-10 mt-1 w-72 max-w-[calc(100vw-3rem)] rounded-lg bg-white p-3 shadow-lg ring-1 ring-slate-200"
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close("toggle");
            }
          }}
        >
          <label htmlFor={filterId} className="block text-xs font-medium text-slate-700">
            Find a member
          </label>
          <input
            id={filterId}
            className={`${controlClass} mt-1`}
            type="search"
            autoComplete="off"
            autoFocus
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                if (shown.length === 1) insert(shown[0]);
              }
            }}
          />
          <ul className="mt-2 max-h-56 overflow-y-auto" aria-label="Members">
            {shown.map((m) => (
              <li key={m.userId}>
                <button
                  type="button"
                  className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-brand-50 focus:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                  onClick={() => insert(m)}
                >
                  <span className="block font-medium text-slate-900">{m.name}</span>
                  <span className="block truncate text-xs text-slate-600">{m.email}</span>
                </button>
              </li>
            ))}
            {shown.length === 0 && <li className="px-2 py-1.5 text-sm text-slate-600">No member matches “{filter}”.</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
