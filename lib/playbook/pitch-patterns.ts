import type { LayerKey } from "@/lib/domain/enums";
import { BUILTIN_PITCH_TEXT } from "./builtin-pitch-text";

// Pattern table for recognising the playbook's vendor pitches and risky contract language in what a
// vendor said or wrote. Used by the pure matcher in lib/domain/red-flags.ts.
//
// How the patterns are applied (the contract every pattern below relies on):
//  - The text is normalised first: lower case, curly quotes/apostrophes turned into ' and ",
//    every kind of dash into "-", every run of whitespace into a single space.
//  - It is then cut into sentences on . ! ? ; and line breaks (not on "e.g.", "3.5" and the like),
//    and each pattern runs against one sentence at a time, so `.` never crosses a sentence.
//  - A rule fires on the first sentence where one of its `patterns` matches and none of its `unless`
//    patterns matches anywhere in that same sentence (negations, client-friendly wording).
//  - Patterns must stay linear: anchor on a word, use only bounded gaps such as `.{0,60}?`, and never
//    nest unbounded quantifiers. A run that spans word boundaries (`[\w.-]`) must be bounded and must
//    not backtrack into a gap: `gpt[\w.-]*.{0,100}?` took seconds on "gpt-gpt-gpt-…" (issue 11.1).
//    `npm run bench:analyze` times every rule against adversarial inputs at the maximum size, and
//    lib/domain/__tests__/red-flags-redos.test.ts runs a smaller set; run both after changing a pattern.
//
// The seven pitch rules carry no danger/counter text of their own: a finding takes the danger and counter
// of the deal's playbook pitch (lib/domain/red-flags.ts), or the default playbook's when no playbook is
// given (builtin-pitch-text.ts). The risky-language rules, which no pitch covers, carry their own, the
// project's paraphrase of the source article's advice.

/** The default playbook's seven vendor pitches, which the built-in patterns below recognise. A playbook's
 * own pitches (and the phrases an admin gives any pitch) are recognised by lib/domain/red-flags.ts too. */
export const PITCH_KEYS = [
  "hosting-only",
  "proprietary-base-model",
  "pooled-data",
  "discount-for-reuse",
  "trust-us",
  "lose-ai-on-exit",
  "big-tech-platform",
] as const;
export type PitchKey = (typeof PITCH_KEYS)[number];

export const RISK_LANGUAGE_KEYS = [
  "data-any-purpose",
  "aggregated-data-exception",
  "weak-licence",
  "vendor-owns-improvements",
  "destroy-on-termination",
  "deemed-acceptance",
  "exit-fees",
  "residuals-know-how",
  "audit-refusal",
  "vendor-owns-outputs",
  "no-escrow",
  "uncapped-renewal-pricing",
  "data-retained-after-exit",
] as const;
export type RiskLanguageKey = (typeof RISK_LANGUAGE_KEYS)[number];

export type RedFlagKey = PitchKey | RiskLanguageKey;
export type RedFlagKind = "pitch" | "risky-language";
export type RedFlagSeverity = "high" | "medium";

export type RedFlagRule = {
  /** A PitchKey for the seven playbook pitches, a RiskLanguageKey for risky contract wording. */
  key: RedFlagKey;
  kind: RedFlagKind;
  /** The closest playbook pitch, so the UI can show that pitch's counter next to the finding. */
  pitchKey: PitchKey;
  title: string;
  severity: RedFlagSeverity;
  /** The IP layer (checklist section) the wording hurts most. */
  layer: LayerKey;
  /** Why the wording is dangerous for the client (for a pitch: the playbook pitch's danger). */
  danger: string;
  /** What to answer / ask for instead (for a pitch: the playbook pitch's counter). */
  counter: string;
  /** Positive patterns, matched against one normalised (lower-case) sentence. */
  patterns: RegExp[];
  /** Vetoes: if any of these matches in the same sentence, that sentence does not count for the rule. */
  unless?: RegExp[];
};

/** A row of the table below: pitch rows leave danger and counter to the playbook. */
type RuleRow = (Omit<RedFlagRule, "danger" | "counter"> & { kind: "pitch" }) | (RedFlagRule & { kind: "risky-language" });

// ── Reusable fragments (regex source, lower case) ──────────────────────────────────────────────────

const r = (source: string): RegExp => new RegExp(source);

/** The vendor side of a contract, or "we"/"us" when a vendor is talking. */
const VENDOR = String.raw`(?:the\s)?(?:vendor|supplier|provider|licensor|contractor|developer)`;
const CLIENT = String.raw`(?:the\s)?(?:client|customer|licensee|buyer)`;
/** The vendor as the owner of something: "the Supplier's", "Vendor's". */
const VENDOR_OWNER = String.raw`(?:vendor|supplier|provider|licensor|developer)'s`;
const LICENCE = String.raw`licen[cs]e`;
/** Not directly preceded by a negation ("not deliver", "never provide", "won't give"). */
const NOT_NEGATED = String.raw`(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)(?<!\bno\s)(?<!\bnot\s(?:be\s)?(?:obliged|obligated|required|bound)\sto\s)(?<!\bno\s(?:obligation|duty)\sto\s)`;
/**
 * A negation shortly before one of the given verbs: "shall not use", "will never, in any case, share".
 * A word in between that turns the negation into a permission does not count: "does not restrict the use of".
 */
const FLIPS = String.raw`(?:restrict|prevent|limit|prohibit|preclude|stop|affect|apply|extend|bar|forbid)`;
const negatedVerb = (verbs: string): RegExp =>
  r(
    String.raw`\b(?:not|never|no|nor),?\s(?:(?!${FLIPS})[\w'-]+,?\s){0,3}?(?:${verbs})|\b(?:in\sno\s(?:event|case)|under\sno\scircumstances?|at\sno\stime)\s(?:shall|will|may|can|does|do|is|are)\s(?:(?!${FLIPS})[\w'-]+,?\s){1,4}?(?:${verbs})`,
  );
/** Words that mark the end of the relationship. */
const EXIT = String.raw`(?:end|ends|ended|ending|terminat\w*|expir\w*|leave|leaves|leaving|cancel\w*|lapse|lapses|lapsed|exit|churn\w*|stop\spaying|don't\srenew|do\snot\srenew|not\srenew\w*|non-renewal)`;

// A gpt model name ("gpt-4o-mini") is matched atomically, at most 30 characters: the lookahead captures the
// name and \k<gptModel> consumes exactly that, so the engine never retries shorter names before the gap
// that follows (the quadratic backtracking of issue 11.1). Use BIG_TECH at most once per pattern.
const BIG_TECH = String.raw`(?:openai|open\sai|azure|aws|amazon|bedrock|sagemaker|google|vertex|gemini|(?=(?<gptModel>gpt[\w.-]{0,30}))\k<gptModel>|chatgpt|anthropic|claude|cohere|hyperscalers?'?s?|big[- ]tech|cloud\sproviders?'?s?|platform\sproviders?'?s?|third[- ]party\s(?:ai\s|llm\s|model\s|cloud\s)?(?:platform|provider|service|api|vendor)s?'?s?|foundation[- ]model\sproviders?'?s?|(?:llm|model|ai)\s(?:provider|platform|vendor)s?'?s?|fine-tuning\s(?:service|api|platform)|managed\s(?:ai|ml|llm)\s(?:service|platform))`;
const CANNOT = String.raw`(?:can't|cannot|can\snot|couldn't|could\snot|unable\sto|not\sable\sto|not\sallowed\sto|not\spermitted\sto|no\sway\sto|won't\sbe\sable\sto|will\snot\sbe\sable\sto|prohibits?|prevents?|forbids?|doesn't\s(?:let|allow|permit)|does\snot\s(?:let|allow|permit)|don't\s(?:let|allow|permit)|do\snot\s(?:let|allow|permit)|won't\s(?:let|allow|permit)|will\snot\s(?:let|allow|permit)|(?:isn't|is\snot|aren't|are\snot|not)\sexportable|(?:does|do)\snot\ssupport|doesn't\ssupport|(?:is|are)\snot\ssupported)`;
const HAND_OVER = String.raw`(?:leave|exporting|giving|handing\sover|delivering|providing|transferring|downloading|releasing|sharing|extracting|moving|export|exported|give|given|hand\sover|hand\s(?:it|them|you|us|the\s[\w-]+)(?:\sover)?|handed\sover|deliver|delivered|provide|provided|transfer|transferred|download|downloaded|release|released|share|extract|extracted|take\sout|move|moved|port|ported|exportable|redistribut\w*|supply|supplied|delivery|handover|hand-over)`;

const DISCOUNT = String.raw`(?:discount|discounted|waive\w*\s(?:the\s|your\s)?(?:[\w'-]+\s)?(?:fee|fees|cost|charge)|rebate|price\sreduction|price\scut|reduced\s(?:[\w'-]+\s)?(?:price|fees?|rates?|pricing)|lower\s(?:[\w'-]+\s)?(?:price|fees?|rates?|pricing|cost)|(?:fees?|charges?|costs?)\s(?:is|are|will\sbe|shall\sbe)\swaived|more\skeenly|(?:sharper|keener|better)\s(?:price|pricing|rate|deal)|(?:fee|price|cost|charge|rate)s?\s(?:is|are|will\sbe|shall\sbe)\s(?:reduced|lowered|discounted|cut)|(?:drop|lower|cut|reduce)\s(?:the|our|your)\s(?:price|fee|rate)s?|(?:lower|cheaper|discounted|reduced)\s(?:tier|plan|package|option)|pricing\s(?:assumes|reflects|is\sbased\son)|(?<=\()(?:lower|cheaper|discounted|reduced)(?=\))|bring\s(?:the|our|your)\s(?:price|fee|cost)s?\sdown|cheaper|knock\w*\s.{0,15}?\soff|\d+\s?(?:%|percent)\s(?:off|less|discount|lower|cheaper|reduction)|reduce\s(?:your\s|the\s)?(?:[\w'-]+\s)?(?:fees?|price|pricing|cost|rates?)|(?:price|fee|cost)s?\s(?:drop|drops|falls|fall|come\sdown|comes\sdown|go\sdown|goes\sdown)|cut\s(?:the\s|your\s)?(?:price|fees?)|price\s(?:it|this|that|the\s[\w-]+)\s(?:lower|cheaper|down|more\skeenly))`;
const REUSE = String.raw`(?:reuse|re-use|reusing|resell|re-sell|reselling|commerciali[sz]e|sell\s(?:it|the\s(?:model|solution|ip))|${LICENCE}\s(?:it|the\s(?:model|solution|ip))\sto|offer\s(?:it|the\s(?:[\w'-]+\s)?(?:model|solution))\sto|repurpose|(?:use|deploy)\s(?:it|the\s(?:[\w'-]+\s)?(?:model|solution|ip))\s(?:elsewhere|for\sother|with\sother)|include\s(?:it|the\s(?:[\w'-]+\s)?(?:model|solution))\sin\s(?:its|our)\s(?:product|catalogue|catalog|portfolio|offering|range|library)|(?:becomes?|become|make\sit|making\sit)\spart\sof\sour\s(?:standard\s|general\s|commercial\s)?(?:product|catalogue|catalog|portfolio|offering|platform|library)|(?:go|goes|went)\sinto\sour\s(?:standard\s|general\s|commercial\s)?(?:product|catalogue|catalog|portfolio|offering|platform|library)|(?:sell|market|offer|license|licence|redeploy|deploy|provide)\s(?:it|the\s(?:[\w'-]+\s)?(?:model|solution|deliverables))\s(?:to|for)\s(?:other|third)|add\s(?:it|the\s(?:model|solution))\sto\sour\s(?:product|catalogue|catalog|portfolio|offering|library))`;

const AGGREGATE_WORD = String.raw`(?:aggregated|aggregate|de-?identified|deidentified|anonymi[sz]ed|anonymous|pseudonymi[sz]ed|pseudonymous|statistical)`;
/** "the Supplier's property", "the Vendor's exclusive property". */
const VENDORS_PROPERTY = String.raw`(?:the\s)?(?:vendor|supplier|provider|licensor|developer)'s\s(?:sole\s|exclusive\s)?property`;

const IMPROVEMENTS = String.raw`(?:resulting\s(?:model|version|weights)|fine[- ]?tuning|re-?training|improvements?|enhancements?|modifications?|derivatives?|derivative\sworks?|derivative\smodels?|updates?|(?:new\s)?releases?|refinements?|adaptations?|upgrades?|customi[sz]ations?|new\sversions?|retrained\sversions?|fine[- ]?tuned\sversions?|tuned\sversions?)`;
const OWNED_BY_VENDOR = String.raw`(?:owned\s(?:solely\s|exclusively\s)?by|(?:the\s)?(?:sole\s|exclusive\s)?property\sof|belongs?\s(?:solely\s|exclusively\s)?to|vests?\s(?:solely\s|exclusively\s)?in|vested\sin|remains?\swith|assigned\sto)\s(?:the\s)?(?:vendor|supplier|provider|licensor|contractor|developer|us)\b`;
const OWNED_BY_CLIENT = String.raw`\b(?<!\bnot\s)(?<!n't\s)(?:owned\sby|property\sof|belongs?\sto|vests?\sin|vested\sin|assigned\sto|assigns?\sto|transferred\sto|pass(?:es)?\sto)\s(?:the\s)?(?:client|customer)\b`;

const MODEL_OBJECT = String.raw`(?:model|models|weights|parameters|checkpoints?|instance|instances|artifacts?|artefacts?|deployment|adapters?|deliverables)`;
const DESTROYED = String.raw`(?:deleted|destroyed|erased|purged|wiped|decommissioned|disposed\sof|removed\sfor\sgood|retired|irretrievably\sremoved|permanently\sremoved|removed\spermanently|removed\sirretrievably|shut\sdown|switched\soff|torn\sdown)`;

const VENDOR_WORD = String.raw`(?:vendor|supplier|provider|licensor|developer|contractor)`;
const OUTPUTS = String.raw`(?:outputs?|results|predictions|completions|output\sdata|generated\s(?:content|text|outputs?|materials?)|content\s(?:generated|produced))`;
const AUDIT_REFUSED = String.raw`(?:don't|do\snot|doesn't|does\snot|won't|will\snot|shall\snot|cannot|can't|may\srefuse\sto|refuses?\sto)\s(?:allow|permit|accept|agree\sto|submit\sto|undergo)\s(?:any\s)?(?:[\w'-]+\s)?(?:audits?|inspections?|reviews?|examinations?)`;
const SECRECY = String.raw`(?:trade\ssecrets?|proprietary|confidential\w*|commercially\ssensitive|secret)`;
const CLIENT_DATA = String.raw`(?:(?:customer|client|licensee|user|your|training|personal)\s(?:data|datasets?|content|materials|information|documents|prompts|inputs|corpus|records|files)|(?:customer's|client's|licensee's)\s(?:data|datasets?|content|materials|information|documents|prompts)|prompts|(?:data|datasets?)\s(?:supplied|provided|uploaded|submitted))`;
const RETAIN = String.raw`(?:retain|retains|retained|keep|keeps|kept|hold|holds|held|hold\son\sto|store|stores|stored|archive|archived|remain|remains|stay|stays|persist|persists|survive|survives)`;
/** After the relationship ends, or with no end at all. */
const AFTER_EXIT = String.raw`(?:(?:after|following|beyond|upon|on|post)\s(?:the\s)?(?:termination|expiry|expiration|end|exit|term)|(?:when|once|after|if)\s(?:you|we|the\s(?:client|customer|licensee))\s(?:leave|leaves|exit|exits|terminate|terminates|cancel|cancels|go|move\son)|after\s(?:the\s)?(?:contract|relationship|agreement|subscription|engagement)\s(?:ends|has\sended|is\sover|expires|terminates)|indefinitely|for\sas\slong\sas\s(?:the\s)?(?:${VENDOR_WORD}|we|it)\b|until\s(?:the\s)?(?:${VENDOR_WORD}|we|it)\s(?:decides?|chooses?|elects?|sees\sfit|determines?)|retention\s(?:schedule|period|policy))`;

/**
 * Sentence-wide vetoes for every rule: wording that says a right does NOT exist ("nothing in this
 * Agreement grants the Vendor any right to …") or that frees the client ("nothing herein limits the Customer").
 * "Nothing herein restricts the Supplier from using residual knowledge" is NOT vetoed: it gives the vendor a right.
 */
const NOTHING_GRANTS = [
  r(
    String.raw`\bnothing\s(?:in|herein|contained|under)\b.{0,80}?\b(?:grants?|gives?|confers?|permits?|entitles?|allows?|authori[sz]es?|transfers?|creates?|vests?|assigns?)\b`,
  ),
  r(String.raw`\bnothing\s(?:in|herein|contained|under)\b.{0,80}?\b(?:limits?|restricts?|prevents?|precludes?|prohibits?|confines?)\s${CLIENT}\b`),
  // The vendor giving a right up: "the Supplier waives any right to use residual knowledge"
  r(
    String.raw`\b(?:vendor|supplier|provider|licensor|developer|contractor|we)\s(?:hereby\s|irrevocably\s)?waives?\s(?:any\s|all\s|its\s)?(?:rights?|claims?)\b`,
  ),
  // A right the vendor does not have: "this clause gives the Vendor no right to", "has not granted … any right for the Supplier to"
  r(
    String.raw`\b(?:gives?|grants?|confers?)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|us)\sno\s(?:right|licen[cs]e|permission)\b|\b(?:not|never)\s(?:been\s)?grant(?:ed|s)?\b.{0,60}?\b(?:right|licen[cs]e|permission)\s(?:for|to)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|us)\b`,
  ),
  // A concession reported: "they agreed we own all outputs", "the Vendor confirmed the Customer retains the weights"
  r(
    String.raw`\b(?:agreed|conceded|confirmed|accepted)\s(?:that\s)?(?:we|the\s(?:client|customer|licensee)|client|customer|licensee)\s(?:will\s|shall\s|would\s)?(?:own|owns|keep|keeps|retain|retains|get|gets|receive|receives)\b`,
  ),
  // "termination shall not affect the Customer's ownership", "… shall not limit the Client's right to examine"
  r(
    String.raw`\b(?:not|never)\s(?:in\sany\sway\s)?(?:limit|restrict|affect|prejudice|reduce|diminish|impair|derogate\sfrom)\s(?:the\s)?(?:client's|customer's|licensee's|your)\s(?:[\w-]+\s)?(?:rights?|ownership|title|access|licen[cs]e)\b`,
  ),
];

/** Risky wording made conditional on the client's own consent is the client-friendly version ("only with the Customer's prior written consent"). */
const CLIENT_CONSENT = r(
  String.raw`\b(?:with|subject\sto|upon|requires?|requiring)\s(?:the\s)?(?:client's|customer's|licensee's|your)\s(?:prior\s|express\s|explicit\s|specific\s)?(?:written\s)?(?:consent|approval|agreement|authori[sz]ation|permission)\b`,
);

// ── The table ──────────────────────────────────────────────────────────────────────────────────────

