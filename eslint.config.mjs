import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // A branded context proves a guard ran; casting to one would forge that proof (src/server/auth/context.ts).
    files: ["app/**/*.{ts,tsx}", "src/**/*.{ts,tsx}", "middleware.ts"],
    ignores: ["src/server/auth/context.ts", "src/server/auth/api-key-context.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "TSAsExpression TSTypeReference > Identifier[name=/^(OrgContext|MemberContext|ApiKeyContext|ContextOf|SuperadminContext)$/]",
          message:
            "Only the guards make an OrgContext or SuperadminContext; call requireOrgPage/requireSuperadmin or use orgRoute/orgAction.",
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "src/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
