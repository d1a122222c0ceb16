import { Card, CardHeader } from "@/components/ui/card";
import type { PlaybookDto } from "@/lib/services/playbook";
import { ClauseCard } from "./clause-card";

export function PlaybookToc({ playbook }: { playbook: PlaybookDto }) {
  const link = "block rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900";
  return (
    <nav aria-label="Playbook contents" className="sticky top-6 space-y-4">
      <div>
        <div className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-600">Checklist sections</div>
        {playbook.layers.map((layer, i) => (
          <a key={layer.key} href={`#layer-${layer.key}`} className={link}>
            {i + 1}. {layer.title} <span className="text-slate-600">({layer.clauses.length})</span>
          </a>
        ))}
      </div>
      <div>
        <div className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-600">Know the game</div>
        <a href="#pitches" className={link}>
          Vendor pitches ({playbook.pitches.length})
        </a>
        <a href="#scenarios" className={link}>
          Failure scenarios ({playbook.scenarios.length})
        </a>
        <a href="#recommendations" className={link}>
          Recommendations ({playbook.recommendations.length})
        </a>
      </div>
    </nav>
  );
}

export function LayerSections({ playbook }: { playbook: PlaybookDto }) {
  return (
    <>
      {playbook.layers.map((layer, i) => (
        <Card key={layer.key} id={`layer-${layer.key}`} className="scroll-mt-6" aria-labelledby={`layer-${layer.key}-title`} data-testid="playbook-layer">
          <CardHeader
            title={
              <span id={`layer-${layer.key}-title`}>
                {i + 1}. {layer.title}
              </span>
            }
            description={layer.summary}
            actions={<span className="text-xs whitespace-nowrap text-slate-600">{layer.clauses.length} clauses</span>}
          />
          {layer.clauses.map((clause) => (
            <ClauseCard key={clause.key} clause={clause} />
          ))}
        </Card>
      ))}
    </>
  );
}

export function PitchSection({ playbook }: { playbook: PlaybookDto }) {
  return (
    <Card id="pitches" className="scroll-mt-6">
      <CardHeader title="Vendor pitches to expect" description="Red flags that sound reasonable across the table, why they hurt, and what to say back." />
      <ol className="divide-y divide-slate-100">
        {playbook.pitches.map((pitch) => (
          <li key={pitch.key} id={`pitch-${pitch.key}`} data-testid="playbook-pitch" className="scroll-mt-6 px-5 py-4">
            <p className="font-serif text-base italic text-slate-900">“{pitch.quote}”</p>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <div>
                <div className="text-xs font-semibold uppercase tracking-wide text-red-700">Why it is dangerous</div>
                <p className="mt-1 text-sm text-slate-700">{pitch.danger}</p>
              </div>
              <div>
                <div className="text-xs font-semibold uppercase tracking-wide text-emerald-700">Counter</div>
                <p className="mt-1 text-sm text-slate-700">{pitch.counter}</p>
              </div>
            </div>
            <p className="mt-2 text-xs text-slate-600">
              Attacks:{" "}
              {pitch.clauses.map((c, i) => (
                <span key={c.key}>
                  {i > 0 && ", "}
                  <a className="underline decoration-slate-300 hover:text-slate-800" href={`#clause-${c.key}`}>
                    {c.title}
                  </a>
                </span>
              ))}
              <span className="text-slate-600"> · Source: {pitch.source}</span>
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}

export function ScenarioSection({ playbook }: { playbook: PlaybookDto }) {
  return (
    <Card id="scenarios" className="scroll-mt-6">
      <CardHeader
        title="Failure scenarios"
        description="What goes wrong when the model is not secured. A deal covers a scenario when every defending clause is at its must-have or fallback."
      />
      <div className="grid gap-px bg-slate-100 md:grid-cols-2">
        {playbook.scenarios.map((scenario) => (
          <article key={scenario.key} id={`scenario-${scenario.key}`} data-testid="playbook-scenario" className="scroll-mt-6 bg-white px-5 py-4">
            <h3 className="text-sm font-semibold text-slate-900">{scenario.title}</h3>
            <p className="mt-1 text-sm text-slate-600">{scenario.story}</p>
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">What went wrong: </span>
              {scenario.whatWentWrong}
            </p>
            <div className="mt-2 text-xs text-slate-600">
              <span className="font-medium">Defended by: </span>
              {scenario.defendedBy.map((c, i) => (
                <span key={c.key}>
                  {i > 0 && ", "}
                  <a className="underline decoration-slate-300 hover:text-slate-800" href={`#clause-${c.key}`}>
                    {c.title}
                  </a>
                </span>
              ))}
            </div>
            <p className="mt-1 text-xs text-slate-600">Source: {scenario.source}</p>
          </article>
        ))}
      </div>
    </Card>
  );
}

export function RecommendationSection({ playbook }: { playbook: PlaybookDto }) {
  return (
    <Card id="recommendations" className="scroll-mt-6">
      <CardHeader title="Recommendations" description="Seven process steps; every deal carries them as a checklist beside its readiness." />
      <ol className="divide-y divide-slate-100">
        {playbook.recommendations.map((rec, i) => (
          <li key={rec.key} data-testid="playbook-recommendation" className="flex gap-4 px-5 py-4">
            <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700">{i + 1}</span>
            <div>
              <h3 className="text-sm font-semibold text-slate-900">{rec.title}</h3>
              <p className="mt-0.5 text-sm text-slate-600">{rec.detail}</p>
              <p className="mt-1 text-xs text-slate-600">Source: {rec.source}</p>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** A whole playbook version: its table of contents beside the sections, pitches, scenarios and process steps. */
export function PlaybookBody({ playbook }: { playbook: PlaybookDto }) {
  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <aside className="hidden lg:block">
        <PlaybookToc playbook={playbook} />
      </aside>
      <div className="min-w-0 space-y-6">
        <LayerSections playbook={playbook} />
        <PitchSection playbook={playbook} />
        <ScenarioSection playbook={playbook} />
        <RecommendationSection playbook={playbook} />
      </div>
    </div>
  );
}
