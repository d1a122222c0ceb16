// The draft overview's small controls, links and buttons alike. A plain module: a server component
// importing a value from a "use client" module gets a client reference, not the value.
export const SMALL_CONTROL =
  "print:hidden inline-flex items-center rounded-md bg-white px-2 py-1 text-xs font-medium ring-1 ring-inset ring-slate-200 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-white";