const RULE_TABLE: RuleRow[] = [
  // ─── The seven playbook pitches ───
  {
    key: "hosting-only",
    kind: "pitch",
    pitchKey: "hosting-only",
    title: "Vendor hosts the model, you never get a copy",
    severity: "high",
    layer: "deployment-exit",
    patterns: [
      r(
        String.raw`\bwe(?:'ll|\swill|'d|\swould|\scan)?\s(?:just\s|simply\s|happily\s)?(?:(?:prefer|want|like|plan|intend)\sto\s)?(?:host|run|operate|manage|serve|maintain|keep)\b.{0,40}?\b(?:on|in|within)\s(?:our|vendor's|the\svendor's|its)\s(?:own\s)?(?:infrastructure|servers?|cloud|platform|environment|data\s?cent(?:er|re)s?|tenancy|tenant)\b`,
      ),
      r(
        String.raw`\bwe(?:'ll|\swill)?\s(?:host|run|manage|operate)\s(?:and\s(?:manage|run|maintain|operate|host)\s)?(?:it|the\smodel|everything|all\sof\sit|the\swhole\sthing)\s(?:\w+\s)?for\syou\b`,
      ),
      r(
        String.raw`\byou\s(?:really\s|honestly\s|simply\s)?(?:never|don't|do\snot|won't|will\snot|wouldn't|shouldn't)\s(?:ever\s|really\s|even\s)?need\s(?:to\s(?:worry\sabout|have|hold|keep|touch|manage|see|receive|own|take|download)\s)?(?:a\scopy\sof\s|access\sto\s)?(?:the\s|any\s)?(?:raw\s|actual\s|underlying\s)?(?:model|weights|model\sfiles|artifacts?|files)\b`,
      ),
      r(
        String.raw`\byou\s(?:won't|will\snot|don't|do\snot|can't|cannot|wouldn't|would\snot)\s(?:ever\s|actually\s)?(?:get|receive|have|be\sgiven|obtain|own|hold)\s(?:a\scopy\sof\s)?(?:the\s|any\s)?(?:raw\s|actual\s)?(?:model\s)?(?:weights|model\sfiles|model)\b(?!\s(?:outputs?|results?|predictions?))`,
      ),
      r(
        String.raw`\bno\sneed\s(?:for\syou\s)?to\s(?:hold|have|keep|take|receive|get|own|store|manage|worry\sabout|download)\s(?:a\scopy\sof\s)?(?:the\s|any\s)?(?:raw\s)?(?:model|weights|model\sfiles|artifacts?)\b`,
      ),
      r(String.raw`\bleave\s(?:it|that|this|everything|all\sof\sthat|the\s(?:model|rest|hosting|infrastructure))\s(?:all\s)?(?:to|with)\sus\b`),
      r(
        String.raw`\b(?:only|solely|exclusively)\s(?:be\s)?(?:(?:accessible|available|accessed|provided|consumed|used|delivered)\s)?(?:via|through|by\smeans\sof)\s(?:the\s|our\s|an?\s)?(?:(?:vendor|supplier|provider)(?:'s)?\s)?(?:hosted\s|managed\s)?(?:api|endpoint|platform|portal|saas|service|interface)\b`,
      ),
      r(
        String.raw`(?<!\bnot\s)\b(?:only|solely|exclusively)\s(?:be\s)?(?:available|provided|offered|delivered)\sas\s(?:an?\s)?(?:managed\s|hosted\s|cloud\s)?(?:service|saas|subscription)\b`,
      ),
      r(String.raw`\b(?:api|platform|portal)[- ]only\b|\bapi\saccess\sonly\b|\bonly\s(?:[\w'-]+\s){0,2}?api\saccess\b`),
      r(String.raw`\bjust\s(?:call|hit|use)\s(?:the|our)\s(?:api|endpoint)\b`),
      // "made available solely as a hosted service", "deployed only within the Licensor's environment"
      r(
        String.raw`(?<!\bnot\s(?:[\w'-]+\s)?)\b(?:only|solely|exclusively)\s(?:as\s(?:an?\s)?(?:hosted|managed|cloud|online|saas|api)(?:[- ]based)?\s(?:service|offering|solution|subscription)|(?:via|through|by\smeans\sof|by\sway\sof|within|on|in|from)\s(?:the\s)?(?:our|its|${VENDOR_OWNER})\s(?:own\s)?(?:hosted\s|managed\s)?(?:api|endpoint|platform|portal|service|interface|environment|cloud|infrastructure|servers?|data\s?cent(?:er|re)s?|tenancy|systems?)\b)`,
      ),
      // "stays in our cloud", "runs exclusively on the Supplier's platform"
      r(
        String.raw`\b(?:model|models|weights|it|everything|solution|ai|system)\s(?:[\w'-]+\s){0,2}?(?:stays?|remains?|lives?|sits?|resides?|is\shosted|are\shosted|runs?|is\skept|are\skept|is\sdeployed|are\sdeployed)\s(?:\w+\s)?(?:in|on|within|inside)\s(?:the\s)?(?:our|${VENDOR_OWNER})\s(?:own\s)?(?:cloud|servers?|platform|infrastructure|environment|data\s?cent(?:er|re)s?|tenancy|systems?)\b`,
      ),
      r(String.raw`\bnothing\s(?:for\s(?:you|the\s(?:customer|client))\s)?to\s(?:download|install|host|deploy|hold|manage)\b`),
      r(
        String.raw`\b(?:only|solely|exclusively)\s(?:be\s)?(?:(?:accessible|available|accessed|provided|consumed|used|delivered)\s)?(?:via|through|by\smeans\sof|by\sway\sof)\s.{0,40}?\b(?:api|endpoint|platform|portal|saas|interface|application\sprogramming\sinterface)\b`,
      ),
      r(
        String.raw`(?<!\bnot\s)\b(?:consumed|accessed|provided|delivered|offered|made\savailable)\s(?:only\s|solely\s|exclusively\s)?as\s(?:an?\s)?(?:(?:managed|hosted|cloud)\s(?:service|offering)|software-as-a-service|saas)\b`,
      ),
      r(
        String.raw`\bnot\s(?:licensed|available|provided|permitted|offered)\sfor\s(?:local\s|on-?premises\s)?(?:installation|download|self-hosting|deployment)\b`,
      ),
      r(
        String.raw`\b(?:we|vendor|supplier|provider|licensor|developer)\s(?:shall\s|will\s)?(?:keeps?|retains?|holds?|maintains?)\s(?:sole\s|exclusive\s|full\s)?(?:custody|possession|control)\s(?:of|over)\s(?:the\s|all\s)?(?:[\w'-]+\s)?(?:model|weights)\b`,
      ),
      r(
        String.raw`\b(?:not|never)\s(?:[\w'-]+\s){0,2}?(?:deliver|provide|supply|furnish|release|hand\sover|give|transfer|make\savailable)\w*\s(?:any\s|a\s|the\s)?(?:on-?premises\s|local\s|downloadable\s|offline\s)?(?:cop(?:y|ies)|weights|model\sfiles)\b`,
      ),
      r(
        String.raw`\boutside\s(?:the\s)?(?:our|${VENDOR_OWNER})\s(?:own\s)?(?:environment|platform|cloud|infrastructure|servers?)\b.{0,40}?(?:\bnot\b|n't\b|\bprohibited\b)|(?:\bnot\b|n't\b|\bprohibited\b).{0,40}?\boutside\s(?:the\s)?(?:our|${VENDOR_OWNER})\s(?:own\s)?(?:environment|platform|cloud|infrastructure|servers?)\b`,
      ),
      r(
        String.raw`\bno\s(?:download|downloads|local\scop(?:y|ies)|downloadable\s(?:copy|version)|on-?prem\w*\s(?:copy|version|deployment|option|installation))\b`,
      ),
      r(
        String.raw`\b(?:model|weights|solution)\b.{0,40}?\b(?:reside|resides|remain|remains|stay|stays|be\shosted|is\shosted|are\shosted|run|runs|be\skept|live|lives)\b.{0,30}?\b(?:infrastructure|servers?|cloud|environment|platform|systems?|data\s?cent(?:er|re)s?)\s(?:controlled|operated|owned|managed|run)\sby\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|us)\b`,
      ),
      r(
        String.raw`\b(?:vendor|supplier|provider|licensor|developer)\s(?:shall|will)\s(?:host|run|operate)\b.{0,40}?\b(?:in|on|within)\s(?:its|their)\s(?:own\s)?(?:infrastructure|data\s?cent(?:er|re)s?|servers?|cloud|environment|platform)\b`,
      ),
      r(
        String.raw`\b(?:model|weights|hosting|infrastructure|model\sfiles)\b.{0,60}?\blet\sus\s(?:worry\sabout|handle|manage|take\scare\sof|deal\swith)\b|\blet\sus\s(?:worry\sabout|handle|manage|take\scare\sof|deal\swith)\s(?:the\s)?(?:model|weights|hosting|infrastructure)\b`,
      ),
      r(
        String.raw`\b(?:delivery|handover|hand-over|transfer|export|a\scopy)\sof\s(?:the\s)?(?:model|weights|model\sfiles)\s(?:(?:is|are)\snot|isn't|aren't|(?:will|shall)\snot\sbe)\s(?:part\sof|included|in\sscope|available|possible|offered|provided)\b|\b(?:delivery|handover|hand-over|export)\sof\s(?:the\s)?(?:model|weights|model\sfiles)\s(?:is|are)\s(?:excluded|out\sof\sscope)\b`,
      ),
      r(
        String.raw`\bno\s(?:copy|copies)\s(?:of\s(?:the\s)?(?:model|weights)\s)?(?:will|shall|can|would)\sbe\s(?:provided|delivered|made\savailable|given|released|handed\sover|furnished|supplied|transferred)`,
      ),
      r(
        String.raw`\b(?:model|weights|model\sfiles)\s(?:will|shall|would|can)\s(?:not|never)\sbe\s(?:delivered|provided|released|handed\sover|transferred|made\savailable|downloaded)\b`,
      ),
    ],
    unless: [
      r(
        String.raw`${NOT_NEGATED}\b(?:deliver|provide|hand\sover|give|transfer|release|supply|make\savailable)(?:s|ed|ing)?\b.{0,40}?\b(?:a\scopy|copies|the\s(?:latest\s)?weights|model\sweights|model\sfiles|model\sto\s(?:the\s)?(?:client|customer|you))\b`,
      ),
      r(
        String.raw`\b(?:client|customer|you)\s(?:may|can|shall\sbe\sentitled\sto|is\sentitled\sto|are\sentitled\sto|has\sthe\sright\sto|have\sthe\sright\sto|will\sbe\sable\sto|retains\sthe\sright\sto)\s(?:at\sany\stime\s)?(?:obtain|receive|request|take|download|export|self-host|self\shost)\b`,
      ),
      r(String.raw`(?<!\bno\s)\bescrow\b`),
      // A platform that cannot export is the big-tech pitch; losing the model at the end is the exit pitch.
      r(String.raw`\b${BIG_TECH}`),
      r(String.raw`\b(?:at|on|upon|after)\s(?:the\s)?(?:end|termination|expiry)\sof\b`),
      r(
        String.raw`\b(?:client|customer|you)\s(?:also\s)?(?:receives?|gets?|obtains?|will\sreceive|will\sget)\s(?:a\scopy\sof\s)?(?:the\s)?(?:model\s)?(?:weights|model\sfiles)\b`,
      ),
    ],
  },
  {
    key: "proprietary-base-model",
    kind: "pitch",
    pitchKey: "proprietary-base-model",
    title: "Vendor keeps ownership of the model built for you",
    severity: "high",
    layer: "base-model",
    patterns: [
      r(
        String.raw`\bproprietary\b.{0,60}?\b(?:so|therefore|hence|thus|which\smeans|that's\swhy|and\sso)\b.{0,30}?\b(?:we|vendor|supplier|provider)\b.{0,20}?\b(?:keep|keeps|retain|retains|own|owns|hold|holds|maintain|maintains)\b`,
      ),
      r(
        String.raw`\b(?:we|vendor|supplier|provider|licensor)\s(?:will\s|shall\s|must\s|would\s)?(?:keep|keeps|retain|retains|own|owns|hold|holds)\s(?:sole\s|exclusive\s|full\s)?(?:all\s|the\s)?(?:ownership|title|right,\stitle\sand\sinterest|rights|intellectual\sproperty(?:\srights)?|ip(?:\srights)?)\b.{0,40}?\b(?:fine[- ]?tuned|custom(?:i[sz]ed)?|trained|resulting|bespoke|deliverables?|weights|the\s(?:final\s|trained\s|delivered\s)?model\b|everything\s(?:we\sbuild|built))`,
      ),
      r(
        String.raw`\b(?:fine[- ]?tuned|custom(?:i[sz]ed)?|trained|resulting|bespoke|delivered)\s(?:model|weights|parameters|checkpoints?)\b.{0,40}?\b(?:remain|remains|are|is|shall\sbe|will\sbe|stay|stays|belong|belongs)\s(?:the\s)?(?:sole\s|exclusive\s)?(?:property\sof|owned\sby|to|with)\s(?:the\s)?(?:vendor|supplier|provider|licensor|us)\b`,
      ),
      r(
        String.raw`\b(?:title|ownership|ip|intellectual\sproperty(?:\srights)?|all\srights)\s(?:to|in|of)\s(?:the\s)?(?:(?:fine[- ]?tuned|custom(?:i[sz]ed)?|trained|resulting|bespoke|delivered|final)\s)?(?:model|weights)\b.{0,30}?\b(?:vests?|remains?|rests?|stays?|(?:shall|will)\s(?:vest|remain|rest|stay))\s(?:solely\s|exclusively\s)?(?:in|with)\s(?:the\s)?(?:vendor|supplier|provider|licensor|us)\b`,
      ),
      r(
        String.raw`\b(?:we(?:'ll)?|vendor|supplier|provider|licensor)\s(?:will\s|shall\s)?(?:own|owns|keep|keeps|retain|retains)\s(?:the\s|all\s)?(?:(?:fine[- ]?tuned|custom(?:i[sz]ed)?|trained|resulting|bespoke|final|delivered)\s(?:model|weights)|model\sweights)\b|\b(?:we|vendor|supplier|provider|licensor)\s(?:will\s|shall\s)?owns?\sthe\smodel\b`,
      ),
      r(
        String.raw`\b(?:weights|model)\b.{0,60}?\bso\s(?:we|vendor|the\svendor)\s(?:will\s)?(?:keep|keeps|retain|retains|hold\son\sto|holds\son\sto)\s(?:them|it)\b(?!\s(?:secure|safe|encrypted|running|up|updated|online|confidential|current))`,
      ),
      r(
        String.raw`\b(?:anything|everything|all|whatever)\s(?:that\s)?(?:we\s)?(?:build|built|develop|developed|create|created|make|made)\b.{0,40}?\b(?:belongs?\sto\sus|is\sours|are\sours|remains?\sours|stays?\sours|owned\sby\sus|we\sown|(?:is|are|remains?|stays?)\sour\s(?:sole\s|exclusive\s)?property)\b`,
      ),
      r(
        String.raw`(?<!\b(?:base|foundation|pre-existing|underlying|core|platform)\s)\b(?:model|weights)\s(?:stays|remains|is|are|will\sstay|will\sremain|shall\sremain)\s(?:ours|with\sus|our\sproperty)\b`,
      ),
      r(
        String.raw`\b(?:ownership|title|the\sip|ip|intellectual\sproperty)\s(?:stays|remains|rests|will\sstay|will\sremain|shall\sremain)\s(?:with\sus|with\s(?:the\s)?(?:vendor|supplier|provider)|ours)\b`,
      ),
      r(
        String.raw`\byou(?:'ll|\swill)?\s(?:only\s)?(?:get|receive|be\sgiven|be\sgranted)\s(?:only\s)?an?\s(?:usage\s|limited\s|simple\s)?(?:${LICENCE}|right\sto\suse|usage\sright)`,
      ),
      // "Title to the Deliverables, including the bespoke model, vests in the Supplier"
      r(
        String.raw`\b(?:title|ownership|ip|intellectual\sproperty(?:\srights)?|all\srights|right,\stitle\sand\sinterest)\s(?:to|in|of)\s(?:the\s|all\s|any\s)?(?:[\w'-]+\s){0,2}?(?:model|weights|deliverables)\b.{0,60}?\b(?:vests?|remains?|rests?|stays?|(?:shall|will)\s(?:vest|remain|rest|stay))\s(?:solely\s|exclusively\s)?(?:in|with)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|us)\b`,
      ),
      // "the Model developed under this Agreement is and shall remain the sole property of the Provider"
      r(
        String.raw`(?<!\b(?:base|foundation|pre-existing|underlying|core|platform)\s)\b(?:model|weights|deliverables)\b.{0,60}?\b(?:is|are|shall\sbe|will\sbe|remain|remains|shall\sremain)\s(?:the\s)?(?:sole\s|exclusive\s)?property\sof\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer)\b`,
      ),
      r(String.raw`\b(?:the\s)?(?:vendor|supplier|provider|licensor|developer)\sowns\sthe\s(?:[\w'-]+\s)?model\b`),
      r(String.raw`\blicensed,?\snot\ssold\b`),
      r(
        String.raw`\b(?:vendor|supplier|provider|licensor|developer|we)\s(?:retains?|keeps?|reserves?)\s(?:all\s|full\s|sole\s)?(?:title|ownership)\b(?!\s(?:of|in|to)\s(?:its|the|our)\s(?:own\s)?(?:pre-existing|base|foundation|underlying|background))`,
      ),
      r(
        String.raw`\b(?:we|vendor|supplier|provider|licensor|developer)\s(?:is|are|shall\sbe|will\sbe|remains?|shall\sremain|is\sand\s(?:shall\s)?remains?)\s(?:the\s)?(?:sole\s|exclusive\s)?(?:owner|proprietor)\sof\s(?:the\s|all\s)?(?:[\w'-]+\s){0,2}?(?:model|weights|deliverables)\b`,
      ),
      r(
        String.raw`\b(?:model|weights)\b.{0,60}?\b(?:reserved\s(?:to|by|for)|retained\sby|kept\sby)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|us)\b`,
      ),
      r(
        String.raw`\b(?:client|customer|licensee|you)\s(?:shall|will|does|do)\snot\s(?:acquire|obtain|receive|get|have)\s(?:any\s)?(?:ownership|title|property|ip|intellectual\sproperty)\b(?!.{0,40}?\b(?:base|pre-existing|background|underlying)\b)`,
      ),
      r(
        String.raw`\b(?:models?|weights)\b.{0,40}?(?<!\bnot\s)(?<!n't\s)\b(?:forms?|is|are|becomes?|remains?)\s(?:part\sof\s)?(?:the\s)?(?:(?:vendor|supplier|provider|licensor|developer)(?:'s)?|our)\s(?:proprietary\s|confidential\s)?(?:technology|ip|intellectual\sproperty|property|assets?)\b`,
      ),
      r(
        String.raw`\b(?:ownership|title|ip|intellectual\sproperty(?:\srights)?|rights?)\s(?:of|in|to)\s(?:the\s)?(?:[\w'-]+\s)?(?:model|weights|deliverables)\s(?:does|do|shall|will)\snot\s(?:pass|transfer|vest)\b`,
      ),
      r(
        String.raw`\b(?:client|customer|licensee|you)\s(?:acquires?|obtains?|receives?|gets?|has|have|shall\shave|will\shave)\sno\s(?:ownership|title|property|ip|intellectual\sproperty)\b(?!.{0,40}?\b(?:base|pre-existing|background|underlying)\b)`,
      ),
    ],
    unless: [
      r(String.raw`\bassign(?:s|ed)?\s(?:[\w'-]+\s){0,6}?to\s(?:the\s)?(?:client|customer|you)\b`),
      r(String.raw`\b(?:client|customer)\s(?:shall\s|will\s)?(?:own|owns|retain|retains)\b`),
      r(String.raw`(?<!non[- ]?)\bexclusive\b.{0,40}?\bperpetual\b|\bperpetual\b.{0,40}?(?<!non[- ]?)\bexclusive\b`),
      // The model staying with the vendor when the client leaves is the exit pitch, not an ownership claim.
      r(
        String.raw`\b(?:if|when|once|should)\s(?:you|the\s(?:customer|client))\s(?:ever\s)?(?:decide\sto\s|choose\sto\s)?(?:leave|move|switch|cancel|terminate|walk\saway)\b`,
      ),
      // Ownership of outputs is its own finding (vendor-owns-outputs).
      r(String.raw`^(?!.{0,300}?\b(?:model|models|weights)\b).{0,300}?\b(?:outputs?|completions|predictions)\b`),
      r(
        String.raw`\b(?:outputs?|results|predictions|completions)\s(?:[\w'-]+\s){0,3}?(?:by|of|from)\s(?:the\s|your\s)?model\b|\bmodel's\s(?:outputs?|results|predictions|completions)\b`,
      ),
      // Derived data, and improvements the client makes, are findings of their own.
      r(String.raw`\b(?:derived|statistical|aggregated|anonymi[sz]ed)\s(?:data|information|insights)\b`),
      r(
        String.raw`\b${IMPROVEMENTS}\s(?:to|of|in|based\son)\s(?:the\s|your\s)?model\b|\b(?:client|customer|licensee|you)\s(?:fine-tunes|modifies|retrains|improves|adapts)\b`,
      ),
      // Keeping the weights on the vendor's servers is the hosting pitch, not an ownership claim.
      r(String.raw`\bkeep\w*\s(?:[\w'-]+\s){0,3}?(?:on|in)\s(?:our|its)\s(?:own\s)?(?:servers?|cloud|infrastructure|platform|systems?|environment)\b`),
    ],
  },
  {
    key: "pooled-data",
    kind: "pitch",
    pitchKey: "pooled-data",
    title: "Your data trains a shared, multi-tenant model",
    severity: "high",
    layer: "training-data",
    patterns: [
      r(String.raw`\bmulti[- ]?tenan(?:t|cy)\b`),
      r(String.raw`\bpool(?:ed|s|ing)?\b.{0,30}?\b(?:data|datasets?|training|learnings?|insights)\b`),
      r(String.raw`\b(?:data|datasets?)\b.{0,30}?\bpooled\b`),
      r(
        String.raw`\b(?:train|trains|training|improve|improves|enrich|enriches|feed|feeds|fed|power|powers|refine|refines|go|goes|flow|flows|fold|folds|folded|roll|rolls|rolled|contribute|contributes)\b.{0,30}?\b(?:our|the|a|one)\s(?:shared|common|global|collective|central|single|platform|network|community|general|pooled|core|underlying)\s(?:model|models|base\smodel|ai|engine|brain)\b`,
      ),
      r(
        String.raw`\b(?:all|every|other)\s(?:of\s)?(?:our\s)?(?:customers|clients|users|tenants|subscribers|customer|client)\s(?:will\s|would\s|all\s|then\s)?(?:benefit|benefits|gain|gains|profit)\b`,
      ),
      r(
        String.raw`\b(?:benefit|benefits|improve|improves|better)\b.{0,30}?\b(?:for|to)\s(?:all|every|other)\s(?:of\s)?(?:our\s)?(?:customers|clients|users|tenants|subscribers)\b`,
      ),
      r(
        String.raw`\b(?:combin|comingl|commingl|merg|mix)\w*\s(?:it\s|them\s)?with\s(?:the\s)?(?:data|datasets|inputs)\s(?:from|of)\s(?:our\s)?(?:other|all|every)\b`,
      ),
      r(
        String.raw`\bnetwork\seffects?\b|\beveryone\sbenefits\b|\bshared\sby\s(?:all|every)\s(?:of\s)?(?:our\s)?(?:customers|clients|users|tenants|customer|client)\b`,
      ),
      r(
        String.raw`\b(?:everyone|all\s(?:customers|clients|users|tenants)|every\s(?:customer|client))\b.{0,30}?\bshares?\s(?:one|a|the\ssame|a\ssingle)\s(?:model|ai|engine)\b`,
      ),
      r(
        String.raw`\b(?:train|improve|enhance|fine-tune|build)\w*\s(?:and\s\w+\s)?(?:[\w'-]+\s)?(?:its|our|their|vendor's|supplier's|provider's)\s(?:own\s)?(?:foundation|general|generic|base|shared|global|core|other)\s(?:models?|ai)\b`,
      ),
      r(
        String.raw`\b(?:become|becomes|form|forms|added\sto|add\sto|go\sinto|goes\sinto|included\sin|fed\sinto|feed\sinto)\s(?:part\sof\s)?(?:our|the\svendor's|vendor's)\s(?:general\s|shared\s|global\s|common\s)?(?:training\s(?:corpus|data|dataset|set|pool)|data\s(?:pool|lake)|corpus)\b`,
      ),
      r(String.raw`\bdata\s(?:from|across|of)\s(?:all|every)\s(?:of\s)?(?:our\s)?(?:customers|clients|tenants)\b`),
      r(String.raw`\blearns?\sfrom\s(?:every|each|all)\s(?:of\s)?(?:our\s)?(?:customers?|clients?|deployments?|tenants?|users?|projects?)\b`),
      r(String.raw`\b(?:help|helps|serve|serves)\s(?:all|every|each\sof|other)\s(?:of\s)?(?:our\s)?(?:customers|clients|users|tenants|subscribers)\b`),
      r(
        String.raw`\b(?:model|engine)\s(?:[\w'-]+\s){0,3}?(?:offer|offers|offered|provide|provides|provided|sell|sells|serve|serves|shared\swith|used\sby)\s(?:to\s)?(?:every|all|each)\s(?:of\s)?(?:our\s|its\s|the\s)?(?:subscribers?|customers?|clients?|tenants?|licensees?|users)\b`,
      ),
      r(String.raw`\b(?:common|shared|central|global|joint|collective)\s(?:training\s)?(?:pool|corpus|dataset|data\s?set|data\slake)\b`),
      r(String.raw`\balongside\s(?:that|those|the\sdata)\sof\s(?:our\s|its\s)?(?:other|all)\s(?:customers|clients|tenants|licensees)\b`),
      r(
        String.raw`\b(?:train|improve|build|develop)\w*\s(?:[\w'-]+\s){0,3}?models?\s(?:that|which)\s(?:it|we|they|the\s[\w-]+)\s(?:makes?\savailable|offers?|provides?|sells?|licenses?)\sto\s(?:other|all|third)\b`,
      ),
      r(String.raw`\b(?:improv\w*|train\w*|better|benefit\w*)\b.{0,60}?\bfor\s(?:everyone|everybody|all\susers|all\sour\susers)\b`),
      r(String.raw`\bbenefit\sof\s(?:all|every|other)\s(?:of\s)?(?:our\s|its\s|the\s)?(?:customers|clients|users|tenants|subscribers)\b`),
      r(
        String.raw`\b(?:model|engine|ai)\s(?:that\s|which\s)?(?:every|all|each)\s(?:of\s)?(?:our\s)?(?:customers?|clients?|users?|tenants?)\s(?:shares?|uses?)\b`,
      ),
      r(
        String.raw`\b(?:from|of|across)\s(?:all|every|multiple|several|many|other)\s(?:of\s)?(?:our\s|its\s|the\s)?(?:customers?|clients?|tenants?|users|licensees?)\b.{0,60}?\b(?:combined|consolidated|merged|pooled|aggregated|mixed|single|shared|common)\b`,
      ),
      r(
        String.raw`\b(?:data|examples|inputs|prompts|learnings|training)\b.{0,80}?\bacross\s(?:its|our|the)\s(?:entire\s|whole\s)?(?:customer|client|user|subscriber)\sbase\b`,
      ),
      r(
        String.raw`\bfor\s(?:the\s)?(?:whole|entire|wider|broader)\s(?:community|user\sbase|customer\sbase|client\sbase)\b|\bcommunity\sof\s(?:users|customers|clients)\b`,
      ),
    ],
    unless: [
      negatedVerb(
        String.raw`multi[- ]?tenan\w*|pool\w*|shar\w*|combin\w*|comingl\w*|commingl\w*|merg\w*|mix\w*|us(?:e|ed|es|ing)\b|train\w*|build\w*|enhanc\w*|improv\w*|benefit\w*|feed\w*`,
      ),
      r(String.raw`\bno\s(?:[\w'-]+\s){0,3}?(?:data|inputs|content|information)\b`),
    ],
  },
  {
    key: "discount-for-reuse",
    kind: "pitch",
    pitchKey: "discount-for-reuse",
    title: "Lower price in exchange for reusing your model elsewhere",
    severity: "medium",
    layer: "derived-data",
    patterns: [r(String.raw`\b${DISCOUNT}\b.{0,80}?\b${REUSE}`), r(String.raw`\b${REUSE}\b.{0,80}?\b${DISCOUNT}`)],
    unless: [
      negatedVerb(String.raw`reuse|re-use|resell|re-sell|commerciali[sz]\w*|sell|${LICENCE}|offer|repurpose`),
      r(String.raw`\b(?:declin|refus|reject)\w*\b`),
    ],
  },
  {
    key: "trust-us",
    kind: "pitch",
    pitchKey: "trust-us",
    title: "Verbal reassurance instead of better wording",
    severity: "medium",
    layer: "training-data",
    patterns: [
      r(String.raw`\btrust\s(?:us|me)\b`),
      r(
        String.raw`\b(?:isn't|is\snot|wasn't|was\snot|not|never|aren't|are\snot)\s(?:really\s)?(?:meant|intended|designed|supposed|there|going)\sto\s(?:harm|hurt|be\sused\sagainst|disadvantage|catch|trap|bite)\b`,
      ),
      r(
        String.raw`\bwe(?:'d|\swould|'ll|\swill)?\s(?:never|not\sever)\s(?:actually\s|really\s|ever\s)?(?:do\sthat|do\sso|do\sanything\slike\sthat|use\s(?:it|that|this|those)\b|enforce|invoke|exercise|rely\son\s(?:it|that|this))`,
      ),
      r(
        String.raw`\b(?:don't|do\snot|no\sneed\sto|never)\s(?:you\s)?worry\sabout\s(?:(?:that|this|the|those|these)\s)?(?:\w+\s)?(?:clause|clauses|language|wording|terms?|provisions?|section|fine\sprint|boilerplate|legalese|paragraph)\b`,
      ),
      r(
        String.raw`\b(?:just|only|merely|simply)\s(?:standard\s|our\sstandard\s)?(?:boilerplate|legalese|a\sformality|formalities|standard\slanguage|standard\swording)\b`,
      ),
      r(
        String.raw`\b(?:nobody|no\sone|we\snever|we\sdon't|we\sdo\snot)\s(?:ever\s|actually\s|really\s)?(?:enforce|enforces|invoke|invokes|use|uses|rely\son|relies\son)\s(?:it|that|this|those|these|them|the\sclause)\b`,
      ),
      r(
        String.raw`\b(?:verbal|oral|informal|handshake|gentleman's|gentlemen's)\s(?:assurance|assurances|promise|promises|commitment|agreement|understanding)\b`,
      ),
      r(
        String.raw`\bnever\sbe\s(?:used|enforced|invoked)\sagainst\syou\b|\b(?:isn't|is\snot|it's\snot|not)\s(?:really\s)?(?:aimed|directed|targeted)\sat\s(?:you|customers|clients)\b`,
      ),
      r(
        String.raw`\bwe(?:'ve|\shave)\snever\s(?:once\s|ever\s|actually\s)?(?:invoked|enforced|used|relied\son|exercised)\s(?:it|that|this|those|these|them|the)\b`,
      ),
      r(String.raw`\band\snever\s(?:once\s|actually\s|ever\s)?(?:used|enforced|invoked|exercised|relied\son)\s(?:it|that|this|them)\b`),
      r(String.raw`\b(?:nobody|no\sone)\s(?:ever\s|actually\s|really\s)?(?:reads|looks\sat|cares\sabout|checks|notices)\s(?:that|this|those|these|the)\b`),
      r(String.raw`\b(?:you\scan|you\sshould|just)\s(?:simply\s|safely\s)?trust\s(?:our|my)\s[\w-]+\b`),
      r(String.raw`\b(?:standard|just|only|merely|pure|typical|usual)\s(?:legalese|boilerplate)\b`),
      r(String.raw`\b(?:nobody|no\sone)\s(?:ever\s|really\s)?(?:reads|interprets|takes|applies)\s(?:it|this|that|them)\s(?:that\sway|literally|seriously)\b`),
      r(
        String.raw`\bno\s(?:need|reason)\sto\s(?:amend|change|redline|revise|touch|edit|negotiate|rewrite)\s(?:the\s|this\s|that\s)?(?:clause|wording|language|provision|section|contract|drafting|paper)\b`,
      ),
      r(String.raw`\bpersonally\s(?:promised|assured|guaranteed|confirmed|committed)\b|\b(?:give\syou|have|take)\s(?:our|my)\sword\b`),
      r(
        String.raw`\b(?:clause|language|wording|provision|section|right|term)\s(?:has|have|was|were)\s(?:never|not\sonce|not\sever)\s(?:once\s|ever\s|actually\s)?(?:been\s)?(?:invoked|enforced|used|exercised|relied\son|applied)\b`,
      ),
      r(
        String.raw`\bwe\s(?:won't|will\snot|wouldn't|would\snot)\s(?:ever\s|actually\s)?(?:rely\son|enforce|invoke|exercise)\s(?:that|this|the|those|these|it)\b`,
      ),
      r(String.raw`\b(?:don't|do\snot)\sread\s(?:too\smuch|anything)\sinto\b|\b(?:don't|do\snot)\stake\s(?:it|that|this)\s(?:too\s)?(?:literally|seriously)\b`),
      r(String.raw`\b(?:relic|legacy|leftover|holdover)\b.{0,30}?\b(?:template|wording|clause|paper|drafting|language)\b|\b(?:older|old|legacy)\stemplate\b`),
      r(
        String.raw`\bnever\shad\s(?:a|any)\s(?:customer|client)\s(?:complain|object|raise|challenge)|\b(?:would|'d)\srather\snot\s(?:change|amend|touch|edit|redline)\b`,
      ),
      r(
        String.raw`\bno\sneed\sto\s(?:put|write|include|record|add|spell)\s(?:it|this|that|them)\s(?:in|into|out\sin)\s(?:the\s)?(?:contract|agreement|writing)\b`,
      ),
      r(String.raw`\b(?:clause|wording|language|drafting|text|section)\s(?:can|may|should|could)\s(?:stay|remain)\s(?:as\s(?:drafted|is|written)|unchanged)\b`),
      r(
        String.raw`\boverthinking\b|\breading\stoo\smuch\sinto\b|\bwe're\s(?:partners|friends)\b|\bnothing\sto\sworry\sabout\b|\bpurely\s(?:theoretical|hypothetical|academic)\b`,
      ),
      r(
        String.raw`\b(?:that's|it's|this\sis|that\sis|it\sis)\s(?:just\s|only\s|purely\s|simply\s)?(?:standard|boilerplate|market[- ]standard|normal|industry[- ]standard)(?:\s(?:wording|language|stuff|drafting|terms|practice))?\b|\b(?:every|all|any)\s(?:other\s)?(?:vendor|supplier|provider)s?\s(?:has|have|uses?)\s(?:it|this|that|the\ssame)\b`,
      ),
      r(String.raw`\brely\son\sour\s(?:track\srecord|good\sfaith|relationship|word)\b`),
      r(String.raw`\bnever\sa\sproblem\b|\b(?:don't|do\snot)\swant\sto\s(?:reopen|change|amend|touch|redline)\b|\bour\s(?:team|people|staff)\sknows?\b`),
      r(String.raw`\bbelieve\s(?:me|us)\b|\b(?:nobody|no\sone)\s(?:here\s)?(?:would|will)\s(?:ever\s)?(?:rely\son|enforce|invoke|use)\b`),
    ],
    unless: [
      r(
        String.raw`(?<!\bno\sneed\sto\s)(?<!n't\sneed\sto\s)\b(?:put|putting|confirm|state|write|record|document|set\sout|capture|include)\w*\s(?:[\w'-]+\s){0,4}?(?:in|into)\s(?:writing|the\s(?:contract|agreement))\b`,
      ),
      r(String.raw`\b(?:no|not\srely\son|nor|without|supersedes?\sany)\s(?:any\s|prior\s)?(?:verbal|oral|informal)\b`),
      r(String.raw`\b(?:remove|delete|strike|drop|narrow|tighten|rewrite|redraft)\w*\s(?:[\w'-]+\s){0,2}?(?:clause|language|wording|provision|term)\b`),
      r(String.raw`\b(?:don't|do\snot|no\sneed\sto|needn't|shouldn't|should\snot|never)\s(?:have\sto\s|need\sto\s)?(?:just\s)?trust\s(?:us|me|our|my)\b`),
    ],
  },
  {
    key: "lose-ai-on-exit",
    kind: "pitch",
    pitchKey: "lose-ai-on-exit",
    title: "Leave the vendor and the model goes with them",
    severity: "high",
    layer: "deployment-exit",
    patterns: [
      r(
        String.raw`\b(?:if|once|when|after|should|the\smoment|the\sday)\syou\s(?:ever\s)?(?:decide\sto\s|choose\sto\s|want\sto\s)?(?:leave|cancel|terminate|stop\spaying|switch|walk\saway|end\sthe\s(?:contract|subscription|relationship)|move\sto\sanother|don't\srenew|do\snot\srenew)\b.{0,60}?\b(?:lose|loses|losing|lost|give\sup|forfeit|no\slonger\shave|won't\shave|will\snot\shave|can't\skeep|cannot\skeep|stays\swith\sus|stay\swith\sus|remains\swith\sus|goes\saway|go\saway|is\sgone|disappears|(?:doesn't|does\snot|won't|will\snot|can't|cannot|can\snot)\s(?:come|go|move|leave)\swith\syou|can't\stake\s(?:it|the\smodel)|cannot\stake\s(?:it|the\smodel)|(?:don't|do\snot)\sget\sto\skeep|stays\sbehind)\b`,
      ),
      r(
        String.raw`\b(?:leaving|cancelling|canceling|terminating|switching|churning|exiting|ending\sthe\s(?:contract|subscription))\s(?:us\s)?(?:means|will\smean|would\smean)\s(?:losing|giving\sup|forfeiting|no\slonger\shaving|losing\saccess)\b`,
      ),
      r(
        String.raw`\b${EXIT}\b.{0,60}?\b(?:model|ai|solution|system|weights)\s(?:(?:is|are|will\sbe|shall\sbe|becomes|become)\s(?:no\slonger|not)|(?:will|shall)\s(?:no\slonger|not)\sbe)\s(?:available|accessible|usable|provided)\b`,
      ),
      r(
        String.raw`\b(?:termination|expiry|expiration|the\send\sof\s(?:the\s)?(?:term|contract|subscription|agreement))\b.{0,50}?\b(?:ends|terminates|extinguishes|revokes|cancels)\s(?:all\s|any\s|your\s|(?:the\s)?client's\s|(?:the\s)?customer's\s|(?:the\s)?licensee's\s)?(?:rights?|access|${LICENCE}s?)\b`,
      ),
      r(
        String.raw`\b${EXIT}\b.{0,60}?\b(?:model|weights|ai|solution|system)\s(?:[\w'-]+\s){0,2}?(?:stays|stay|remains|remain|reverts|revert|goes\sback)\s(?:\w+\s)?(?:with|to)\s(?:the\s)?(?:us|vendor|supplier|provider)\b`,
      ),
      r(
        String.raw`\b(?:model|weights|ai|solution|system)\s(?:[\w'-]+\s){0,2}?(?:stays|stay|remains|remain|reverts|revert|goes\sback)\s(?:\w+\s)?(?:with|to)\s(?:the\s)?(?:us|vendor|supplier|provider)\b.{0,40}?\b(?:if|when|once|after|on|upon)\b.{0,20}?\b${EXIT}\b`,
      ),
      r(
        String.raw`\b${EXIT}\b.{0,80}?\b(?:access|right|rights|${LICENCE}s?|ability)\b.{0,60}?\b(?:ends|end|cease|ceases|terminates|terminate|expires|expire|lapses|lapse|stops|stop|is\srevoked|are\srevoked|is\swithdrawn|is\sswitched\soff|is\scut\soff|(?:will|shall)\s(?:end|cease|terminate|expire|stop))\b`,
      ),
      r(
        String.raw`\b(?:access|right\sto\suse|${LICENCE})\b.{0,60}?\b(?:ends|ceases|terminates|expires|lapses|stops)\s(?:automatically\s|immediately\s)?(?:on|upon|at|with)\s(?:the\s)?(?:termination|expiry|expiration|end|last\sday|close|cancellation|non-renewal)\b`,
      ),
      r(
        String.raw`\b(?:client|customer|licensee|you)\s(?:must|shall|will|has\sto|have\sto|need\sto)\s(?:immediately\s|then\s)?(?:stop|cease|discontinue)\s(?:all\s)?(?:use|using|access|accessing)\s(?:of\s)?(?:the\s)?(?:model|ai|solution|system|weights)\b`,
      ),
      r(
        String.raw`\b${EXIT}\b.{0,60}?\b(?:client|customer|licensee|you)\s(?:loses?|forfeits?|gives?\sup|surrenders?|no\slonger\s(?:has|have|holds?))\s(?:all\s|any\s)?(?:the\s|its\s|your\s|their\s)?(?:[\w'-]+\s)?(?:model|weights|ai|solution|system|access)\b`,
      ),
      r(
        String.raw`\b(?:model|weights|ai|solution)\s(?:[\w'-]+\s){0,2}?(?:reverts?|returns?|goes\sback)\sto\s(?:the\s)?(?:us|vendor|supplier|provider|licensor)\b`,
      ),
      r(String.raw`\b(?:goes\saway|disappears|vanishes|is\sgone|stops\sworking)\b.{0,40}?\b${EXIT}\b`),
      r(String.raw`\b(?:right\sto\suse|access)\b.{0,60}?\bco-?terminous\b|\b${EXIT}\b.{0,60}?\bloss\sof\s(?:all\s)?(?:access|the\smodel|use)\b`),
      r(
        String.raw`\b${EXIT}\b.{0,80}?\b(?:model|service|solution|access|account|ai|system|${LICENCE}s?)\b(?:,?\s[\w'-]+){0,6}?,?\s(?:is|are|will\sbe|shall\sbe|gets?)\s(?:automatically\s|immediately\s)?(?:discontinued|withdrawn|switched\soff|turned\soff|disabled|deactivated|closed|revoked|cut\soff|suspended)\b`,
      ),
    ],
    unless: [
      r(String.raw`\bsurviv\w*|\bperpetual\b|\bin\sperpetuity\b|\btermination\sassistance\b`),
      r(String.raw`${NOT_NEGATED}\b(?:deliver|hand\sover|transfer|provide|return|release)(?:s|ed|ing)?\s(?:[\w'-]+\s){0,4}?(?:weights|model|copy)\b`),
      r(String.raw`\b(?:vendor's|supplier's|provider's)\s(?:right|rights|${LICENCE}|access)\b`),
    ],
  },
  {
    key: "big-tech-platform",
    kind: "pitch",
    pitchKey: "big-tech-platform",
    title: "Built on a big-tech AI platform, so the model cannot be handed over",
    severity: "high",
    layer: "weights-artifacts",
    patterns: [
      r(String.raw`\b${BIG_TECH}.{0,100}?\b${CANNOT}\b.{0,40}?\b${HAND_OVER}\b`),
      r(String.raw`\b${CANNOT}\b.{0,40}?\b${HAND_OVER}\b.{0,60}?\b(?:because|as|since|due\sto|given)\b.{0,80}?\b${BIG_TECH}`),
      r(
        String.raw`\b${BIG_TECH}.{0,100}?\b${HAND_OVER}\b.{0,40}?\b(?:is|are)\s(?:not\s(?:technically\s|legally\s|contractually\s)?(?:possible|feasible|permitted|allowed|supported|an\soption)|impossible|excluded)\b`,
      ),
      r(
        String.raw`\b${HAND_OVER}\b.{0,40}?\b(?:is|are)\s(?:not\s(?:technically\s|legally\s|contractually\s)?(?:possible|feasible|permitted|allowed|supported|an\soption)|impossible|excluded)\b.{0,60}?\b${BIG_TECH}`,
      ),
      r(
        String.raw`\b(?:model|weights)\s(?:[\w'-]+\s){0,3}?(?:lives?|sits?|resides?|is\shosted|are\shosted|is\slocked|are\slocked|stays?)\s(?:in|on|inside|within)\s(?:our\s|the\s|an?\s)?${BIG_TECH}`,
      ),
      r(String.raw`\b(?:weights|model)\b.{0,30}?\b(?:held|kept|stored|hosted|controlled)\sby\s(?:the\s)?${BIG_TECH}`),
    ],
    unless: [
      r(
        String.raw`\b(?:will|shall|agrees?\sto|commits?\sto)\s(?:[\w'-]+\s){0,2}?(?:retrain|re-train|rebuild|recreate|reproduce)\b.{0,80}?\b(?:open|open-source|open-weight|self-hosted|portable|client's|customer's)\b`,
      ),
      r(String.raw`\b(?:warrants?|represents?)\b`),
      r(String.raw`\b(?:not|never|no)\s(?:prevent|prohibit|restrict|bar|forbid)`),
      r(String.raw`\bnothing\b.{0,60}?\b(?:prevents?|prohibits?|restricts?|bars?|forbids?)\b`),
      r(String.raw`${NOT_NEGATED}\b(?:shall|will|must|agrees\sto|can)\s(?:[\w'-]+\s){0,2}?(?:export|deliver|hand\sover|transfer|release|provide)\b`),
    ],
  },

  // ─── Risky contract language ───
  {
    key: "data-any-purpose",
    kind: "risky-language",
    pitchKey: "trust-us",
    title: "Vendor may use your data for any purpose",
    severity: "high",
    layer: "training-data",
    danger:
      "An open-ended right over your data lets the vendor train other products, serve your competitors or share it, whatever is said in the meeting. Your data is your most valuable input and should not leave on these terms.",
    counter:
      "Limit use of your data in writing to building and running your model for you, for no other purpose without your written consent, with return or deletion at the end.",
    patterns: [
      r(
        String.raw`\b(?:use|uses|using|used|process|processes|processed|exploit|exploits|share|shares|shared|disclose|discloses|disclosed|commerciali[sz]e|monetis\w*|monetiz\w*|sell|sells|analy[sz]e|retain|retains)\b.{0,60}?\bfor\s(?:any|all|whatever|any\sand\sall|its\sown|any\sother|other|their\sown|our\sown|vendor's\sown|any\slawful|any\sbusiness|all\slawful)\s(?:\w+\s)?(?:purpose|purposes|reason|reasons|use|uses)\b`,
      ),
      r(
        String.raw`\b(?:use|uses|process|processes|exploit|exploits|share|shares|disclose|discloses|commerciali[sz]e|sell|sells)\b.{0,60}?\b(?:(?:as|however|whenever|wherever|in\sany\s(?:way|manner))\s(?:it|they|we|the\svendor|vendor|supplier|provider)\s(?:deems?|sees?|thinks?|considers?|finds?|wish|wishes|chooses?|likes?|wants?)\s(?:fit|appropriate|necessary|suitable|useful)?|at\s(?:its|our|vendor's)\s(?:sole\s|absolute\s)?discretion)`,
      ),
      r(
        String.raw`\b(?:data|content|inputs|prompts|information|materials|submissions)\b.{0,60}?\bwithout\s(?:any\s)?(?:restriction|restrictions|limitation|limitations|limit)\b`,
      ),
      r(
        String.raw`\b(?:broad|unrestricted|unlimited|perpetual|irrevocable|royalty-free|worldwide|sublicensable|transferable)\b.{0,60}?\b${LICENCE}\s(?:[\w'-]+\s){0,3}?(?:to|in|over)\s(?:[\w'-]+\s){0,2}?(?:data|content|inputs|prompts|materials|information)\b`,
      ),
      r(
        String.raw`\b(?:vendor|supplier|provider|we)\s(?:may|can|shall\sbe\sentitled\sto|is\sentitled\sto|reserves\sthe\sright\sto|will)\s(?:also\s)?(?:use|process|exploit|analy[sz]e)\s(?!(?:[\w'-]+\s){0,2}?(?:aggregat|de-?identif|deidentif|anonymi|pseudonymi))(?:[\w'-]+\s){0,3}?(?:data|content|inputs|prompts)\b.{0,40}?\bto\s(?:train|improve|develop|enhance|build)\s(?:\w+\s){0,2}?(?:its|our|their|vendor's|other|new|further|future|additional)\s(?:own\s|other\s|general\s|foundation\s|generic\s)?(?:models?|products?|services?|offerings?|ai|platform|algorithms?)\b`,
      ),
      r(
        String.raw`\b(?:unrestricted|unlimited|unfettered|irrevocable|perpetual)\s(?:right|rights|permission)\b.{0,60}?\b(?:data|content|inputs|prompts|materials|information)\b`,
      ),
      r(
        String.raw`\b(?:free|entitled|at\sliberty)\sto\s(?:use|exploit|share|disclose|commerciali[sz]e|sell)\s(?:[\w'-]+\s){0,3}?(?:data|content|inputs|prompts|materials|information)\b`,
      ),
      r(String.raw`\bfor\s(?:any\s)?(?:purposes?|uses?)\s(?:beyond|outside|unrelated\sto)\s(?:the\s)?(?:services|project|agreement|scope)\b`),
      r(
        String.raw`\b(?:use|uses|process|processes|exploit|exploits)\s(?:[\w'-]+\s){0,3}?(?:data|content|inputs|prompts|materials)\b.{0,40}?\bto\s(?:train|improve|develop|enhance|build)\b.{0,40}?\b(?:its|our|their)\s(?:own\s|other\s)?(?:models?|products?|services?|offerings?|platform|algorithms?)\b`,
      ),
      r(
        String.raw`\b(?:use|uses|process|exploit|share|disclose)\w*\b.{0,60}?\b(?:data|content|information)\b.{0,30}?\bas\s(?:permitted|allowed)\sby\s(?:applicable\s)?law\b`,
      ),
      r(
        String.raw`\b(?:data|content|inputs|prompts|information)\b.{0,60}?\bfor\s(?:[\w'-]+,?\s){0,4}?(?:analytics|marketing|advertising|product\sdevelopment|research\sand\sdevelopment|commercial\spurposes|benchmarking)\b`,
      ),
      r(String.raw`\bpurposes?\sof\s(?:its|their|our|the\s(?:vendor|supplier|provider|licensor)'s)\s(?:own\s)?choosing\b`),
      r(
        String.raw`\b(?:use|uses|process|processes|share|shares|disclose|discloses|exploit|exploits)\b.{0,60}?\bfor\s(?:its|our|their|(?:the\s)?(?:vendor|supplier|provider|licensor)'s)\s(?:own\s)?(?:legitimate\s)?(?:business|commercial|internal|marketing|research)\s(?:purposes?|needs|ends|interests)\b`,
      ),
      r(
        String.raw`\b(?:create|make|prepare)\sderivative\sworks\s(?:of|from|based\son)\s(?:the\s)?(?:customer|client|licensee|your)\s(?:data|content|materials|inputs)\b|\buse,\s(?:copy|reproduce)\b.{0,60}?\b(?:customer|client|licensee|your)\s(?:data|content|materials|inputs)\b`,
      ),
      r(
        String.raw`\bfor\s(?:such\s|any\s)?(?:purposes|uses)\s(?:(?:that|which|as)\s)?(?:the\s)?(?:vendor|supplier|provider|licensor|developer|it|we)\s(?:(?:may|shall|will)\s)?(?:determines?|chooses?|selects?|decides?|sees\sfit|considers?\sappropriate|deems?\sappropriate)\b`,
      ),
      r(
        String.raw`\b(?:data|content|inputs|prompts)\b.{0,30}?\b(?:may|can|will|shall)\sbe\sused\s(?:[\w'-]+\s){0,2}?to\s(?:train|improve|develop|enhance|build)\s(?:and\s(?:train|improve|develop|enhance|build)\s)?(?:[\w'-]+\s){0,2}?(?:its|our|their|vendor's|supplier's|provider's|other)\s(?:own\s|other\s|general\s|foundation\s|generic\s|base\s)?(?:models?|products?|services?|offerings?|ai|platform|algorithms?)\b`,
      ),
    ],
    unless: [
      negatedVerb(String.raw`use|uses|process|exploit|share|disclose|sell|commerciali[sz]e|retain`),
      r(
        String.raw`\b(?:aggregat\w*|de-?identif\w*|deidentif\w*|anonymi[sz]\w*|pseudonymi[sz]\w*)\s(?:and\s[\w-]+\s|or\s[\w-]+\s)?(?:usage\s|customer\s|client\s|licensee\s)?(?:data|datasets?|information|form)\b`,
      ),
      r(
        String.raw`\bother\sthan\b|\bexcept\s(?:to|for|as(?!\s(?:prohibited|restricted|required|forbidden)\sby\s(?:(?:applicable|the|any)\s)?laws?\b))\b|\bsolely\b|\bexclusively\b|\bonly\s(?:to|for|as|in\sorder\sto)\b`,
      ),
      r(String.raw`^(?:the\s)?(?:client|customer)\s(?:may|can|shall\sbe\sfree\sto)\suse\b`),
      r(String.raw`\b${VENDOR}\s(?:hereby\s)?grants\s(?:to\s)?${CLIENT}`),
    ],
  },
  {
    key: "aggregated-data-exception",
    kind: "risky-language",
    pitchKey: "pooled-data",
    title: "Carve-out for 'aggregated' or 'de-identified' data",
    severity: "medium",
    layer: "derived-data",
    danger:
      "Anonymised or aggregated data still carries what makes your business distinctive. The exception quietly lets the vendor reuse the learnings from your project, including for rivals.",
    counter:
      "Delete the carve-out, or confine it to generic learnings that contain none of your data, are properly anonymised, never go into models for others and need your written consent.",
    patterns: [
      r(
        String.raw`\b(?:use|uses|using|retain|retains|exploit|exploits|process|compile|compiles|create|creates|derive|derives|share|shares|commerciali[sz]e|sell|sells|disclose|publish|collect|collects)\b.{0,60}?\b${AGGREGATE_WORD}\b.{0,40}?\b(?:data|information|learnings|insights|metrics|statistics|form|datasets?|content|inputs)\b`,
      ),
      r(
        String.raw`\b${AGGREGATE_WORD}\s(?:and\s[\w-]+\s|or\s[\w-]+\s)?(?:usage\s|client\s|customer\s|licensee\s)?(?:data|information|learnings|insights|metrics|statistics|form)\b.{0,60}?\b(?:train|improve|develop|enhance|build|refine|benchmark|commerciali[sz]e|used|use|retained|shared)\b`,
      ),
      r(
        String.raw`\b(?:derived|derivative|${AGGREGATE_WORD})\s(?:data|insights|learnings|information|signals)\b.{0,80}?\b(?:${OWNED_BY_VENDOR}|${VENDORS_PROPERTY})`,
      ),
      r(
        String.raw`\b(?:data|information)\s(?:that|which)\s(?:does\snot|no\slonger|cannot)\s(?:identify|identifies|be\sused\sto\sidentify|relate\sto)\s(?:the\s)?(?:client|customer|licensee|any\sindividual|a\sperson)\b`,
      ),
      r(String.raw`\b${AGGREGATE_WORD}\s(?:signals|patterns|telemetry|usage)\b`),
      r(
        String.raw`\b(?:use|using|uses|retain|share|exploit)\w*\b.{0,40}?\b(?:data|information|content)\s(?:that|which)\s(?:has|have|is|are)\s(?:been\s)?${AGGREGATE_WORD}`,
      ),
      r(
        String.raw`\b(?:restrictions?|obligations?|limitations?|this\sclause|this\sagreement)\b.{0,40}?\b(?:do(?:es)?\snot|shall\snot|will\snot)\s(?:apply|extend)\sto\s(?:any\s)?${AGGREGATE_WORD}`,
      ),
      r(
        String.raw`\b${AGGREGATE_WORD}\s(?:[\w'-]+\s)?(?:data|information)\s(?:is|are|shall\sbe)\s(?:excluded|exempt|carved\sout|not\s(?:customer|client)\sdata)\b`,
      ),
      r(
        String.raw`\b(?:may|can|will|shall\sbe\sentitled\sto|is\sentitled\sto|reserves\sthe\sright\sto)\s(?:also\s)?(?:aggregate|anonymi[sz]e|de-?identify|pseudonymi[sz]e)\s(?:[\w'-]+\s){0,3}?(?:data|examples|inputs|prompts|records|information|content|datasets?)\b`,
      ),
      r(
        String.raw`\b(?:vendor|supplier|provider|we)\s(?:shall\s|will\s)?(?:own|owns|retain|retains|keep|keeps)\s(?:all\s|any\s)?(?:rights\sin\s)?(?:derived|derivative|${AGGREGATE_WORD})\s(?:data|insights|learnings)\b`,
      ),
    ],
    unless: [
      negatedVerb(String.raw`use|uses|retain|exploit|process|compile|create|derive|share|commerciali[sz]e|sell|disclose|train|publish|collect`),
      r(String.raw`\bremains?\ssubject\sto\b`),
      r(String.raw`(?<!without\s)(?<!without\sthe\s)\b(?:prior|express|explicit)\s(?:written\s)?(?:consent|approval|authori[sz]ation)\b`),
      r(String.raw`\bwith\s(?:the\s)?(?:client's|customer's)\s(?:prior\s)?(?:written\s)?(?:consent|approval)\b`),
      r(String.raw`\b(?:solely|exclusively|only)\s(?:to|for)\s(?:[\w'-]+\s){0,4}?(?:client|customer)\b`),
      r(OWNED_BY_CLIENT),
    ],
  },
  {
    key: "weak-licence",
    kind: "risky-language",
    pitchKey: "proprietary-base-model",
    title: "Licence that is non-exclusive, time-limited or revocable",
    severity: "high",
    layer: "weights-artifacts",
    danger:
      "A non-exclusive licence lets the vendor license the same model to your competitors; one that ends with the term or can be revoked leaves you without the model exactly when you most need it, and limits on modifying it block further development.",
    counter:
      "Ask for assignment of the model; at minimum an exclusive, perpetual, irrevocable, worldwide licence to use, modify and integrate it, surviving any termination.",
    patterns: [
      r(String.raw`\bnon[- ]?exclusive\b.{0,60}?\b(?:${LICENCE}|right\sto\suse|right\sof\suse|rights?\sto)|\b${LICENCE}\w*\b.{0,30}?\bnon[- ]?exclusive\b`),
      r(
        String.raw`\b(?:${LICENCE}|right\sto\suse)\b.{0,60}?\b(?:only\s(?:while|for\sas\slong\sas|as\slong\sas|so\slong\sas)|(?:continues?|lasts?|remains?\sin\sforce)\s(?:only\s)?(?:while|for\sas\slong\sas|as\slong\sas|so\slong\sas))\b`,
      ),
      r(String.raw`\brevocable\b`),
      r(String.raw`\b${LICENCE}\w*\b.{0,60}?\b(?:may|can|shall|will|might)\s(?:be\s)?(?:revoked|withdrawn|terminated|suspended|cancell?ed)\b`),
      r(
        String.raw`\b(?:vendor|supplier|provider|licensor|we)\s(?:may|can|reserves\sthe\sright\sto)\s(?:at\sany\stime\s)?(?:revoke|withdraw|terminate|suspend)\s(?:or\s(?:revoke|withdraw|terminate|suspend)\s)?(?:the\s|this\s|such\s|any\s|your\s|client's\s|customer's\s)?${LICENCE}`,
      ),
      r(
        String.raw`(?<!\b(?:perpetual|irrevocable|surviving)\b.{0,80})\b(?:${LICENCE}\w*|right\sto\suse|right\sof\suse)\b(?!.{0,100}?\b(?:surviv\w*|perpetu\w*|irrevocabl\w*))(?:.{0,60}?)\b(?:for|during|throughout|limited\sto|valid\sfor|valid\sonly\sfor|only\sfor|until|lasts\sfor|(?:expires|ends|terminates)\s(?:with|at|on|upon|when)(?:\sthe\send\sof)?|co-?terminous\swith)\s(?:the\s)?(?:[\w'-]+\s)?(?:term|period|duration|subscription|\d+|one|two|three|four|five|ten|a\speriod)\b`,
      ),
      r(
        String.raw`\b(?:client|customer|licensee|you)\s(?:may|can|shall\sbe\sentitled\sto|is\sentitled\sto|will\sbe\sable\sto)\suse\s(?:[\w'-]+\s){0,4}?(?:only\s)?(?:during|for|throughout|until\sthe\send\sof)\s(?:the\s)?(?:[\w'-]+\s)?(?:term|period|subscription)\b(?!.{0,80}?\b(?:perpetu\w*|surviv\w*|thereafter|after\s(?:the\s)?(?:term|termination|expiry)))`,
      ),
      r(
        String.raw`\b${LICENCE}\w*\b.{0,40}?\b(?:terminates|ends|lapses|expires|ceases)\s(?:automatically\s|immediately\s)?(?:if|when|upon|on|should|in\sthe\sevent|with)\b`,
      ),
      r(String.raw`\b(?:\d+|one|two|three|four|five|ten)[- ](?:year|month)s?\s(?:[\w'-]+\s)?${LICENCE}`),
      r(String.raw`\b(?:${LICENCE}\w*|right\sto\suse)\b.{0,60}?\bco-?terminous\b|\b(?:subscription|term|annual|time-limited)\s${LICENCE}`),
      r(
        String.raw`\b${LICENCE}\s(?:is|are|shall\sbe|will\sbe)\snot\sexclusive\b|\bgrant\s(?:the\s)?same\s(?:rights|${LICENCE}s?)\sto\s(?:others|third\sparties|other\s(?:customers|clients))\b`,
      ),
      r(String.raw`\b(?:term|time)[- ]?(?:limited|bound)\b.{0,30}?\b${LICENCE}|\b${LICENCE}\b.{0,30}?\b(?:term|time)[- ]?(?:limited|bound)\b`),
      r(
        String.raw`\b(?:client|customer|licensee|you)\s(?:shall|may|must|will|can)\s(?:not|never)\s(?:[\w-]+,?\s){0,3}?(?:modify|adapt|alter|retrain|re-train|fine[- ]?tune|create\sderivative|make\sderivative|integrate|port|host)\b`,
      ),
    ],
    unless: [
      r(String.raw`\b(?:client|customer|licensee)\s(?:hereby\s)?grants\s(?:to\s)?(?:the\s)?(?:vendor|supplier|provider|licensor)\b`),
      r(String.raw`\b(?:not|never|cannot|can't)\s(?:be\s)?(?:revoked|withdrawn|terminated|suspended)\b`),
      r(String.raw`\b(?:vendor's|supplier's|provider's|licensor's)\s${LICENCE}`),
      r(String.raw`\b(?:perpetual|irrevocable)\b.{0,80}?\b(?:pre-?existing|background|base\smodel|underlying)\b`),
      r(
        String.raw`\b(?:sector|industry)\s(?:exclusivity|head\sstart)\b|\bhead\sstart\b|(?<!non[- ]?)\bexclusiv\w*\s(?:[\w'-]+\s){0,4}?(?:in|within)\s(?:its|the|client's|customer's|your)\s(?:sector|industry|market|field)\b`,
      ),
    ],
  },
  {
    key: "vendor-owns-improvements",
    kind: "risky-language",
    pitchKey: "proprietary-base-model",
    title: "Vendor owns improvements and derivatives of your model",
    severity: "high",
    layer: "weights-artifacts",
    danger:
      "If every improvement or derivative belongs to the vendor, your own retraining and fine-tuning feed its asset, and the model you paid for can become the blueprint for a competitor's.",
    counter:
      "Improvements to your model and anything derived from your data belong to you; the vendor keeps only its general tools and know-how, and may not build models for others from your model or data.",
    patterns: [
      r(String.raw`\b${IMPROVEMENTS}\b.{0,80}?\b${OWNED_BY_VENDOR}`),
      r(String.raw`\b${IMPROVEMENTS}\b.{0,80}?\b(?:vendor's|supplier's|provider's|licensor's|our)\s(?:sole\s|exclusive\s)?property\b`),
      r(
        String.raw`\b(?:vendor|supplier|provider|licensor|we)\s(?:shall\s|will\s|would\s)?(?:own|owns|retain|retains|keep|keeps|hold|holds|acquire|acquires|obtain|obtains)\s(?:all\s|any\s|sole\s|full\s|every\s|each\s)?(?:(?:right,\stitle\sand\sinterest|rights?|ownership|title|ip|intellectual\sproperty(?:\srights)?)\s(?:in|to|of)\s)?(?:all\s|any\s|the\s|every\s|each\s)?${IMPROVEMENTS}\b`,
      ),
      r(
        String.raw`\bassign\w*\s(?:to\s(?:the\s)?(?:vendor|supplier|provider|licensor)\s)(?:all\s|any\s)?(?:rights?\s(?:in|to)\s)?(?:all\s|any\s|the\s)?${IMPROVEMENTS}\b`,
      ),
      r(String.raw`\bassign\w*\s(?:[\w'-]+\s){0,4}?${IMPROVEMENTS}\b.{0,40}?\bto\s(?:the\s)?(?:vendor|supplier|provider|licensor)\b`),
      r(
        String.raw`\b(?:transfer|assign|convey)\w*,?\s(?:and\s(?:hereby\s)?(?:transfers?|assigns?|conveys?),?\s)?to\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|us)\s(?:all\s)?(?:ownership|title|rights?|right,\stitle\sand\sinterest|ip|intellectual\sproperty(?:\srights)?)\s(?:of|in|to)\s(?:all\s|any\s|the\s)?${IMPROVEMENTS}\b`,
      ),
    ],
    unless: [
      r(OWNED_BY_CLIENT),
      r(String.raw`\b(?:excluding|except|other\sthan|but\snot|not\sincluding|excepting)\b.{0,40}?\b(?:client|customer|the\smodel|model\sweights|fine-tuned)\b`),
      negatedVerb(String.raw`own|acquire|obtain|retain|claim|assign`),
    ],
  },
  {
    key: "destroy-on-termination",
    kind: "risky-language",
    pitchKey: "lose-ai-on-exit",
    title: "Custom model destroyed when the contract ends",
    severity: "high",
    layer: "deployment-exit",
    danger:
      "Deleting the weights at the end of the contract makes the lock-in final: years of training paid for by you disappear, and switching provider means rebuilding from scratch.",
    counter:
      "Require delivery of the latest weights and documentation to you on any termination first; the vendor may delete its own copies only after you confirm receipt, or on your instruction.",
    patterns: [
      r(
        String.raw`\b${MODEL_OBJECT}\b(?!'s|\s(?:training\s)?data)(?:,?\s[\w'-]+){0,6}?,?\s(?:will|shall|are|is|would|may|must|get|gets)\s(?:then\s)?(?:be\s)?(?:then\s)?(?:permanently\s|promptly\s|automatically\s|securely\s|immediately\s|irrevocably\s)?${DESTROYED}\b`,
      ),
      r(String.raw`\b(?:deletion|destruction|erasure|purging|decommissioning|removal)\sof\s(?:[\w'-]+\s){0,4}?${MODEL_OBJECT}\b(?!'s|\s(?:training\s)?data)`),
      r(
        String.raw`\b(?:delete|deletes|destroy|destroys|erase|erases|purge|purges|wipe|wipes|decommission|decommissions|dispose\sof|disposes\sof|shut\sdown|shuts\sdown|tear\sdown|tears\sdown)\s(?:[\w'-]+\s){0,6}?${MODEL_OBJECT}\b(?!'s|\s(?:training\s)?data)`,
      ),
    ],
    unless: [
      r(
        String.raw`\b(?:after|once|following|upon|provided\sthat|until)\b.{0,60}?\b(?:deliver(?!ables?\b)\w*|return\w*|hand\w*\sover|transferr?\w*|export\w*|receiv\w*|receipt|confirm\w*)\b`,
      ),
      r(
        String.raw`\b(?:at|upon|on)\s(?:the\s)?(?:client's|customer's)\s(?:written\s)?(?:request|instruction|direction|election|option)\b|\bif\s(?:the\s)?(?:client|customer)\s(?:so\s)?(?:requests|instructs|elects|asks)\b`,
      ),
      negatedVerb(String.raw`delete|destroy|erase|purge|wipe|decommission|dispose|remove`),
      r(String.raw`\baccess\sto\b.{0,40}?\b(?:switched\soff|shut\sdown|cut\soff|turned\soff)\b`),
      r(String.raw`\b(?:data|datasets?)\s(?:used\s)?(?:to|for|in)\s(?:train\w*|fine-tun\w*)\s(?:of\s)?(?:the\s)?model\s(?:will|shall)\b`),
    ],
  },
  {
    key: "deemed-acceptance",
    kind: "risky-language",
    pitchKey: "trust-us",
    title: "Acceptance by silence, by use or after a deadline",
    severity: "medium",
    layer: "weights-artifacts",
    danger:
      "If silence, going live or a short deadline counts as acceptance, you lose the right to reject a model that misses its targets before you have tested it properly, and the final payment falls due anyway.",
    counter:
      "Acceptance only by written sign-off after tests against agreed criteria and a realistic test period; neither use in production, payment nor silence counts as acceptance.",
    patterns: [
      r(
        String.raw`${NOT_NEGATED}\b(?:deemed|considered|treated|taken|assumed|regarded)\s(?:as\s|to\s(?:have\s)?(?:been\s)?|to\sbe\s)?(?:accepted|approved|acceptance|approval|have\saccepted|have\sapproved)\b`,
      ),
      r(
        String.raw`(?<!\bnot\s)(?<!\bnever\s)\b(?:constitutes?|constituting|amounts?\sto|implies|signifies|counts\sas)\s(?:the\s|its\s|an?\s|full\s|final\s)?(?:[\w']+\s)?(?:acceptance|approval)\b`,
      ),
      r(
        String.raw`\b(?:acceptance|approval)\s(?:(?:shall|will)\s(?:be\s)?|is\s)?(?:occurs?|take\splace|takes\splace|automatic|automatically|assumed|presumed|deemed|occur)\b`,
      ),
      r(String.raw`\baccepted\s(?:on|upon|at)\s(?:the\s)?(?:delivery|installation|go-live|handover|hand-over|deployment)\b`),
      r(
        String.raw`\b(?:silence|failure\s(?:[\w'-]+\s){0,3}?to\s(?:respond|reject|object|complete|notify|test|reply)|(?:use|using)\s(?:of\s)?(?:the\s)?(?:model|deliverables?|solution)\sin\sproduction)\b.{0,80}?\b(?:acceptance|accepted|approval|approved|passed)\b`,
      ),
      r(
        String.raw`\b(?:accepted|approved)\s(?:if|unless|where|when|once)\b.{0,60}?\b(?:not|no|fails?|failure|without|silen\w*|unless)\b|\b(?:accepted|approved)\sunless\b`,
      ),
      r(String.raw`\bdeemed\sto\s(?:pass|have\spassed|comply|conform|meet|satisfy)\b`),
      r(
        String.raw`\b(?:does|do|has|have)\snot\s(?:respond|reply|object|reject|notify|comment|raise)\w*\b.{0,80}?\b(?:is|are|shall\sbe|will\sbe)\s(?:deemed\s|treated\sas\s|considered\s)?(?:accepted|approved)\b`,
      ),
    ],
    unless: [
      negatedVerb(String.raw`deemed|constitute|constitutes|imply|implies|considered|treated|count|counts|amount`),
      r(
        String.raw`\bonly\s(?:when|once|if|upon|after|by|on)\b|\bacceptance\scertificate\b|\bwritten\s(?:confirmation|sign-off|acceptance)\b|\bsigns?\s(?:an?\s|the\s)?acceptance\b`,
      ),
      r(String.raw`\bneither\b.{0,60}?\bnor\b`),
    ],
  },
  {
    key: "exit-fees",
    kind: "risky-language",
    pitchKey: "lose-ai-on-exit",
    title: "Fees to leave: export, egress, migration or termination charges",
    severity: "high",
    layer: "deployment-exit",
    danger:
      "Charges for exporting data or weights, egress, migration or early termination make leaving so expensive that the right to leave exists only on paper, and they hand the vendor pricing power at every renewal.",
    counter:
      "Export of data, weights and documentation at exit at no charge (or at a capped, stated cost), no termination or break fees beyond notice periods, and egress borne by the vendor.",
    patterns: [
      r(
        String.raw`\b(?:exit|egress|extraction|export|migration|transition|termination|break|switching|porting|offboarding|off-boarding|retrieval|deconversion|de-conversion)\s(?:assistance\s)?(?:fees?|charges?|costs?|penalt(?:y|ies)|payments?|surcharges?)\b`,
      ),
      r(
        String.raw`\b(?:fees?|charges?|costs?|surcharges?|premium)\s(?:[\w'-]+\s){0,2}?(?:for|of|on)\s(?:the\s)?(?:export\w*|extract\w*|retriev\w*|migrat\w*|transfer\w*|porting|egress|handing\sover|download\w*)\b`,
      ),
      r(
        String.raw`\b(?:export|extract|migrat|transfer|port|retriev|handover|hand-over|return|moving|move)\w*\b.{0,60}?\b(?:is|are|shall\sbe|will\sbe)\s(?:subject\sto\s(?:an?\s|the\s)?(?:[\w'-]+\s){0,2}?(?:fee|charge|payment|cost)|charged|chargeable|billed|invoiced|payable|(?:available|offered|provided)\s(?:only\s)?(?:as|at)\s(?:an?\s)?(?:paid|premium|chargeable|extra|additional|separate)|at\s(?:the\s)?(?:customer's|client's|licensee's|your)\s(?:cost|expense))\b`,
      ),
      r(
        String.raw`\b(?:client|customer|licensee|you)\s(?:shall|will|must)\s(?:bear|pay|reimburse)\s(?:all\s|any\s|the\s)?(?:[\w'-]+\s)?(?:costs?|fees?|charges?|expenses?)\s(?:of|for|related\sto|associated\swith|incurred\sin)\s(?:[\w'-]+\s)?(?:retriev|export|extract|migrat|transfer|port|mov|egress|return|download)\w*`,
      ),
      r(
        String.raw`\b(?:early\s)?termination\b.{0,60}?\b(?:triggers?|requires?|results?\sin|gives?\srise\sto|incurs?)\b.{0,40}?\b(?:payment|fees?|charges?|penalt(?:y|ies)|compensation)\b`,
      ),
      r(
        String.raw`\b(?:fees?|charges?|payment|sums?)\b.{0,50}?\b(?:remainder|balance|rest|unexpired\sportion)\sof\s(?:the\s)?(?:initial\s)?(?:term|contract|subscription|commitment)\b`,
      ),
      r(
        String.raw`\bcharges?\s(?:[\w'-]+\s){0,2}?(?:for|on)\s(?:each|every|any|all|the)\s(?:[\w'-]+\s){0,4}?(?:export\w*|extract\w*|egress|transfer\w*|migrat\w*|retriev\w*|download\w*)\b`,
      ),
    ],
    unless: [
      r(
        String.raw`\bno\s(?:[\w'-]+\s){0,2}?(?:fee|fees|charge|charges|cost|costs|penalty|penalties)\b|\bwithout\s(?:any\s)?(?:[\w'-]+\s){0,4}?(?:fee|fees|charge|charges|cost|penalty)\b`,
      ),
      r(String.raw`\bfree\sof\scharge\b|\bat\sno\s(?:additional\s|extra\s)?(?:cost|charge)\b|\bincluded\sin\sthe\sfees\b|\bwaive[sd]?\b`),
      r(String.raw`\bborne\sby\s(?:the\s)?${VENDOR_WORD}\b|\bat\s(?:the\s)?${VENDOR_OWNER}\s(?:own\s)?(?:cost|expense)\b`),
      negatedVerb(String.raw`charge|charged|bill|invoice|apply|payable|incur|levy`),
    ],
  },
  {
    key: "residuals-know-how",
    kind: "risky-language",
    pitchKey: "proprietary-base-model",
    title: "Residuals or know-how clause that reaches your model and data",
    severity: "high",
    layer: "know-how",
    danger:
      "A residuals or know-how clause lets the vendor reuse whatever its people remember and whatever techniques it learned on your project, which in practice covers your data, your prompts and what made your model work, for anyone else.",
    counter:
      "The vendor keeps only general skills that contain none of your confidential information; the carve-out never reaches the model, your data or anything derived from them, and there is no residuals clause.",
    patterns: [
      r(
        String.raw`\b(?:use|uses|using|exploit|exploiting|retain|retains|disclose|free\sto\suse)\b.{0,60}?\bresidual(?:s|\sknowledge|\sinformation|\sideas)?\b`,
      ),
      r(
        String.raw`\bresidual(?:s|\sknowledge|\sinformation|\sideas)?\b(?:\s[\w-]+){0,8}?\s(?:may|can|shall|will)\s(?:be\s)?(?:used|exploited|retained|disclosed|freely)\b`,
      ),
      r(String.raw`\b(?:retained|held|kept|stored)\sin\s(?:the\s)?(?:unaided\s)?memor(?:y|ies)\b`),
      r(
        String.raw`\b(?:we|${VENDOR_WORD})\s(?:may\s|shall\sbe\sfree\sto\s|is\sfree\sto\s|will\s|can\s|shall\s)?(?:freely\s)?(?:use|reuse|re-use|keep|keeps|retain|retains|exploit|apply|own|owns),?\s(?:any\s|all\s|the\s|its\s|our\s)?(?:[\w-]+,?\s){0,6}?(?:ideas|concepts|techniques|know-how|knowhow|knowledge|methodolog(?:y|ies)|methods|recipes|skills|experience|learnings|insights|approaches)\b`,
      ),
      r(
        String.raw`\b(?:know-how|knowledge|skills|experience|techniques|ideas|learnings|methodolog(?:y|ies)|methods|recipes)\b.{0,80}?\b(?:(?:remain|remains|stay|stays|is|are)\s(?:ours|with\sus|(?:the\s)?(?:sole\s)?property\sof\s(?:the\s)?${VENDOR_WORD})\b|${OWNED_BY_VENDOR})`,
      ),
      r(
        String.raw`\b(?:restricts?|prevents?|precludes?|limits?|prohibits?)\s(?:the\s)?(?:${VENDOR_WORD}|us)\sfrom\s(?:using|applying|exploiting|reusing|re-using)\s(?:[\w'-]+\s){0,3}?(?:ideas|concepts|techniques|know-how|knowhow|skills|experience|learnings|knowledge|insights|residual\w*)\b`,
      ),
    ],
    unless: [
      r(OWNED_BY_CLIENT),
      r(
        String.raw`\bno\sresiduals\b|\bdoes\snot\s(?:extend|apply|reach)\sto\s(?:the\s)?(?:model|customer|client|licensee)|\bno\s(?:exception|carve-out|exclusion)\b`,
      ),
      negatedVerb(String.raw`use|reuse|re-use|exploit|retain|disclose`),
      r(String.raw`\b(?:excluding|except|other\sthan|but\snot|not\sincluding)\b.{0,40}?\b(?:client|customer|licensee)\b`),
    ],
  },
  {
    key: "audit-refusal",
    kind: "risky-language",
    pitchKey: "trust-us",
    title: "Audit or disclosure refused on trade-secret or confidentiality grounds",
    severity: "high",
    layer: "deployment-exit",
    danger:
      "Calling the model, its training data or its documentation a trade secret shuts out you and your regulators exactly where you carry the risk: you cannot verify what the model was trained on, explain its decisions or prove compliance.",
    counter:
      "Audit and transparency rights for you and your regulators over the model, its training data sources and documentation, with confidentiality handled by a non-disclosure agreement, never as a reason to refuse.",
    patterns: [
      r(
        String.raw`\b(?:not\s(?:be\s)?(?:required|obliged|obligated)\sto|(?:no|under\sno)\sobligation\sto|(?:can't|cannot|will\snot|won't|may\snot|need\snot|needn't|(?:are|is)\sunable\sto|unable\sto)\s(?:disclose|share|reveal|explain|provide|give|grant)|(?:may|can|shall\sbe\sentitled\sto)\s(?:refuse|decline|withhold|redact)|(?:refuses?|declines?)\sto|withheld|no\saudit|not\sbe\ssubject\sto\s(?:any\s)?audit)\b.{0,100}?\b${SECRECY}\b`,
      ),
      r(
        String.raw`\b(?:audit|inspect|examination|review|verification|information|disclosure|transparency)\w*\b.{0,40}?\b(?:excludes?|exclude|do(?:es)?\snot\s(?:extend|apply|cover|include))\b.{0,80}?\b${SECRECY}\b`,
      ),
      r(String.raw`\b${SECRECY}\b.{0,40}?\b(?:excluded|exempt)\sfrom\s(?:any\s|all\s|the\s)?(?:audit|inspection|review|disclosure|examination)`),
      r(String.raw`\bno\saccess\b.{0,80}?\b${SECRECY}`),
      r(String.raw`\b${SECRECY}\b.{0,60}?\b${AUDIT_REFUSED}|\b${AUDIT_REFUSED}\b.{0,60}?\b${SECRECY}\b`),
      r(
        String.raw`\b(?:not|no|never|refus\w*|declin\w*|withh[oe]ld\w*|exclud\w*|unable)\b.{0,80}?\b(?:on|for)\s(?:\w+\s)?(?:confidentiality|trade[- ]secret|proprietary|commercial\ssensitivity)\s(?:grounds|reasons|basis)\b`,
      ),
      r(
        String.raw`\b${SECRECY}\b.{0,60}?\b(?:(?:will|shall)\snot\sbe\s(?:provided|disclosed|shared|made\savailable|revealed|audited)|(?:is|are)\s(?:withheld|not\s(?:disclosed|shared|available|provided)))\b`,
      ),
    ],
    unless: [
      negatedVerb(String.raw`withhold|refuse|decline|redact`),
      r(String.raw`\b(?:other\sparty's|customer's|client's|licensee's|the\sother\sparty's|disclosing\sparty's)\s(?:trade\ssecrets?|confidential\w*)`),
      r(String.raw`\bnot\s(?:be\s)?a\s(?:ground|reason|basis)\b`),
      // Refusing escrow is its own finding (no-escrow).
      r(String.raw`\bescrow\b`),
    ],
  },
  {
    key: "vendor-owns-outputs",
    kind: "risky-language",
    pitchKey: "proprietary-base-model",
    title: "Vendor owns, licenses or trains on the model's outputs",
    severity: "high",
    layer: "outputs",
    danger:
      "The outputs are the reports, predictions and content your business runs on. If the vendor owns them, holds a licence to them or may train on them, your results and the knowledge in them feed the vendor's products.",
    counter: "You own all outputs; the vendor acquires no licence to them and may not use them to train or improve any model other than yours.",
    patterns: [
      r(String.raw`\b${OUTPUTS}\b.{0,60}?\b${OWNED_BY_VENDOR}`),
      r(
        String.raw`\b(?:ownership|title|rights?|ip|intellectual\sproperty)\s(?:of|in|to)\s(?:all\s|any\s|the\s)?${OUTPUTS}\b.{0,30}?\b(?:rests?|remains?|stays?|vests?|is|are)\s(?:solely\s|exclusively\s)?(?:with|in)\s(?:the\s)?(?:us|${VENDOR_WORD})\b`,
      ),
      r(String.raw`\b(?:${VENDOR_WORD}|we|us)\b.{0,40}?\b(?:${LICENCE}|right\sto\suse|rights?\sto|right\sof\suse)\b.{0,50}?\b${OUTPUTS}`),
      r(
        String.raw`\b(?:we|${VENDOR_WORD})\s(?:shall\s|will\s)?(?:own|owns|retain|retains|hold|holds)\s(?:all\s|any\s|the\s)?(?:rights?\s(?:in|to)\s)?(?:all\s|any\s|the\s)?(?:(?:the\s)?(?:model's|customer's|client's|your)\s)?${OUTPUTS}`,
      ),
      r(
        String.raw`\b(?:use|uses|using|reuse|re-use|process|exploit|analy[sz]e)\s(?:[\w'-]+\s){0,4}?${OUTPUTS}\b.{0,40}?\bto\s(?:train|improve|develop|enhance|fine-tune|refine|build)\b`,
      ),
      r(
        String.raw`\b${OUTPUTS}\b.{0,60}?\b(?:may|can|will|shall)\sbe\s(?:used|reused|re-used|exploited|analy[sz]ed)\b.{0,40}?\bto\s(?:train|improve|develop|enhance|fine-tune|refine|build)\b`,
      ),
      r(String.raw`\b${OUTPUTS}\b.{0,40}?\b(?:remain|remains|stay|stays)\s(?:with\s)?(?:the\s)?(?:${VENDOR_WORD}|us|ours)\b`),
    ],
    unless: [
      r(OWNED_BY_CLIENT),
      negatedVerb(String.raw`use|uses|reuse|acquire|acquires|own|owns|claim|train|process|obtain`),
      r(String.raw`\bno\s(?:[\w'-]+\s){0,3}?(?:licen[cs]e|right|rights|title|ownership)\b`),
      r(String.raw`\b(?:only|solely)\s(?:to|for)\s(?:deliver|provid|perform|operat)\w*`),
    ],
  },
  {
    key: "no-escrow",
    kind: "risky-language",
    pitchKey: "lose-ai-on-exit",
    title: "No escrow for the model",
    severity: "medium",
    layer: "deployment-exit",
    danger:
      "Without an escrow of the weights and what is needed to run them, the model disappears with the vendor if it fails, is bought or stops supporting the product, and you have nothing to fall back on.",
    counter:
      "Deposit of the current weights, documentation and training code with an independent escrow agent, kept up to date, with release on insolvency, end of support, change of control or material breach.",
    patterns: [
      r(String.raw`\bno\s(?:[\w'-]+\s){0,4}?escrow\b`),
      r(
        String.raw`\bescrow\b.{0,60}?\b(?:is|are|was|were|has\sbeen|will\sbe|shall\sbe)\s(?:not\s(?:offered|available|provided|included|required|part|in\sscope|agreed|possible|supported)|excluded|declined|refused|unavailable|out\sof\sscope)\b`,
      ),
      r(
        String.raw`\b(?:not\s(?:be\s)?(?:required|obliged|obligated)\sto|(?:no|under\sno)\sobligation\sto|(?:will|shall)\snot|won't|doesn't|does\snot|don't|do\snot|(?:refuses?|declines?)\sto)\s(?:agree\sto\s|offer\s|provide\s|do\s|accept\s)?(?:any\s|an\s)?(?:deposit|place|put|lodge|hold|escrow)\b.{0,60}?\bescrow\b`,
      ),
      r(
        String.raw`\b(?:not\s(?:be\s)?(?:required|obliged|obligated)\sto|(?:no|under\sno)\sobligation\sto|(?:will|shall)\snot|do(?:es)?\snot|don't|doesn't|won't)\s(?:agree\sto\s|offer\s|provide\s|do\s|accept\s)?(?:any\s|an\s)?escrow\b`,
      ),
      r(
        String.raw`\b(?:refus\w*|declin\w*|not\s(?:agree|offer|provide|accept|enter)\w*|won't|will\snot|shall\snot)\b.{0,40}?\bescrow\b|\bneither\b.{0,80}?\bescrow\b`,
      ),
      r(String.raw`\b(?:no\sobligation|not\s(?:be\s)?(?:required|obliged|obligated))\b.{0,40}?\bdeposit\w*\b.{0,60}?\b(?:third\sparty|escrow|agent|trustee)\b`),
      r(
        String.raw`\bno\s(?:deposit|lodg\w*|release\smechanism)\s(?:of\s)?(?:[\w'-]+\s){0,3}?(?:with|in)\s(?:a\s|an\s|the\s)?(?:third\sparty|escrow|agent|trustee)\b`,
      ),
    ],
    unless: [r(String.raw`\brelease\sfrom\sescrow\b`)],
  },
  {
    key: "uncapped-renewal-pricing",
    kind: "risky-language",
    pitchKey: "lose-ai-on-exit",
    title: "Prices the vendor may raise without a cap",
    severity: "medium",
    layer: "deployment-exit",
    danger:
      "Once your processes run on the vendor's model, an uncapped renewal price is a bill you cannot refuse: the lock-in is paid for year after year at whatever rate the vendor sets.",
    counter:
      "Renewal increases capped (for example at inflation or a fixed percentage) for several years, changes only by written agreement, or a transfer of the model to you after an agreed period of fees.",
    patterns: [
      r(
        String.raw`\b(?:we|${VENDOR_WORD})\s(?:may|can|reserves?\sthe\sright\sto|shall\sbe\sentitled\sto|is\sentitled\sto|will)\s(?:at\sany\stime\s|from\stime\sto\stime\s)?(?:[\w'-]+\s){0,3}?(?:increase|raise|revise|change|adjust|amend|modify|vary|update|reprice|set)\s(?:[\w'-]+\s){0,3}?(?:fees?|prices?|pricing|charges?|rates?|fee\sschedule|price\slist|rate\scard)\b`,
      ),
      r(
        String.raw`\b(?:fees?|prices?|priced|pricing|charges?|rates?|renewals?)\b.{0,60}?\b(?:subject\sto\s(?:[\w-]+\s)?(?:change|revision|increase|adjustment|review)|at\s(?:the\s)?(?:${VENDOR_OWNER}|our)\s(?:then[- ]current|standard|prevailing|list)|then[- ]current|(?:set|determined|fixed)\sby\s(?:the\s)?(?:${VENDOR_WORD}|us)|in\sforce\sat\sthe\stime|without\s(?:limit|limitation|cap|any\scap|restriction)|not\s(?:be\s)?(?:limited|capped)\sto)`,
      ),
      r(
        String.raw`\b(?:price\slist|rate\scard|tariff|list\sprices?)\b.{0,30}?\b(?:at\sthat\stime|then\sin\s(?:force|effect)|in\s(?:force|effect)\sat\sthe\stime|from\stime\sto\stime)\b`,
      ),
      r(String.raw`\b(?:as\s)?quoted\sby\s(?:the\s)?(?:${VENDOR_WORD}|us)\b|\bat\sthe\stime\sof\s(?:renewal|the\srenewal)\b`),
      r(
        String.raw`\b(?:fees?|prices?|pricing|charges?|rates?|subscription)\b.{0,60}?\b(?:reviewed|revised|adjusted|set|determined|changed|increased)\s(?:[\w'-]+\s){0,3}?by\s(?:the\s)?(?:${VENDOR_WORD}|us)\b`,
      ),
      r(
        String.raw`\b(?:${VENDOR_OWNER}|our)\s(?:then[- ]current|standard|prevailing|list|current)\s(?:prices?|rates?|fees?|pricing|rate\scard|price\slist|charges)\b`,
      ),
    ],
    unless: [
      negatedVerb(String.raw`increase|exceed|change|rise|raise|revise|adjust|vary`),
      r(String.raw`\bonly\s(?:in\sline\swith|by|up\sto|to\sthe\sextent)\b|\bconsumer\sprice\sindex\b|\bin\sline\swith\s(?:inflation|the\s[\w-]+\sindex)\b`),
      r(
        String.raw`(?<!without\s(?:any\s)?)\bcapped\b|\bfixed\sfor\b|\bno\smore\sthan\b|\bmore\sthan\s\d|\bwritten\s(?:agreement|consent|approval)\b|\bcpi\b|\bmutual(?:ly)?\s(?:agree|agreement)`,
      ),
    ],
  },
  {
    key: "data-retained-after-exit",
    kind: "risky-language",
    pitchKey: "lose-ai-on-exit",
    title: "Vendor keeps your data after the contract ends",
    severity: "high",
    layer: "training-data",
    danger:
      "Data the vendor may keep after the end, in archives, backups or under its own retention policy, stays exposed to reuse, breaches and disclosure long after you stopped paying and lost sight of it.",
    counter:
      "Return of all your data in a usable format at the end, then deletion of every copy including backups within a fixed period, confirmed in writing; any retention only as the law requires and for no other use.",
    patterns: [
      r(String.raw`\b${CLIENT_DATA}\b.{0,60}?\b${RETAIN}\b.{0,80}?${AFTER_EXIT}`),
      r(String.raw`\b${RETAIN}\b.{0,60}?\b${CLIENT_DATA}\b.{0,60}?${AFTER_EXIT}`),
      r(
        String.raw`\b(?:we|${VENDOR_WORD})\s(?:may|can|shall\sbe\sentitled\sto|is\sentitled\sto|reserves\sthe\sright\sto)\s(?:continue\sto\s)?(?:retain|keep|hold|store|archive)\s(?:[\w'-]+\s){0,3}?(?:copy|copies|backups?|archives?)\s(?:of\s)?(?:[\w'-]+\s){0,2}?(?:data|datasets?|content|materials|prompts)\b`,
      ),
      r(String.raw`\b(?:data|datasets?|content)\b.{0,40}?\b(?:will|shall|is|are)\snot\sbe\s(?:deleted|returned|destroyed|erased)\b`),
      r(
        String.raw`\b(?:deleted|destroyed|erased|returned)\s(?:[\w'-]+\s){0,2}?(?:in\saccordance\swith|under|per|according\sto|subject\sto)\s(?:the\s)?(?:${VENDOR_OWNER}|its|our)\s(?:own\s|standard\s|internal\s)?(?:retention|deletion|data)\s(?:policy|policies|schedule|practices?|procedures?)\b`,
      ),
      r(
        String.raw`\b(?:not\s(?:be\s)?(?:obliged|obligated|required)\sto|(?:no|under\sno)\sobligation\sto)\s(?:return|delete|destroy|erase|purge)\s(?:or\s(?:return|delete|destroy|erase|purge)\s)?(?:[\w'-]+\s){0,3}?(?:data|datasets?|content|materials|copies)\b`,
      ),
      r(
        String.raw`\b(?:return|deletion|destruction|erasure)\sof\s(?:[\w'-]+\s){0,3}?(?:data|datasets?|content)\s(?:is|are|shall\sbe|will\sbe)\s(?:not\s(?:included|provided|offered|part|in\sscope|guaranteed)|excluded|out\sof\sscope|subject\sto\b.{0,40}?\bretention)`,
      ),
    ],
    unless: [
      negatedVerb(String.raw`retain|retains|keep|keeps|hold|holds|store|stores|remain|remains|archive`),
      r(String.raw`\b(?:only|solely)\s(?:for\s)?(?:as\slong\sas|until)\b.{0,30}?\b(?:client|customer|licensee)\b`),
      r(String.raw`^(?:the\s)?(?:customer|client|licensee)\s(?:may|shall|will|can)\s(?:retain|keep)\b`),
      r(String.raw`\buntil\s(?:the\s)?(?:client|customer|licensee)\b`),
    ],
  },
];

