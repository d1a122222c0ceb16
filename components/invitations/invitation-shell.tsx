import { Card } from "@/components/ui/card";

/** The signed-out frame of the invitation page: the app's name, one card. */
export function InvitationShell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:py-16">
      <div className="mb-8 flex items-center gap-2 text-lg font-semibold text-slate-900">
        <img src="/favicon.svg" alt="" className="h-8 w-8" /> Dealplaybook
      </div>
      <Card className="w-full max-w-md p-6 sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        <div className="mt-4 space-y-5">{children}</div>
      </Card>
    </main>
  );
}
