// Roadmap files are bundled as text (esbuild's text loader; the same in tests) and parsed at load time.
declare module "*.yaml" {
	const text: string;
	export default text;
}