// ── Broad co-occurrence patterns ─────────────────────────────────────────────────────────────────────
// The rows above recognise known phrasings. These recognise the behaviour in wording nobody listed: a
// topic word and a cue that turns it against the client within a bounded distance in the same sentence
// ("escrow" near a refusal, a fee near an export, a price change near the renewal). Each is a plain
// sequence of bounded gaps (linear); the rule's vetoes (negation, client-friendly wording) still apply.

const NEG = String.raw`(?:\b(?:no|not|never|neither|nor|without)\b|n't\b)`;
const REFUSAL = String.raw`(?:${NEG}|\b(?:declin\w*|refus\w*|reject\w*|exclud\w*|unavailable|waived?|outside\sthe\sscope|not\sapplicable)\b)`;
/** Negations that are only about timing or effort ("not later than", "without undue delay"). */
const BENIGN_NEGATION = r(String.raw`\bno(?:t)?\s(?:later|less|more)\sthan\b|\bwithout\s(?:undue\s)?delay\b|\bnot\s(?:be\s)?unreasonably\b`);
const FEE_WORD = String.raw`\b(?:fees?|charges?|charged|costs?|chargeable|surcharges?|penalt(?:y|ies)|billed|billable|invoiced|payable|priced|time[- ]and[- ]materials|(?:standard|professional\sservices|daily|hourly)\srates?|per\s(?:gigabyte|gb|terabyte|tb))\b`;
const EXIT_MOVE = String.raw`\b(?:export\w*|egress|exit|migrat\w*|retriev\w*|offboard\w*|de-?install\w*|porting|switching|hand-?over|extract\w*|transition\s(?:assistance|services|support)|termination\s(?:assistance|services|support)|return\sof\s(?:the\s)?(?:data|model|weights))\b`;
const AUDIT_WORD = String.raw`\b(?:audit\w*|inspect\w*|regulators?|transparen\w*|explain\w*|explanations?|review|reviews|examin\w*|scrutin\w*|assessors?|verif\w*)\b`;
const OUTPUT_WORD = String.raw`\b(?:outputs?|completions|predictions|output\sdata|generated\s(?:content|text|outputs?|materials?|images?|code|responses)|(?:responses|answers|text|content|images?|code|results)\s(?:generated|produced|created)\s(?:by|for|through)|(?:everything|anything|whatever|all)\s(?:that\s)?(?:the\s)?(?:model|solution|service|system|platform|ai|it)\s(?:generates|produces|creates|outputs)|(?:produced|generated|created)\sby\s(?:the\s)?(?:model|solution|service|system|platform|ai))\b`;
const VENDOR_SIDE = String.raw`\b(?:vendor|supplier|provider|licensor|developer|contractor|consultant|company|we|us|they|our\s(?:engineers|people|staff|personnel|team|employees|data\sscientists))\b`;
const VENDOR_GAIN = String.raw`\b(?:own|owns|owned|property|belongs?|vests?|licen[cs]e\w*|train\w*|retains?|reuse\w*|exploit\w*|refin\w*|feed\w*\s(?:[\w'-]+\s)?(?:back|into))\b`;
const HOST_WORD = String.raw`\b(?:api|endpoint|hosted|platform|saas|cloud|servers?|portal|interface|managed\sservice)\b`;
const COPY_WORD = String.raw`\b(?:copy|copies|weights|model\sfiles|download\w*|on-?prem\w*|self-?host\w*|install\w*|local\sdeployment|version\s(?:that\s)?you\scan\s(?:run|host|install)|run\s(?:it\s)?(?:yoursel(?:f|ves)|in-house))\b`;
const LOSS = String.raw`(?<!\bnot\s)(?<!n't\s)(?<!\bnot\sbe\s)(?<!n't\sbe\s)\b(?:lose|loses|lost|losing|giv(?:e|es|ing)\sup|goes\sback|go\sback|any\s?more|no\s(?:continuing\s|further\s|ongoing\s|residual\s)?(?:right|access|licen[cs]e|entitlement)|(?:not|n't)\s(?:be\s)?(?:able|permitted|allowed|entitled)\sto\s(?:use|access|run)|no\slonger|cease[sd]?|terminate[sd]?|revoked|withdrawn|discontinued|switched\soff|disabled|forfeit\w*|surrender\w*|cut\soff|revert\w*|deactivated|closed)\b`;
const LOSS_OBJECT = String.raw`\b(?:model|access|ai|solution|licen[cs]es?|weights|right\sto\suse|system)\b`;
const AGG_STRICT = String.raw`\b(?:aggregated|de-?identified|deidentified|anonymi[sz]ed|anonymous|pseudonymi[sz]ed|de-?personali[sz]ed|non-identifiable|non-personal|stripped\sof\s(?:[\w-]+\s)?identifiers|(?:data|information|insights|statistics|metrics)\s(?:derived|generated|arising|resulting)\s(?:from|out\sof)|usage\sdata|telemetry|derived\sdata|service\sdata)\b`;
const OTHER_CUSTOMERS = String.raw`(?:\b(?:other|all|multiple|many)\s(?:of\s)?(?:our\s|its\s|the\s)?(?:[\w-]+\s)?(?:customers|clients|tenants|users|licensees|subscribers)\b|\b(?:customer|client|user|subscriber)\s(?:base|estate)\b|\beveryone\b|\beverybody\b|\b(?:all|every)\s(?:deployments|tenants|instances|deployment|tenant)\b|\bcross-(?:customer|client|tenant)\b|\bacross\s(?:customers|clients|deployments|tenants)\b|\bcombined\s(?:data|datasets)\b|\bmulti-tenant\b|\b(?:every|each|all|other)\s(?:[\w-]+\s)?(?:on|using|across)\s(?:their|our|its|the\s(?:vendor|supplier|provider)'s)\s(?:platform|service|network)\b|\b(?:every|each|any\sother)\s(?:customer|client|tenant|user|licensee|subscriber)\b(?!\s(?:data|content)))`;
const SHARED_USE = String.raw`\b(?:train\w*|(?<!-)tun(?:e|es|ing)|improv\w*|data|inputs|examples|feedback|signals|usage|pool\w*|shar\w*|benefit\w*|learn\w*|smarter|incorporat\w*|global\smodel)\b`;
const CUSTOM_MODEL = String.raw`(?:\b(?:fine[- ]?tuned|custom(?:i[sz]ed)?|trained|tuned|bespoke|resulting|delivered|final)\s(?:[\w-]+\s)?(?:model|models|weights|version|versions|checkpoints?)\b|\bmodels?\s(?:that\s)?(?:we|it|the\s[\w-]+)\s(?:train|trains|build|builds|develop|develops|create|creates|produce|produces)\b|\bweights\b|\bthe\smodel\b)`;
const KNOW_HOW = String.raw`\b(?:residual\w*|know-how|knowhow|general\s(?:skills|knowledge|experience)|skills\sand\sexperience|ideas|concepts|techniques|methodolog(?:y|ies)|learnings|learn|learns|learned|learnt|lessons|memory|memories|intangible\sform|unaided|mental\simpressions|experience\sgained|insights\sgained|in\s(?:their|our|its)\s(?:heads|minds)|(?:insights|knowledge)\s(?:(?:that|which)\s)?(?:they|we|it|its\s[\w-]+|our\s[\w-]+|their\s[\w-]+)\s(?:pick|picks|gain|gains|acquire|acquires|learn|learns|obtain|obtains))\b`;
const KNOW_HOW_FREE = String.raw`\b(?:may\s(?:freely\s)?(?:use|reuse|apply)|may\sbe\s(?:freely\s)?(?:used|applied|reused)|free\sto|freely|unrestricted|without\s(?:any\s)?(?:restriction|limitation|payment|obligation)|not\s(?:be\s)?(?:restricted|limited|prevented|subject)|retains?|keeps?|owns?|belongs?|reuse|apply\s(?:it|them|this)|for\sothers|other\s(?:clients|customers|engagements|projects))\b`;
const TRUST_CUE = String.raw`\b(?:honestly|frankly|believe|promise\w*|assurances?|our\sword|intention|relax|worry|formality|boilerplate|legacy|template|theoretical|overthink\w*|in\spractice|reputation|track\srecord|good\sfaith|lawyers|legal\steam|never\s(?:once\s)?(?:enforced|invoked|used)|won't\saffect|will\snot\saffect)\b`;
const DOC_WORD = String.raw`\b(?:clause|clauses|wording|language|section|provision|provisions|paper|drafting|fine\sprint|contract|write\sthings|small\sprint|terms)\b`;
const PRICE_WORD = String.raw`\b(?:fees?|prices?|pricing|charges?|rates?)\b`;
const PRICE_CHANGE = String.raw`(?<!\bnot\s)(?<!n't\s)\b(?:increas\w*|chang\w*|revis\w*|adjust\w*|repric\w*|uplift\w*|index\w*|escalat\w*|vary|varied|determined|reviewed)\b`;
const PRICE_WHEN = String.raw`\b(?:renewal\w*|renew\w*|each\syear|annual\w*|every\syear|at\sany\stime|from\stime\sto\stime|discretion|unilateral\w*|continued\suse|then[- ]current|at\sthe\stime|prevailing|price\slist|rate\scard)\b`;

