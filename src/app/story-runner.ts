/** The part of the engine that runs ink (inkjs), in its own chunk: loaded when a story opens, never before Home. */
export { buildAhead, openScenario, replayFrom } from '../engine/index.ts';
