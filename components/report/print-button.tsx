"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the report's print CSS does the rest. */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 text-slate-600">
        <path
          fillRule="evenodd"
          d="M5 2.75A.75.75 0 0 1 5.75 2h8.5a.75.75 0 0 1 .75.75V6h.5A2.5 2.5 0 0 1 18 8.5v5a1.5 1.5 0 0 1-1.5 1.5H15v2.25a.75.75 0 0 1-.75.75h-8.5a.75.75 0 0 1-.75-.75V15H3.5A1.5 1.5 0 0 1 2 13.5v-5A2.5 2.5 0 0 1 4.5 6H5V2.75ZM13.5 6V3.5h-7V6h7Zm-7 6.5v4h7v-4h-7Z"
          clipRule="evenodd"
        />
      </svg>
      Print
    </Button>
  );
}