const BROAD: Partial<Record<RedFlagKey, RegExp[]>> = {
  "proprietary-base-model": [
    r(
      String.raw`${VENDOR_SIDE}\s(?:[\w'-]+\s)?(?:own|owns|retains?|keeps?|holds?)\s(?:sole\s|full\s|all\s)?(?:(?:ownership|title|rights?|ip)\s(?:in|to|of)\s)?${CUSTOM_MODEL}`,
    ),
    r(String.raw`${CUSTOM_MODEL}.{0,60}?\b(?:owned|property|belongs?|vests?|remains?|rests?|stays?)\b.{0,30}?${VENDOR_SIDE}`),
    r(String.raw`\b(?:ownership|title|ip|intellectual\sproperty)\b.{0,40}?${CUSTOM_MODEL}.{0,60}?${VENDOR_SIDE}`),
  ],
  "pooled-data": [r(String.raw`${SHARED_USE}.{0,60}?${OTHER_CUSTOMERS}`), r(String.raw`${OTHER_CUSTOMERS}.{0,60}?${SHARED_USE}`)],
  "discount-for-reuse": [
    r(
      String.raw`\b(?:discount\w*|rebate|reduc\w*|lower|cheaper|waiv\w*)\b.{0,80}?\b(?:reus\w*|re-use|resell\w*|commerciali[sz]\w*|other\s(?:customers|clients|banks|insurers|firms|companies)|third\sparties|elsewhere|portfolio|catalog(?:ue)?)\b`,
    ),
    r(
      String.raw`\b(?:reus\w*|re-use|resell\w*|commerciali[sz]\w*|other\s(?:customers|clients|banks|insurers|firms|companies)|third\sparties|elsewhere|portfolio|catalog(?:ue)?)\b.{0,80}?\b(?:discount\w*|rebate|reduc\w*|lower|cheaper|waiv\w*)\b`,
    ),
  ],
  "trust-us": [r(String.raw`${TRUST_CUE}.{0,60}?${DOC_WORD}`), r(String.raw`${DOC_WORD}.{0,60}?${TRUST_CUE}`)],
  "big-tech-platform": [
    r(String.raw`\b${BIG_TECH}.{0,100}?(?:${REFUSAL}|\b(?:restrictions?|limitations?|prohibitions?)\b).{0,40}?\b${HAND_OVER}\b`),
    r(
      String.raw`\b${BIG_TECH}.{0,100}?\b(?:weights|model|checkpoints?)\s(?:is|are)\s(?:not|never)\s(?:available|accessible|exportable|downloadable|portable)\b`,
    ),
  ],
  "aggregated-data-exception": [
    r(
      String.raw`${AGG_STRICT}.{0,80}?\b(?:may|can|is\sfree|are\sfree|entitled|retain\w*|keep|kept|own\w*|property|commerciali[sz]\w*|excluded|exempt|improv\w*|train\w*|benchmark\w*|shar\w*|publish\w*|falls?\soutside|outside\sthe\s(?:scope|restrictions)|not\s(?:be\s)?subject\sto)\b`,
    ),
    r(String.raw`${VENDOR_SIDE}.{0,40}?\b(?:may|can|will|retains?|keeps?|owns?)\b.{0,60}?${AGG_STRICT}`),
  ],
  "data-any-purpose": [
    r(
      String.raw`\b(?:data|content|inputs|prompts|materials|information)\b.{0,80}?\b(?:in\sany\s(?:manner|way)|whatever\s(?:purpose|way|manner)|any\suse|all\spurposes|unrestricted|without\slimitation)\b`,
    ),
  ],
  "residuals-know-how": [
    r(String.raw`\b(?:confidentiality|obligations?|restrictions?)\b.{0,40}?\b(?:shall|will|do|does)\snot\s(?:apply|extend)\sto\s(?:any\s)?residual\w*`),
    r(String.raw`${VENDOR_SIDE}.{0,60}?${KNOW_HOW_FREE}.{0,60}?${KNOW_HOW}`),
    r(String.raw`${KNOW_HOW}.{0,80}?${KNOW_HOW_FREE}.{0,40}?${VENDOR_SIDE}`),
    r(String.raw`${KNOW_HOW}.{0,60}?${VENDOR_SIDE}.{0,40}?${KNOW_HOW_FREE}`),
  ],
  "hosting-only": [
    r(String.raw`${NEG}\s(?:[\w'-]+\s){0,4}?${COPY_WORD}.{0,80}?${HOST_WORD}`),
    r(String.raw`${HOST_WORD}.{0,80}?${NEG}\s(?:[\w'-]+\s){0,4}?${COPY_WORD}`),
  ],
  "lose-ai-on-exit": [
    r(String.raw`\b${EXIT}\b.{0,60}?${LOSS_OBJECT}.{0,60}?${LOSS}`),
    r(String.raw`${LOSS_OBJECT}.{0,60}?${LOSS}.{0,60}?\b${EXIT}\b`),
    r(
      String.raw`\b(?:use|access)\s(?:of|to)\s(?:the\s)?model\b.{0,60}?\b(?:while|as\slong\sas|so\slong\sas|only\sif|conditional\son|depends?\son)\b.{0,30}?\b(?:subscription|agreement|contract|fees|payment)\b`,
    ),
  ],
  "weak-licence": [r(String.raw`\bnon[- ]?exclusive\b`)],
  "deemed-acceptance": [
    r(String.raw`\b(?:accept(?:ed|ance)?|approv(?:ed|al))\b.{0,80}?\b(?:deemed|automatic\w*|silence|assumed|presumed|by\sdefault|unless)\b`),
    r(String.raw`\b(?:deemed|automatic\w*|silence|assumed|presumed|by\sdefault)\b.{0,80}?\b(?:accept(?:ed|ance)?|approv(?:ed|al))\b`),
  ],
  "exit-fees": [r(String.raw`${FEE_WORD}.{0,60}?${EXIT_MOVE}`), r(String.raw`${EXIT_MOVE}.{0,60}?${FEE_WORD}`)],
  "audit-refusal": [
    r(String.raw`${REFUSAL}.{0,60}?${AUDIT_WORD}.{0,80}?\b${SECRECY}\b`),
    r(String.raw`\b${SECRECY}\b.{0,80}?${REFUSAL}.{0,60}?${AUDIT_WORD}`),
    r(String.raw`${AUDIT_WORD}.{0,60}?${REFUSAL}.{0,60}?\b${SECRECY}\b`),
    r(String.raw`${AUDIT_WORD}.{0,80}?\b${SECRECY}\b.{0,60}?${REFUSAL}`),
  ],
  "vendor-owns-outputs": [
    r(String.raw`\bassigns?\sto\s(?:the\s)?(?:${VENDOR_WORD}|us)\b.{0,60}?${OUTPUT_WORD}`),
    r(String.raw`${VENDOR_SIDE}.{0,40}?${VENDOR_GAIN}.{0,60}?${OUTPUT_WORD}`),
    r(String.raw`${OUTPUT_WORD}.{0,60}?${VENDOR_SIDE}.{0,40}?${VENDOR_GAIN}`),
    r(String.raw`${OUTPUT_WORD}.{0,60}?${VENDOR_GAIN}.{0,40}?${VENDOR_SIDE}`),
  ],
  "no-escrow": [r(String.raw`${REFUSAL}.{0,80}?\bescrow\b`), r(String.raw`\bescrow\b.{0,80}?${REFUSAL}`)],
  "uncapped-renewal-pricing": [
    r(String.raw`${PRICE_WORD}.{0,60}?${PRICE_CHANGE}.{0,60}?${PRICE_WHEN}`),
    r(String.raw`${PRICE_CHANGE}.{0,40}?${PRICE_WORD}.{0,60}?${PRICE_WHEN}`),
    r(String.raw`${PRICE_WHEN}.{0,60}?${PRICE_WORD}.{0,60}?${PRICE_CHANGE}`),
  ],
  "data-retained-after-exit": [
    r(String.raw`${AFTER_EXIT}.{0,60}?\b${RETAIN}\b.{0,60}?\b${CLIENT_DATA}\b`),
    r(String.raw`${AFTER_EXIT}.{0,60}?\b${CLIENT_DATA}\b.{0,60}?\b${RETAIN}\b`),
  ],
};

