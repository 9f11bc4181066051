import type { SaveSlot } from './chat-entry.ts';
import { err, ok, type Result } from './result.ts';
import { type RunnerOptions, ScenarioRunner } from './runner.ts';
import { parseSaveEnvelope, type SaveEnvelope } from './save-envelope.ts';
import type { MessageId } from './types.ts';

export { type ChatEntry, type SaveSlot, showsContentNote } from './chat-entry.ts';

/** Why a save was not used as it was: the story starts over and the player is told which. */
export type SaveNotice = 'setAside' | 'storyChanged';

/** A started scenario and what happened to its save, if there was one. */
export interface OpenedStory {
  readonly runner: ScenarioRunner;
  /** Set when a save could not be used: the caller sets the save aside (`setAside`) and tells the player. */
  readonly saveNotice?: SaveNotice;
}

/** Marks again the red flags of a save that still name a message of the runner's transcript. */
function carryFlags(runner: ScenarioRunner, flags: readonly MessageId[]): ScenarioRunner {
  for (const id of flags) runner.flag(id);
  return runner;
}

/**
 * The same game in another language: the choice points are the same in every language, so the choices are
 * replayed on this language's script, and the red flags the player marked are kept (message ids are positions).
 */
export function continueInLanguage(options: RunnerOptions, save: SaveEnvelope): Result<ScenarioRunner> {
  const replayed = ScenarioRunner.replay({ ...options, seed: save.seed }, save.choices);
  if (!replayed.ok) return replayed;
  const runner = replayed.value;
  // The save was written after the story ran on from the last choice: run on too, so those messages (and their
  // flags) are there again, shown at once as a restored game shows them.
  if (save.transcript.length > runner.transcript.length) {
    const failed = runner.next().find((e) => e.kind === 'error');
    if (failed) return err(failed.message);
  }
  return ok(carryFlags(runner, save.flags));
}

/**
 * A game played again up to its first `choices` choices (replay from a choice): the flags on messages shown before
 * the choice replayed are kept; the story runs on from there with its usual pacing.
 */
export function replayFrom(options: RunnerOptions, save: SaveEnvelope, choices: number): Result<ScenarioRunner> {
  if (choices < 0 || choices > save.choices.length) return err(`no choice ${choices} in this game`);
  const replayed = ScenarioRunner.replay({ ...options, seed: save.seed }, save.choices.slice(0, choices));
  return replayed.ok ? ok(carryFlags(replayed.value, save.flags)) : replayed;
}

/**
 * Opens a scenario from what its save slot holds: a fresh game, the saved game, the saved game moved to another
 * language or to a changed script, or (when the save cannot be used) a fresh game with a notice.
 */
export function openScenario(options: RunnerOptions, slot: SaveSlot): OpenedStory {
  const fresh = (saveNotice?: SaveNotice): OpenedStory =>
    saveNotice ? { runner: new ScenarioRunner(options), saveNotice } : { runner: new ScenarioRunner(options) };
  if (slot.kind === 'empty') return fresh();
  if (slot.kind === 'unreadable') return fresh('setAside');
  const parsed = parseSaveEnvelope(slot.value);
  if (!parsed.ok) return fresh('setAside');
  const save = parsed.value;
  const restored = ScenarioRunner.restore(options, save);
  if (restored.ok) return { runner: restored.value };
  const problem = restored.error;
  if (problem.kind === 'other-scenario' && save.scenario === options.scenario) {
    const moved = continueInLanguage(options, save);
    if (moved.ok) return { runner: moved.value };
  }
  return fresh(problem.kind === 'story-changed' ? 'storyChanged' : 'setAside');
}
