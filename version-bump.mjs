// `npm version patch|minor|major` runs this (the `version` script) after bumping package.json and
// before committing and tagging: manifest.json gets the new version, and versions.json gains an entry
// for it mapping to manifest.json's minAppVersion. Every release gets its own entry, as Obsidian's
// sample plugin does now, so versions.json always names the exact release a learner on an older
// Obsidian should be offered, and the release test can require the manifest's version as a key.
import { readFileSync, writeFileSync } from "fs";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
	console.error("version-bump.mjs runs from `npm version`, which sets npm_package_version");
	process.exit(1);
}

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
if (!minAppVersion) {
	console.error("manifest.json has no minAppVersion");
	process.exit(1);
}
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, 2) + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, 2) + "\n");