const BROAD_UNLESS: Partial<Record<RedFlagKey, RegExp[]>> = {
  "proprietary-base-model": [
    r(OWNED_BY_CLIENT),
    r(
      String.raw`(?:\b(?:not|never)|n't)\s(?:be\s|ever\s|always\s)?(?:stay|stays|remain|remains|reside|resides|kept|hosted|held)\b(?:\s[\w'-]+){0,2}?\s(?:in|on|with|within)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|us|our|its)\b`,
    ),
    r(String.raw`\b(?:know-how|techniques|methodolog\w+|residual\w*)\b`),
    r(String.raw`\b(?:base|pre-existing|foundation|underlying|background)\s(?:model|technology|engine)\b.{0,30}?(?:;|,\s(?:and|but|while|whereas)\b)`),
  ],
  "pooled-data": [
    negatedVerb(String.raw`train\w*|retrain\w*|re-train\w*|pool\w*|combin\w*|shar\w*|mix\w*`),
    r(
      String.raw`\b(?:techniques|methodolog\w+|know-how|residual\w*)\b|\bseparat\w*|\bisolat\w*|\bsegregat\w*|\bdedicated\b|\bsingle-tenant\b|\bown\s(?:instance|model|environment)\b`,
    ),
  ],
  "discount-for-reuse": [
    r(String.raw`\b(?:not|nor|never)\s(?:[\w'-]+\s){0,2}?(?:conditional|reduced|discounted|dependent|linked|tied|contingent)\b`),
    r(String.raw`\bno\s(?:discount|reduction|rebate)\b|\b(?:not|never)\s(?:be\s)?(?:reduced|discounted|lowered|cheaper)\b`),
  ],
  "trust-us": [
    r(String.raw`\b(?:revised|amended|updated|new)\s(?:clause|wording|draft|section)\b|\breflected\sin\b`),
    r(
      String.raw`\b(?:struck|deleted|removed|replaced|rewritten|redrafted|amended|revised|narrowed|tightened)\b.{0,40}?\b(?:clause|section|language|wording|provision|redline|drafting)\b|\b(?:clause|section|language|wording|provision)\b.{0,40}?\b(?:struck|deleted|removed|replaced|rewritten|redrafted|amended|revised|narrowed|tightened)\b`,
    ),
    r(String.raw`\b(?:not|never)\s(?:merely\s|just\s|only\s|simply\s)?(?:a\s)?(?:formality|boilerplate|legalese)\b`),
    r(
      String.raw`(?<!\bno\sneed\sto\s)(?<!n't\sneed\sto\s)\b(?:added|included|inserted|written|put)\b.{0,40}?\b(?:clause|section|contract|agreement|schedule)\b`,
    ),
  ],
  "aggregated-data-exception": [negatedVerb(String.raw`keep|kept|derive|compile|create`)],
  "weak-licence": [
    r(String.raw`\bin\sperpetuity\b|\bsurviv\w*\s(?:any\s)?(?:termination|expiry|the\send)\b`),
    negatedVerb(String.raw`suspend|revoke|terminate|withdraw|cancel|revocable|terminable|lapse|expire`),
  ],
  "lose-ai-on-exit": [
    // "termination does not result in any loss of access", "use does not depend on a subscription"
    negatedVerb(String.raw`depend\w*|result\w*|lead\w*|cause\w*|mean|means|entail\w*|affect\w*|lose|lost|end|cease|terminate`),
    r(String.raw`\bwithout\s(?:any\s)?(?:loss|interruption)\b`),
  ],
  "data-any-purpose": [
    r(String.raw`\b(?:suspend|revoke|terminate|withdraw)\w*\b.{0,80}?\bfor\sany\sreason\b`),
    // De-identified data is the aggregated-data carve-out; what staff remember is residual know-how.
    r(String.raw`\b(?:data|information)\s(?:(?:that|which)\s(?:has|have)\sbeen\s)?(?:de-?identified|anonymi[sz]ed|aggregated|pseudonymi[sz]ed)\b`),
    r(String.raw`\b(?:memor(?:y|ies)|intangible\sform|unaided)\b`),
  ],
  // Services at the vendor's rates on exit are the exit-fee finding; renewal pricing is the subscription.
  "uncapped-renewal-pricing": [
    r(String.raw`\b(?:lower|lesser)\sof\b`),
    r(String.raw`\b(?:migration|transition|exit|termination|offboarding)\s(?:assistance|services|support)\b`),
  ],
  // Anonymised or aggregated learnings are the aggregated-data carve-out, not residual know-how.
  "residuals-know-how": [
    r(String.raw`\bremains?\ssubject\sto\b`),
    r(String.raw`\b(?:anonymi[sz]ed|aggregated?|de-?identified|deidentified|pseudonymi[sz]ed)\b`),
    negatedVerb(String.raw`keep|retain|use|reuse`),
    r(String.raw`\b(?:client's|customer's|licensee's|your)\sown\s(?:instance|model|environment|tenancy|tenant)\b`),
  ],
  "deemed-acceptance": [
    negatedVerb(String.raw`accepted|approved|taken|regarded|construed|considered|treated|deemed|constitut\w*|amount\w*|count\w*|mean|means|impl\w*`),
    // Use that accepts a price change is the renewal-pricing finding.
    r(String.raw`\bacceptance\sof\s(?:the\s|any\s)?(?:revised|new|increased|updated|changed|amended)\s(?:fees|prices?|pricing|rates?|charges)\b`),
  ],
  "no-escrow": [
    BENIGN_NEGATION,
    r(String.raw`\bno\s(?:[\w'-]+\s){0,2}?(?:fee|fees|charge|charges|cost|costs)\b`),
    r(String.raw`\bcondition\sprecedent\b|\bnot\s(?:at|subject\sto)\s(?:the\s)?[\w'-]+\s(?:sole\s)?discretion\b`),
  ],
  "audit-refusal": [BENIGN_NEGATION, r(String.raw`\bas\srequired\sby\s(?:law|a\sregulator|any\sregulator)\b`)],
  // "the Model will not stay in the Supplier's cloud"
  "hosting-only": [
    BENIGN_NEGATION,
    r(
      String.raw`(?:\b(?:not|never)|n't)\s(?:be\s|ever\s|always\s)?(?:stay|stays|remain|remains|reside|resides|kept|hosted|held)\b(?:\s[\w'-]+){0,2}?\s(?:in|on|with|within)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|us|our|its)\b`,
    ),
  ],
  "exit-fees": [
    r(
      String.raw`\bat\s(?:its|our|(?:the\s)?(?:vendor|supplier|provider|licensor)'s)\sown\s(?:cost|expense)\b|\bneither\b.{0,100}?\bnor\b|\b(?:no|not|never|without)\s(?:[\w'-]+\s){0,4}?(?:fee|fees|charge|charges|cost|costs|payment)\b|\b(?:at\sno|free\sof|without)\s(?:additional\s|extra\s|further\s)?(?:cost|charge|fee)\b|\bincluded\sin\s(?:the\s)?(?:fees|subscription|price)\b`,
    ),
  ],
  "vendor-owns-outputs": [negatedVerb(String.raw`licen[cs]ed|owned|assigned|retained|vest\w*|belong\w*|property|used|train\w*`)],
  "vendor-owns-improvements": [
    // Improvements to the vendor's own generic tooling that hold none of your data are the vendor's business.
    r(
      String.raw`\b(?:vendor's|supplier's|provider's|licensor's|developer's|its|our)\s(?:own\s)?(?:general|generic|standard|internal|underlying|core|common)\s(?:tooling|tools|platform|software|technology|methods|libraries|infrastructure)\b`,
    ),
    r(
      String.raw`\bcontains?\s(?:none\sof|no)\s(?:the\s)?(?:client's\s|customer's\s|licensee's\s)?(?:client\s|customer\s|licensee\s)?(?:data|materials|confidential)\b`,
    ),
    r(
      String.raw`\b(?:client|customer|licensee)\s(?:shall\s|will\s)?(?:owns?|retains?)\s(?:all\s|every\s|any\s|each\s)?(?:[\w-]+\s)?(?:improvements?|enhancements?|modifications?|derivatives?|updates?|versions?|refinements?)\b`,
    ),
  ],
  "data-retained-after-exit": [
    r(String.raw`\b(?:delete|destroy|erase|purge|overwrit)\w*\b.{0,60}?\bwithin\b`),
    r(String.raw`\b(?:client|customer|licensee|you)\s(?:keeps?|retains?)\b`),
  ],
};

