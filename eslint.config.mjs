import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const LIB_IMPORTS_UI = "lib/ must not import components/ or app/: move the shared code into lib/ (labels and formatters: lib/format/).";
const LIB_LAYERING = [
  { group: ["@/components", "@/components/*", "@/app", "@/app/*"], message: LIB_IMPORTS_UI },
  { regex: "^(\\.\\./)+(components|app)(/|$)", message: LIB_IMPORTS_UI },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Logos are tiny static SVGs; next/image adds nothing for them.
      "@next/next/no-img-element": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // app/ and components/ never reach the database directly (see README › Architecture).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Load data through lib/services." }] }],
    },
  },
  {
    // lib/ is the layer below: it never imports UI or routes (see README › Architecture). Labels and
    // formatters that both need live in lib/format/.
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: LIB_LAYERING }] },
  },
  {
    // What is derived from a deal (readiness cache, approval staleness, the audit event) is written by
    // one step only, lib/services/deal-changes.ts, which every deal mutation calls (README › Architecture).
    // Same rule name as above: flat config replaces rather than merges options, so both lists are here.
    files: ["lib/**/*.{ts,tsx}", "scripts/**/*.{ts,mts,mjs}", "prisma/**/*.ts"],
    ignores: ["lib/services/deal-changes.ts", "lib/services/organization-changes.ts", "**/__tests__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/services/readiness-cache", message: "Call afterDealChange / afterDealsInserted from lib/services/deal-changes instead." },
            {
              name: "@/lib/services/audit",
              message:
                "Deal changes are audited by afterDealChange (lib/services/deal-changes), everything else by afterOrganizationChange (lib/services/organization-changes).",
            },
          ],
          patterns: [
            ...LIB_LAYERING,
            {
              group: ["./readiness-cache", "./audit"],
              message: "Go through ./deal-changes (afterDealChange) or ./organization-changes (afterOrganizationChange) instead.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
