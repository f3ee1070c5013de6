/**
 * What `import … from "obsidian"` resolves to in tests (vitest alias), and what `require("obsidian")`
 * returns to the built `main.js` (see load-plugin.ts). Importing it installs the DOM and Obsidian's
 * DOM helpers. `moment` is deliberately not provided (the plugin uses date-fns).
 */
import { parse, stringify } from "yaml";
import { installDom } from "./dom";

installDom();

export { Events, type EventRef } from "./events";
export * from "./vault";
export * from "./metadata-cache";
export {
	Workspace,
	WorkspaceLeaf,
	WorkspaceSplit,
	View,
	ItemView,
	FileView,
	MarkdownView,
	TextFileView,
	CanvasView,
	EmptyView,
	Editor,
	parseLinktext,
	getLinkpath,
	type ViewCreator,
	type ViewState,
	type OpenViewState,
	type EditorPosition,
} from "./workspace";
export { Component, Plugin, PluginSettingTab, SettingTab, type Command, type PluginManifest, type MarkdownPostProcessorContext } from "./plugin";
export {
	Notice,
	setIcon,
	addIcon,
	getIcon,
	getIconIds,
	setTooltip,
	debounce,
	Platform,
	apiVersion,
	requireApiVersion,
	BaseComponent,
	ValueComponent,
	AbstractTextComponent,
	TextComponent,
	SearchComponent,
	TextAreaComponent,
	ToggleComponent,
	DropdownComponent,
	ButtonComponent,
	ExtraButtonComponent,
	Setting,
	Modal,
	SuggestModal,
	FuzzySuggestModal,
	type FuzzyMatch,
	Menu,
	MenuItem,
	MarkdownRenderChild,
	Scope,
	Keymap,
	type Debouncer,
} from "./ui";
export { App } from "./app";

/** Obsidian's YAML helpers (Obsidian uses js-yaml; this uses the `yaml` package). */
export function parseYaml(yaml: string): any {
	return parse(yaml);
}

export function stringifyYaml(obj: unknown): string {
	return stringify(obj);
}