// ── Concepts ─────────────────────────────────────────────────────────────────────────────────────────
// Behaviour a clause can describe in many words: the vendor's own defined terms swallowing what you paid
// for, rights that lapse or can be withdrawn, refusal dressed as the vendor's discretion, a double
// negative that frees the vendor ("nothing obliges the Supplier to delete"). Bounded and linear like BROAD.

/** The vendor by its role or as its defined asset class: "the Licensor", "Provider Technology", "the Company's". */
const VENDOR_NAMED = String.raw`(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|company)(?:'s)?`;
const VENDOR_ASSET = String.raw`${VENDOR_NAMED}\s(?:background\s|proprietary\s|confidential\s)?(?:technology|materials|ip|intellectual\sproperty|property|assets|platform\sip)\b`;
const BECOMES_VENDORS = String.raw`\b(?:constitutes?|forms?\spart\sof|(?:is|are|be|become|becomes)(?:\sdeemed)?(?:\spart\sof)?|(?:exclusive|sole)\sproperty\sof|owned\s(?:exclusively\s|solely\s)?by|vests?\s(?:exclusively\s|solely\s)?in)\s${VENDOR_ASSET}`;
const VENDOR_OWNS_IT = String.raw`\b(?:(?:the\s)?(?:exclusive\s|sole\s)?property\sof|owned\s(?:exclusively\s|solely\s)?by|vests?\s(?:exclusively\s|solely\s)?in|belongs?\s(?:exclusively\s|solely\s)?to|(?:remains?|stays?)\s(?:exclusively\s)?with|forms?\spart\sof)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|company|us)\b`;
const VENDOR_DISCRETION = String.raw`\b(?:at|in)\s(?:the\s)?(?:(?:vendor|supplier|provider|licensor|contractor|company)'s|its|our)\s(?:sole\s|absolute\s|own\s)?(?:discretion|election|option)\b`;
const CLIENT_PARTY = String.raw`\b(?:client|customer|licensee|buyer|you)\b`;
const POSSESS = String.raw`\b(?:receive|possess|hold|obtain|get|run|host|operate|download|install|deploy|self-host|keep)\b`;
const CHEAPER = String.raw`\b(?:discount\w*|rebate|reduc\w*|lower\w*|cheaper|waiv\w*|drop\w*|cut|cuts|knock\w*|falls?|comes?\sdown|goes\sdown|option\s[a-z0-9]\srate|reduced\srate|preferential)\b`;
const REUSE_CUE = String.raw`\b(?:reus\w*|re-use|resell\w*|commerciali[sz]\w*|sold\son|sell\w*|(?:into|as)\san?\s(?:[\w-]+\s)?(?:product|offering)|product\sline|(?:its|our|their|licensor's|vendor's|supplier's|provider's)\s(?:products|offerings|catalogue|catalog|portfolio)|other\s(?:customers|clients|banks|insurers|firms|companies|lenders|retailers|hospitals|players|tenants)|others\sin\s(?:your|the|its)\s(?:industry|sector|market)|across\s(?:the|your|its)\s(?:sector|industry|market)|licen[cs]e\s(?:it|them|the\s\w+)\s(?:to|across|throughout)|package\s(?:it|them|the\s\w+)|producti[sz]\w*|third\sparties|elsewhere)\b`;

