/** Obsidian's `Events`: named callbacks, removable by `EventRef`, counted so tests can see leaks. */
import { callHandler } from "./handler-errors";

export interface EventRef {
	readonly events: Events;
	readonly name: string;
	readonly callback: (...args: unknown[]) => unknown;
	readonly ctx?: unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...args: any[]) => any, ctx?: unknown): EventRef {
		const ref: EventRef = { events: this, name, callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...args: any[]) => any): void {
		const list = this.handlers.get(name);
		if (!list) return;
		this.handlers.set(
			name,
			list.filter((r) => r.callback !== callback),
		);
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name);
		if (!list) return;
		this.handlers.set(
			ref.name,
			list.filter((r) => r !== ref),
		);
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) {
			this.tryTrigger(ref, data);
		}
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		// Obsidian logs a throwing handler and carries on with the others; the harness also keeps the error
		// so the test that caused it fails (see handler-errors.ts).
		callHandler(`"${ref.name}" handler`, () => ref.callback.apply(ref.ctx, args));
	}

	/** Test helper: how many handlers are registered, in all or for one event name. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this.handlers.values()) n += list.length;
		return n;
	}
}
