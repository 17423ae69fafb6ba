import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // This rule maps URLs to files by reading the app folder; with every page under app/[lang]
      // the dynamic first segment makes it take any path for a page (/compte/export/…, a file
      // download, included). Plain <a> is deliberate where we use it: downloads, the global
      // error page (no router left), and links that go through /langue.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The classic accident: an UPDATE or DELETE without WHERE wipes a table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      // Two Tailwind utilities for one property ("bg-white" and "bg-brand-700") resolve by their
      // order in the CSS, not in the string: combine classes with cn() (lib/cn.ts, tailwind-merge).
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='className'] > JSXExpressionContainer > TemplateLiteral[expressions.length>0]",
          message: "Combine class names with cn() from @/lib/cn, so that the last conflicting utility wins.",
        },
        {
          selector: "JSXAttribute[name.name='className'] > JSXExpressionContainer > BinaryExpression[operator='+']",
          message: "Combine class names with cn() from @/lib/cn, so that the last conflicting utility wins.",
        },
      ],
    },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