/** A double negative that frees the vendor: "nothing herein restricts the Supplier from", "shall not be prevented from". */
const FREE_FROM = String.raw`(?:\b(?:nothing|no\sprovision)\b.{0,80}?\b(?:restricts?|prevents?|limits?|prohibits?|precludes?|bars?|stops?|restrict|prevent|limit|prohibit|preclude|bar|stop)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|company|us)\sfrom|\b(?:not|never)\s(?:be\s)?(?:restricted|prevented|limited|prohibited|precluded|barred)\sfrom)`;
/** The vendor owes nothing: "shall not be obliged to", "is under no obligation to", "nothing obliges the Supplier to". */
const NO_DUTY = String.raw`(?:\bnot\s(?:be\s)?(?:obliged|obligated|required|bound)\sto|\b(?:no|under\sno)\s(?:obligation|duty)\s(?:whatsoever\s)?to|\bnothing\b.{0,60}?\b(?:obliges?|obligates?|requires?|compels?)\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|company|us)\sto)`;

/** Model artefacts a client could run itself. */
const ARTEFACT = String.raw`(?:weights|model\sfiles|binaries|artefacts|artifacts|checkpoints|copy|copies|object\scode|local\sinstance|(?:local|on-?prem\w*|offline|self-hosted|downloadable)\s(?:instance|copy|version|deployment|installation))`;

/** A vendor's redline comment taking a protective clause out: "struck clause 14 (Audit)", "we cannot accept Schedule 6". */
const STRUCK = String.raw`\b(?:struck|deleted|removed|cannot\saccept|can't\saccept|(?:is|are)\snot\sacceptable|(?:do|does)\snot\sagree\sto|don't\sagree\sto)\b`;
const CLAUSE_REF = String.raw`\b(?:clause|section|schedule|paragraph|provision|annex|article|\d+(?:\.\d+)+)\b`;
const struckClause = (topic: string): RegExp[] => [
  r(String.raw`${STRUCK}\s(?:the\s|our\s|your\s)?(?:${CLAUSE_REF}(?:\s[\d.]+)?\s\(?)?(?:${topic})\b`),
  r(String.raw`\b(?:${topic})\s(?:clause|section|schedule|provision|wording|language)\b.{0,40}?${STRUCK}|${CLAUSE_REF}\s\(?(?:${topic})\)?.{0,40}?${STRUCK}`),
];

const CONCEPTS: Partial<Record<RedFlagKey, RegExp[]>> = {
  "aggregated-data-exception": [
    r(
      String.raw`${VENDOR_SIDE}.{0,30}?\b(?:derive|derives|compile|compiles|create|creates|generate|generates|produce|produces|extract|extracts)\s(?:[\w,'-]+\s){0,4}?(?:insights|statistics|benchmarks|analytics|metrics|learnings)\b.{0,40}?\b(?:from|using|based\son)\b`,
    ),
    r(String.raw`${AGG_STRICT}.{0,80}?\b(?:belongs?|vests?|(?:is|are)\s(?:the\s)?property)\b.{0,20}?${VENDOR_SIDE}`),
  ],
  "trust-us": [
    r(String.raw`\bin\spractice\b.{0,40}?\b(?:we\s(?:always|never|usually|just)|it\s(?:never|won't|doesn't|rarely))\b`),
    r(
      String.raw`\b(?:sort|work|figure|iron)\s(?:things|it|this|that|these\sthings)\sout\b|\bjust\sour\s(?:standard|usual|normal)\s(?:position|terms|wording|paper|form)\b`,
    ),
  ],
  "data-any-purpose": [
    r(
      String.raw`${VENDOR_SIDE}.{0,30}?\b(?:use|uses|disclose|discloses|share|shares|exploit|exploits|process|processes)\b.{0,60}?\b(?:data|content|inputs|information)\b.{0,40}?\b(?:(?:as|however|wherever|whenever)\s(?:it|they|we|the\s[\w-]+)\s(?:reasonably\s|may\s)?(?:determines?|deems?|considers?|sees\sfit|thinks\sfit|chooses?|wishes|decides?)|in\sconnection\swith\s(?:its|their|our)\s(?:business|operations))\b`,
    ),
    r(
      String.raw`${FREE_FROM}\s(?:using|exploiting|sharing|disclosing|commerciali[sz]ing|selling|processing|analy[sz]ing|licensing)\s(?:[\w'-]+\s){0,3}?(?:data|content|inputs|prompts|information)\b`,
    ),
    r(
      String.raw`\b(?:data|content|inputs|prompts|information)\b.{0,40}?\b(?:used|processed|exploited|analy[sz]ed)\b.{0,40}?\bfor\s(?:the\s)?(?:development|creation|training|improvement|design)\sof\s(?:new|other|its|our|further|future|additional)\s(?:[\w-]+\s)?(?:products?|services?|models?|offerings?)\b`,
    ),
    // Exploiting your data as the vendor pleases: "may exploit Client Data commercially", "whatever we like with the data"
    r(
      String.raw`${VENDOR_SIDE}.{0,50}?\b(?:commerciali[sz]\w*|monetis\w*|monetiz\w*|exploit\w*|sell|sells|whatever\s(?:we|it|they)\s(?:like|wish|want|choose|see\sfit|think\sfit))\b.{0,60}?\b(?:data|content|inputs|prompts|information|materials|uploads)\b`,
    ),
    r(
      String.raw`${VENDOR_SIDE}.{0,40}?\b(?:use|exploit|process)\w*\s(?:[\w'-]+\s){0,3}?(?:data|content|inputs|information)\s(?:commercially|for\sprofit|for\sgain)\b`,
    ),
  ],
  "destroy-on-termination": [
    r(String.raw`\b${EXIT}\b.{0,60}?\b(?:remove|removes|retire|retires|scrap|scraps|discard|discards)\s(?:[\w'-]+\s){0,4}?${MODEL_OBJECT}\b`),
  ],
  "deemed-acceptance": [
    r(
      String.raw`\b(?:use|using|deployment|deploying|go-live|going\slive|payment|paying|signature)\b.{0,80}?\b(?:shall|will|does|is\sto)\s(?:mean|signify|evidence|indicate|be\sevidence\sof)\b.{0,40}?\b(?:accepted|acceptance|approved)\b`,
    ),
    r(
      String.raw`\baccept(?:s|ed|ance)?\s(?:[\w'-]+\s){0,4}?(?:by|through|upon|on)\s(?:(?:the|its|their|any)\s)?(?:using|deploying|use|deployment|going\slive|go-live|putting|operating|running|paying|payment|installing|installation)\b`,
    ),
  ],
  "hosting-only": [
    // "the model only ever runs in their data centre", "accessible solely from the Provider's hosted environment"
    r(
      String.raw`\b(?:only|solely|exclusively)\s(?:ever\s)?(?:be\s)?(?:runs?|hosted|hosts?|lives?|sits?|operated|operates?|deployed|available|accessible|accessed)\s(?:[\w'-]+\s)?(?:in|on|within|inside|from|via|through|over)\s(?:the\s)?(?:their|its|our|(?:vendor|supplier|provider|licensor|developer)'s)\s(?:own\s)?(?:[\w-]+\s)?(?:cloud|servers?|platform|infrastructure|environment|data\s?cent(?:er|re)s?|tenancy|systems?|api|portal)\b`,
    ),
    // "no object code, model weights or other deployable artefacts will be released", "we don't ship model binaries"
    r(
      String.raw`\bno\s(?:[\w'-]+,?\s){0,8}?${ARTEFACT}\b.{0,40}?\b(?:will|shall|are|is|can|may)\s(?:be\s)?(?:released|delivered|provided|supplied|shipped|made\savailable|handed\sover|transferred|distributed)\b`,
    ),
    r(
      String.raw`(?:\b(?:not|never)|n't)\s(?:[\w'-]+\s){0,2}?(?:ship|release|deliver|provide|supply|hand\sover|distribute|give\sout)\w*\s(?:[\w'-]+\s){0,3}?${ARTEFACT}\b`,
    ),
    r(String.raw`\b(?:no\sright\sto|not\s(?:be\s)?entitled\sto)\s(?:any\s|a\s)?${ARTEFACT}\b`),
    r(
      String.raw`${NO_DUTY}\s(?:[\w'-]+\s){0,2}?(?:provide|deliver|supply|release|hand\sover|transfer|make\savailable|furnish)\s(?:[\w'-]+\s){0,3}?(?:copy|copies|weights|model\sfiles|model)\b`,
    ),
    // "Licensee shall have no right to receive, possess or operate the model", "the Customer will not hold the weights"
    r(
      String.raw`${CLIENT_PARTY}.{0,30}?(?:no\sright\sto|not\s(?:be\s)?(?:entitled|permitted|allowed)\sto|(?:will|shall|would|does|do)\snot|won't|never)\s(?:[\w'-]+,?\s){0,4}?${POSSESS}.{0,40}?\b(?:model|weights|model\sfiles|copy|copies)\b`,
    ),
    r(
      String.raw`\b(?:weights|model|models|model\sfiles)\s(?:[\w'-]+\s){0,2}?(?:never|do\snot|does\snot|don't|doesn't|will\snot|won't|shall\snot)\s(?:ever\s)?(?:leaves?|exits?)\b`,
    ),
    r(
      String.raw`\b(?:infrastructure|environment|cloud|platform|servers?|premises)\s(?:other\sthan|except|save)\s(?:that\sof\s|those\sof\s)?(?:the\s)?(?:vendor|supplier|provider|licensor|developer)(?:'s)?\b`,
    ),
    r(
      String.raw`\b(?:on-?prem\w*|self-?host\w*|local\s(?:copy|deployment|install\w*)|download\w*)\b.{0,40}?\bnot\s(?:something\s)?(?:we|they|it)?\s?(?:offer|provide|support)\w*\b`,
    ),
  ],
  "proprietary-base-model": [
    r(String.raw`${CUSTOM_MODEL}.{0,100}?${BECOMES_VENDORS}`),
    r(String.raw`${CUSTOM_MODEL}.{0,100}?${VENDOR_OWNS_IT}`),
    r(
      String.raw`${CUSTOM_MODEL}.{0,80}?\b(?:is|are|stays?|remains?|remain|be)\s(?:ours|theirs|(?:our|their)\s(?:[\w-]+\s)?(?:property|ip|asset|intellectual\sproperty))\b`,
    ),
    r(
      String.raw`\b(?:never|not|won't|will\snot|do\snot|don't)\s(?:[\w'-]+\s){0,2}?(?:transfer|assign|pass|convey|give\sup|relinquish|hand\sover)\w*\s(?:the\s)?(?:ownership|title|ip|intellectual\sproperty)\b`,
    ),
  ],
  "pooled-data": [
    // Your data folded into the model every customer gets: "learnings from Client Data go into our general-release models"
    r(
      String.raw`\b(?:incorporat\w*|feed\w*|fold\w*|use\w*|appl\w*|train\w*|retrain\w*|learnings|signals)\b.{0,40}?\b(?:client|customer|licensee|your|tenant)s?(?:'s?)?\s(?:data|inputs|content|prompts|usage|feedback|examples)\b.{0,40}?\b(?:general|generic|shared|common|global|general-release|foundation|platform|base)\s(?:[\w-]+\s)?models?\b`,
    ),
  ],
  "discount-for-reuse": [
    r(String.raw`${CHEAPER}.{0,100}?${REUSE_CUE}`),
    r(String.raw`${REUSE_CUE}.{0,100}?${CHEAPER}`),
    r(String.raw`\b(?:price|pricing|rate|fee|fees|cost)\b.{0,40}?\b(?:applies|available|conditional|depends|only\s(?:where|if|when))\b.{0,80}?${REUSE_CUE}`),
  ],
  "lose-ai-on-exit": [
    r(String.raw`\b${EXIT}\b.{0,60}?${LOSS}.{0,40}?${LOSS_OBJECT}`),
    r(String.raw`${LOSS}.{0,60}?${LOSS_OBJECT}.{0,80}?\b(?:${EXIT}|termination\sdate|expiry\sdate)\b`),
    r(
      String.raw`\b${EXIT}\b.{0,60}?\b(?:shall|will|does|do)\s(?:automatically\s)?(?:end|terminate|extinguish|revoke|cancel)\s(?:all\s|any\s)?(?:the\s)?(?:client's\s|customer's\s|licensee's\s|your\s)?(?:rights?|access|licen[cs]es?)\b`,
    ),
    r(
      String.raw`\b(?:model|ai|solution|weights)\b.{0,30}?\b(?:goes|go|reverts?|returns?)\s(?:back\s)?to\s(?:being\s)?(?:ours|us|the\s(?:vendor|supplier|provider))\b`,
    ),
    r(String.raw`\b(?:start|rebuild|retrain)\w*\s(?:again|over|from\s(?:scratch|zero))\b.{0,40}?\b(?:new|another|other)\s(?:vendor|supplier|provider)\b`),
  ],
  "big-tech-platform": [
    r(String.raw`\b${BIG_TECH}.{0,180}?${CANNOT}.{0,30}?\b${HAND_OVER}\b`),
    r(
      String.raw`\b${BIG_TECH}.{0,120}?\b${HAND_OVER}\b.{0,60}?\b(?:restricted|prohibited|forbidden|blocked|not\s(?:permitted|allowed|possible|available|supported|offered|something\swe\scan|an\soption)|cannot|can't|impossible|(?:is|are)n't\s(?:something\s)?(?:possible|we\scan|available)|(?:don't|doesn't|won't)\s(?:allow|permit))\b`,
    ),
  ],
  "weak-licence": [
    // A right that lasts only as long as the subscription: "for the Subscription Period only", "for so long as Licensee remains a subscriber"
    r(
      String.raw`\b(?:licen[cs]e[ds]?|rights?|use|access)\b.{0,80}?\b(?:for\sthe\s(?:duration\sof\sthe|subscription\s(?:period|term)|initial\sterm)|(?:only\s)?(?:for\s)?(?:so|as)\slong\sas\s(?:the\s)?(?:client|customer|licensee|you)\s(?:remains?|continues?|is|are|pays?|keeps?)|(?:during|for)\sthe\s(?:subscription|order\sform|term)\s(?:[\w-]+\s)?only)\b`,
    ),
    r(
      String.raw`${VENDOR_SIDE}\s(?:may|can|shall\sbe\sentitled\sto|reserves\sthe\sright\sto)\s(?:at\sany\stime\s)?(?:withdraw|revoke|suspend|terminate)\s(?:them|it|(?:the|such|any|all)\s(?:[\w'-]+\s)?(?:licen[cs]es?|rights?|access\sto\s(?:the\s)?(?:[\w-]+\s)?models?))\b`,
    ),
    r(String.raw`(?<!non-)(?<!non\s)\b(?:revocable|terminable)\b`),
    r(
      String.raw`\b(?:suspend|revoke|withdraw|terminate|cancel)\s(?:or\s(?:suspend|revoke|withdraw|terminate|cancel)\s)?(?:the\s)?(?:client's|customer's|licensee's|your)\s(?:[\w-]+\s)?(?:rights?|licen[cs]e|access\sto\s(?:the\s)?(?:[\w-]+\s)?models?)\b`,
    ),
    r(String.raw`\b(?:rights?|licen[cs]e|access)\b.{0,60}?\b(?:lapses?|expires?|ends?)\b.{0,60}?\bunless\s(?:renewed|extended)\b`),
  ],
  "vendor-owns-improvements": [
    r(String.raw`${IMPROVEMENTS}.{0,100}?${BECOMES_VENDORS}`),
    r(String.raw`${IMPROVEMENTS}.{0,100}?\bassigns?\s(?:[\w'-]+\s){0,3}?to\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor)\b`),
    r(String.raw`${IMPROVEMENTS}.{0,100}?${VENDOR_OWNS_IT}`),
    r(
      String.raw`${VENDOR_SIDE}.{0,30}?\b(?:keep|keeps|retain|retains|own|owns|hold|holds|need\sto\skeep|reserves?)\b.{0,50}?\b(?:title|ownership|rights?|interest|ip)\s(?:to|in|of|over|in\sand\sto)\s(?:[\w'-]+\s){0,3}?${IMPROVEMENTS}`,
    ),
  ],
  "exit-fees": [
    r(String.raw`${EXIT_MOVE}.{0,100}?${FEE_WORD}`),
    r(
      String.raw`\b(?:termination|exit|de-?provisioning|decommissioning|offboarding|transition|switching|migration|release)\s(?:fee|fees|charge|charges|payment|costs?)\b`,
    ),
  ],
  "residuals-know-how": [
    r(String.raw`${KNOW_HOW}.{0,100}?${VENDOR_SIDE}.{0,100}?${KNOW_HOW_FREE}`),
    r(String.raw`${KNOW_HOW}.{0,160}?\bmay\sbe\s(?:freely\s)?(?:used|applied|reused|exploited|disclosed)\sby\s(?:the\s|its\s)?${VENDOR_SIDE}`),
  ],
  "audit-refusal": [
    r(String.raw`${NO_DUTY}\s(?:[\w'-]+\s){0,2}?(?:disclose|provide|give|grant|allow|permit|make\savailable|submit|open)\b.{0,100}?${AUDIT_WORD}`),
    r(String.raw`${AUDIT_WORD}.{0,60}?${REFUSAL}.{0,120}?\b(?:${SECRECY}|intellectual\sproperty|know-how)\b`),
    r(String.raw`${REFUSAL}.{0,60}?${AUDIT_WORD}.{0,120}?\b(?:${SECRECY}|intellectual\sproperty|know-how)\b`),
    r(String.raw`${AUDIT_WORD}.{0,60}?\b(?:only|solely|merely)\b.{0,30}?\b(?:summary|summaries|redacted|high-level|overview|excerpts?)\b`),
  ],
  "vendor-owns-outputs": [
    r(String.raw`${VENDOR_SIDE}.{0,40}?${VENDOR_GAIN}.{0,100}?${OUTPUT_WORD}`),
    r(String.raw`${OUTPUT_WORD}.{0,100}?${BECOMES_VENDORS}`),
    r(String.raw`${OUTPUT_WORD}.{0,100}?${VENDOR_OWNS_IT}`),
  ],
  "no-escrow": [
    r(String.raw`${NO_DUTY}\s(?:[\w'-]+\s){0,2}?(?:deposit|escrow|place)\b.{0,60}?\b(?:escrow|deposit)\w*\b|${NO_DUTY}\s.{0,40}?\bescrow\b`),
    r(String.raw`\bescrow\b.{0,80}?${VENDOR_DISCRETION}`),
    r(String.raw`${VENDOR_DISCRETION}.{0,80}?\bescrow\b`),
    r(String.raw`\b(?:struck|deleted|removed|strike|delete|remove)\b.{0,60}?\bescrow\b|\bescrow\b.{0,60}?\b(?:struck|deleted|removed)\b`),
    r(
      String.raw`\b(?:release|deposit)\w*\b.{0,60}?\bonly\s(?:with|upon|on|after)\s(?:the\s)?(?:vendor|licensor|supplier|provider|contractor)'s\s(?:[\w-]+\s){0,2}?(?:consent|approval|agreement)\b`,
    ),
  ],
  "uncapped-renewal-pricing": [
    r(String.raw`\b(?:prices?|pricing|rates?|fees?)\b.{0,60}?\bwhatever\s(?:that|it|they|this)\s(?:is|are|may\sbe|happens\sto\sbe)\b`),
    r(String.raw`\b(?:list\sprices?|price\slist|rate\scard)\b.{0,60}?\b(?:renewal|renew\w*|at\sthe\stime|in\seffect|then\sapplicable)\b`),
    r(String.raw`\b(?:renewal|renew\w*)\b.{0,60}?\b(?:list\sprices?|price\slist|rate\scard)\b`),
    r(String.raw`\bwhatever\s(?:our|the|its|their)\s(?:[\w-]+\s){0,2}?(?:rates?|prices?|pricing|fees?|list\sprice)\s(?:is|are|may\sbe|happens\sto\sbe)\b`),
    r(String.raw`\b(?:then[- ]current|prevailing|then\sapplicable)\s(?:[\w-]+\s){0,2}?(?:rates?|prices?|pricing|fees?|price\slist|rate\scard)\b`),
    r(
      String.raw`\b(?:rates?|prices?|pricing|fees?|price\slist|rate\scard)\s(?:[\w'-]+\s){0,4}?(?:in\sforce|applicable|current|in\seffect)\s(?:at|on)\sthe\s(?:date|time)\s(?:of\s)?(?:the\s)?renewal\b`,
    ),
    r(String.raw`${VENDOR_SIDE}\s(?:[\w'-]+\s){0,3}?(?:repric\w*|re-pric\w*)\b`),
    r(
      String.raw`\b(?:continued\suse|continuing\sto\suse)\b.{0,80}?\b(?:price|fee|pricing|rate)s?\s(?:change|increase|revision|adjustment)s?\b|\b(?:price|fee|pricing|rate)s?\s(?:change|increase|revision|adjustment)s?\b.{0,80}?\bcontinued\suse\b`,
    ),
  ],
  "data-retained-after-exit": [
    // A carve-out from the duty to delete: "the obligation to delete Customer Data does not apply to archival copies"
    r(
      String.raw`\b(?:obligations?|duty|duties|requirements?|commitments?)\s(?:to\s|of\s)?(?:delete|return|destroy|erase|purge|deletion|return|destruction|erasure)\b.{0,60}?\b(?:do|does|shall|will)\snot\s(?:apply|extend)\sto\b`,
    ),
    r(String.raw`${CLIENT_DATA}.{0,100}?\b(?:persist|persists|survive|survives|remain|remains|retained|kept|stored|archived)\b.{0,40}?${AFTER_EXIT}`),
    r(String.raw`${FREE_FROM}\s(?:retaining|keeping|storing|archiving|holding)\s(?:[\w'-]+\s){0,3}?(?:copies|copy|data|content|backups|inputs|prompts)\b`),
    r(
      String.raw`\bnothing\b.{0,60}?\b(?:obliges?|obligates?|requires?|compels?)\s(?:the\s)?(?:${VENDOR_WORD}|us)\sto\s(?:return|delete|erase|destroy|purge)\b`,
    ),
  ],
};

