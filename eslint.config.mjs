import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const LIB_IMPORTS_UI = "lib/ must not import components/ or app/: move the shared code into lib/ (labels and formatters: lib/format/).";

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
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components", "@/components/*", "@/app", "@/app/*"], message: LIB_IMPORTS_UI },
            { regex: "^(\\.\\./)+(components|app)(/|$)", message: LIB_IMPORTS_UI },
          ],
        },
      ],
    },
  },
];

export default config;
