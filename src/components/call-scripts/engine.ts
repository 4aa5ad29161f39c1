/**
 * Where the island gets the rules and wording (script-engine.ts). On the server, CallScripts.astro
 * provides them before rendering, so the page holds every script. In the browser they load on
 * first use: someone starts to fill in the form, or saved details are restored. Until then the
 * island shows the scripts the server rendered (see scripts-from-page.ts), so nothing flashes
 * or moves. If loading fails (offline, blocked), the page keeps what the server rendered.
 */
import { loadOnce } from '../shared/load-once';

export type Engine = typeof import('./script-engine');

let engine: Engine | null = null;

export function provideEngine(provided: Engine): void {
  engine = provided;
}

/** The engine if it is already here. */
export function currentEngine(): Engine | null {
  return engine;
}

/** Loads the engine once; null if it couldn't load (a later call tries again). */
export const loadEngine = loadOnce(() => import('./script-engine').then((module) => (engine = module)));