const STRUCK_TOPICS: Partial<Record<RedFlagKey, string>> = {
  "hosting-only": String.raw`weights\sdelivery|delivery\sof\s(?:the\s)?(?:weights|model)|model\sdelivery|on-?prem\w*|self-?hosting`,
  "audit-refusal": String.raw`audit|audits|audit\srights|inspection|transparency`,
  "uncapped-renewal-pricing": String.raw`price\scap|cap\son\s(?:price|fee)\s?increases|pricing\scap|fee\scap`,
  "data-retained-after-exit": String.raw`data\sdeletion|deletion\sof\s(?:customer\s|client\s)?data|return\sof\s(?:customer\s|client\s)?data`,
  "lose-ai-on-exit": String.raw`exit\sassistance|transition\sassistance|perpetual\slicen[cs]e|survival`,
};
for (const [key, topic] of Object.entries(STRUCK_TOPICS) as Array<[RedFlagKey, string]>) CONCEPTS[key] = [...(CONCEPTS[key] ?? []), ...struckClause(topic)];

// ── Round six: more general wording for the same behaviours ───────────────────────────────────────
// Found on a second blind batch: duties that end at exit, rights the vendor reserves, tests treated as
// passed, information withheld from an auditor, deletion carved out of back-ups. Bounded and linear like BROAD.

const VENDOR_ROLE = String.raw`(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|company)`;
const CHANGES = String.raw`(?:${IMPROVEMENTS}|tweaks?|changes?|adjustments?|optimi[sz]ations?)`;
const INSTALLABLE = String.raw`(?:${ARTEFACT}|(?:installable|deployable|downloadable|executable|offline|portable)\s(?:version|copy|instance|package|build|release|form)|(?:trained\s|model\s)?parameters)`;
/** A double negative that leaves the vendor's use free: "does not restrict the Contractor's use of", "nothing limits the Supplier's use of". */
const VENDOR_USE_FREE = String.raw`(?:\b(?:not|never)\s(?:in\sany\sway\s)?(?:restrict|limit|prevent|prohibit|affect)s?|\b(?:nothing|no\sprovision)\b.{0,80}?\b(?:restricts?|limits?|prevents?|prohibits?|affects?))\s(?:the\s)?(?:vendor|supplier|provider|licensor|developer|contractor|company)'s\s(?:right\sto\s)?(?:use|exploitation|processing|retention)\s(?:of\s)?`;
const ROUND_SIX: Partial<Record<RedFlagKey, RegExp[]>> = {
  "hosting-only": [
    r(String.raw`\b(?:weights|model\sfiles|parameters)\s(?:are|is)(?:n't|\snot)\s(?:part\sof|included\sin)\s(?:the\s)?(?:deliverables?|delivery|scope)\b`),
    r(String.raw`\b(?:only|solely|exclusively)\s(?:by\s|via\s|through\s)?remote(?:ly|\smeans|\saccess|\sconnection)\b`),
    r(String.raw`\b(?:receive|get|obtain|have|be\sgiven|be\sprovided\swith)\sno\s(?:[\w'-]+\s){0,2}?${INSTALLABLE}\b`),
    r(
      String.raw`\b(?:delivery|transfer|release|provision|handover|hand-over|export)\sof\s(?:the\s|any\s)?(?:[\w-]+\s)?${INSTALLABLE}\s(?:is|are|shall\sbe|will\sbe)\s(?:expressly\s|specifically\s)?(?:excluded|out\sof\sscope|not\s(?:included|provided|offered|part\sof))\b`,
    ),
    // "Customer may not deploy, install or execute the Model outside the Vendor Cloud"
    r(
      String.raw`${CLIENT_PARTY}.{0,20}?(?:may|shall|will|can|must)\s?not\s(?:[\w'-]+,?\s){0,5}?(?:deploy|install|execute|run|host|operate|use)\b.{0,40}?\b(?:outside|other\sthan|except\s(?:on|in|within|through))\s(?:of\s)?(?:the\s)?(?:vendor|supplier|provider|licensor|developer|its|our|their)\b`,
    ),
    // "made available for inference on the Provider's infrastructure, and does not include the transfer of any files"
    r(
      String.raw`\b(?:available|accessible|provided|hosted|run|operated|served)\b.{0,40}?\b(?:on|in|within|through|via)\s(?:the\s)?(?:${VENDOR_OWNER}|its|their|our)\s(?:own\s)?(?:[\w-]+\s)?(?:infrastructure|cloud|platform|servers?|environment|systems?|api)\b.{0,80}?\b(?:not|never|no|without)\s(?:[\w'-]+\s){0,3}?(?:transfer|delivery|download|copy|copies|files|weights|installation)\w*\b`,
    ),
  ],
  "proprietary-base-model": [
    r(String.raw`\bno\s(?:assignment|transfer|conveyance)\sof\s(?:any\s)?(?:intellectual\sproperty|ip|ownership|title)\b`),
    r(String.raw`${VENDOR_ROLE}\s(?:[\w'-]+\s)?reserves?\s(?:all\s|any\s)?(?:rights?|title|ownership)\s(?:in|to|over)\s(?:the\s)?${CUSTOM_MODEL}`),
    r(String.raw`${VENDOR_ROLE}\s(?:shall|will|is|remains?)\s(?:be\s)?the\s(?:sole\s|exclusive\s)?owner\sof\s(?:[\w'-]+\s){0,2}?(?:the\s)?${CUSTOM_MODEL}`),
  ],
  "discount-for-reuse": [r(String.raw`\b(?:credit|credits|rebate|discount\w*)\b.{0,160}?\b(?:reus\w*|re-use|resell\w*|relicens\w*)\b`)],
  "trust-us": [
    r(
      String.raw`\b(?:put|confirm|state|say|note)\s(?:it|that|this)\s(?:in|by)\s(?:an?\s)?(?:e-?mail|letter|message)\b|\b(?:verbal|oral|informal)\s(?:assurances?|commitments?|promises?|undertakings?)\b`,
    ),
  ],
  "lose-ai-on-exit": [
    r(String.raw`\b${EXIT}\b.{0,60}?${NO_DUTY}\s(?:[\w'-]+,?\s){0,6}?(?:model|weights|ai|solution|code)\b`),
    r(String.raw`${NO_DUTY}\s.{0,80}?\b(?:model|weights)\b.{0,60}?\b${EXIT}\b`),
    r(String.raw`${LOSS_OBJECT}.{0,60}?\bco-?terminous\b`),
  ],
  "data-any-purpose": [
    // "Clause 5.1 does not restrict the Contractor's use of Client Data"
    r(String.raw`${VENDOR_USE_FREE}(?:[\w'-]+\s){0,2}?(?:data|content|inputs|information)\b`),
  ],
  "weak-licence": [
    r(String.raw`\b(?:rights?|licen[cs]e|access|use)\b.{0,60}?\bon\sa\s(?:subscription|time-limited|temporary|term)\sbasis\b`),
    r(String.raw`\b(?:access|rights?|licen[cs]e)\b.{0,30}?\b(?:lasts?|runs?|is\svalid|valid)\s(?:for\s)?(?:[\w-]+\s)?(?:years?|months?)\b`),
  ],
  "vendor-owns-improvements": [
    r(String.raw`${VENDOR_SIDE}\s(?:[\w'-]+\s){0,3}?(?:own|owns|keep|keeps|retain|retains)\s(?:all\s|any\s|every\s|the\s)?(?:[\w-]+\s)?${IMPROVEMENTS}`),
    // "title to all enhancements of the Model, whoever makes them, shall pass to the Supplier"
    r(
      String.raw`\b(?:title|ownership|rights?)\s(?:to|in|of)\s(?:all\s|any\s|each\s)?(?:the\s)?${IMPROVEMENTS}.{0,60}?\b(?:pass|passes|vest|vests|transfer|transfers)\sto\s${VENDOR_ROLE}\b`,
    ),
    r(String.raw`${VENDOR_ROLE}\s(?:shall|will|is|remains?)\s(?:be\s)?the\s(?:sole\s|exclusive\s)?owner\sof\s(?:[\w'-]+\s){0,3}?${IMPROVEMENTS}`),
    r(
      String.raw`\b${CHANGES}\b.{0,80}?\b(?:become|becomes|form|forms|go|goes)\s(?:part\sof|into)\s(?:our|its|(?:the\s)?${VENDOR_OWNER})\s(?:[\w-]+\s)?(?:product|platform|technology|ip|offering|models?)s?\b`,
    ),
  ],
  "deemed-acceptance": [
    r(
      String.raw`\b(?:if|unless|where)\b.{0,30}?(?:\b(?:not|no|fails?)\b|n't\b).{0,60}?\b(?:counts?|treated|taken|regarded|deemed)\sas\s(?:accepted|approved|acceptance)\b`,
    ),
    // "Unless the Customer notifies a defect within ten days, the Deliverable shall be accepted"
    r(String.raw`\bunless\b.{0,100}?\b(?:shall|will|is|are)\s(?:be\s)?(?:deemed\s|treated\sas\s)?(?:accepted|approved)\b`),
    r(
      String.raw`\baccept\w*\s(?:tests?|testing|criteria)\b.{0,120}?\b(?:treated|regarded|considered|taken)\sas\s(?:having\s)?(?:been\s)?(?:successfully\s)?(?:passed|met|satisfied|completed|accepted)\b`,
    ),
    r(
      String.raw`\b(?:go-live|going\slive|use|deployment|payment|signature)\b.{0,60}?\b(?:constitutes?|amounts?\sto|signif(?:y|ies)|evidences?)\s(?:the\s)?(?:(?:client|customer|licensee)'s\s|your\s)?(?:[\w-]+\s)?(?:acceptance|approval)\b`,
    ),
    r(
      String.raw`${VENDOR_ROLE}\s(?:may|can|shall\sbe\sentitled\sto)\s(?:[\w-]+\s)?(?:certify|declare|confirm|record|issue)\s(?:the\s)?(?:acceptance|accepted)\b`,
    ),
  ],
  "exit-fees": [r(String.raw`\b(?:transfer|handover|hand-over|hand\sover)\s(?:fee|fees|charge|charges)\b`)],
  "residuals-know-how": [
    r(
      String.raw`\b(?:confidentiality|obligations?|restrictions?)\b.{0,40}?\b(?:shall|will|do|does)\snot\s(?:apply|extend)\sto\s(?:any\s)?(?:general\s)?${KNOW_HOW}`,
    ),
    r(String.raw`${VENDOR_USE_FREE}(?:any\s|all\s)?(?:[\w-]+\s)?${KNOW_HOW}`),
  ],
  "audit-refusal": [
    r(
      String.raw`${AUDIT_WORD}.{0,120}?\b(?:not|never)\s(?:include|extend\sto|cover|permit|allow)\s(?:any\s)?(?:inspection|access|review|examination|audit)\w*\s(?:of|to)\s(?:the\s)?(?:model|weights|training|source|algorithms?|code|decision)`,
    ),
    r(String.raw`\b(?:withh(?:old|olds|eld)|redact\w*)\b.{0,80}?${AUDIT_WORD}.{0,80}?\b${SECRECY}\b`),
  ],
  "no-escrow": [r(String.raw`${NO_DUTY},?\s(?:[\w'-]+\s){0,2}?(?:deposit|lodge|place)\b.{0,60}?\b(?:escrow|custodian|depositary|trustee)\b`)],
  "uncapped-renewal-pricing": [
    r(
      String.raw`\b(?:renewal|renew\w*)\b.{0,80}?\b(?:not\s(?:be\s)?subject\sto\s(?:any\s)?(?:cap|ceiling|maximum|limit)|uncapped|without\s(?:any\s)?(?:cap|ceiling))\b`,
    ),
  ],
  "data-retained-after-exit": [
    r(
      String.raw`${VENDOR_SIDE}\s(?:[\w'-]+\s){0,2}?${RETAIN}\s(?:[\w'-]+\s){0,3}?(?:${CLIENT_DATA}|(?<=\bthey\s(?:[\w'-]+\s){0,5})our\s(?:data|content|files|records))\b.{0,60}?${AFTER_EXIT}`,
    ),
    r(
      String.raw`\b(?:copies|backups?|data)\b.{0,60}?\b(?:archives?|back-?ups?|disaster[- ]recovery)\b.{0,60}?\b(?:according\sto|in\saccordance\swith|under|per)\s(?:the\s)?(?:${VENDOR_OWNER}|its|our)\s(?:own\s|internal\s|standard\s|normal\s){0,2}(?:schedule|polic(?:y|ies)|cycle|retention)\b`,
    ),
    r(String.raw`\b(?:deletion|destruction|erasure|return)\sobligations?\s(?:applies|apply|extends?)\s(?:only\sto|to\s(?:[\w-]+\s){1,3}only)\b`),
  ],
};
for (const [key, extra] of Object.entries(ROUND_SIX) as Array<[RedFlagKey, RegExp[]]>) CONCEPTS[key] = [...(CONCEPTS[key] ?? []), ...extra];

/** The vendor disclaiming ownership: "Licensor shall not assert any ownership claim over the Custom Model". */
const DISCLAIMS_OWNERSHIP = r(
  String.raw`\b(?:not|never)\s(?:[\w'-]+\s)?(?:assert|claim|acquire|obtain|seek)\s(?:any\s)?(?:ownership|title|rights?|claims?|interest)\b`,
);
const ROUND_SIX_UNLESS: Partial<Record<RedFlagKey, RegExp[]>> = {
  "proprietary-base-model": [DISCLAIMS_OWNERSHIP],
  "vendor-owns-improvements": [DISCLAIMS_OWNERSHIP],
  "vendor-owns-outputs": [DISCLAIMS_OWNERSHIP],
  "aggregated-data-exception": [negatedVerb(String.raw`de-?identify|aggregate|anonymi[sz]e|pseudonymi[sz]e|summari[sz]e|retain|use|commerciali[sz]e`)],
  // "any exception for information retained in memory shall not extend to Client Data"
  "residuals-know-how": [r(String.raw`\b(?:not|never)\s(?:extend|apply)\sto\s(?:any\s)?(?:the\s)?(?:client|customer|licensee|your)\b`)],
  // "may not rely on trade-secret protection to refuse", "shall not withhold … from the regulator"
  "audit-refusal": [r(String.raw`\b(?:may|shall|will|can)\s?not\s(?:[\w'-]+\s){0,2}?rely\son\b`), negatedVerb(String.raw`withh\w*|redact\w*|refus\w*`)],
};
for (const [key, extra] of Object.entries(ROUND_SIX_UNLESS) as Array<[RedFlagKey, RegExp[]]>) BROAD_UNLESS[key] = [...(BROAD_UNLESS[key] ?? []), ...extra];

function withText(row: RuleRow): RedFlagRule {
  const patterns = [...row.patterns, ...(BROAD[row.key] ?? []), ...(CONCEPTS[row.key] ?? [])];
  const unless = [...(row.unless ?? []), ...(BROAD_UNLESS[row.key] ?? []), ...NOTHING_GRANTS];
  if (row.kind === "risky-language") return { ...row, patterns, unless: [...unless, CLIENT_CONSENT] };
  const pitch = BUILTIN_PITCH_TEXT[row.pitchKey];
  return { ...row, patterns, unless, danger: pitch.danger, counter: pitch.counter };
}

/** The rules with their built-in texts: a pitch rule reads as the default playbook's pitch, a risky-language rule as written above. */
export const RED_FLAG_RULES: RedFlagRule[] = RULE_TABLE.map(withText);
