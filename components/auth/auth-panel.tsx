import Link from "next/link";

/** The frame of the signed-out pages besides sign-in (forgot and reset password): the brand, a title and one narrow column. */
export function AuthPanel({ title, description, children }: { title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:justify-center">
      <div className="w-full max-w-md">
        <Link href="/login" className="mb-6 flex items-center gap-2 text-lg font-semibold text-slate-900">
          <img src="/favicon.svg" alt="" className="h-8 w-8" /> Dealplaybook
        </Link>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
          <div className="mt-6">{children}</div>
        </div>
      </div>
    </main>
  );
}
