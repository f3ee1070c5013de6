// Roadmap files are imported as text. main.js (esbuild) and the tests (vitest) both validate the
// bundled roadmap when they are built and import it as the validated roadmap's JSON (see
// scripts/bundled-roadmap.mjs); tests that need the raw YAML read the file from disk.
declare module "*.yaml" {
	const text: string;
	export default text;
}
