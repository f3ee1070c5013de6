import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

// Obsidian's guidelines as the review bot checks them, on everything that ships in main.js.
export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "vault/", "docs/", "coverage/", "test-results/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "vitest.config.ts", "scripts/bundled-roadmap.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	// Tests and scripts run in Node, never in Obsidian: reading files and faking the host is their
	// job, so the plugin-guideline rules are off there; typescript-eslint's checks still apply.
	{
		files: ["tests/**/*.ts", "scripts/**/*.ts", "scripts/**/*.mjs", "*.mjs", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			...Object.fromEntries(Object.keys(obsidianmd.rules).map((name) => [`obsidianmd/${name}`, "off"])),
			"@typescript-eslint/no-explicit-any": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"import/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
		},
	},
	// The manifest as the review bot reads it: TypeScript's parser reads a .json file as one object.
	{
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, extraFileExtensions: [".json"] } },
		extends: [tseslint.configs.disableTypeChecked],
		rules: { "obsidianmd/validate-manifest": "error" },
	},
]);
