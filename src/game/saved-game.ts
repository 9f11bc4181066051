import { parseSaveEnvelope, type SaveEnvelope } from '../engine/index.ts';
import type { SaveSlotsPort } from './ports.ts';

/** The saved game of a scenario, if there is a usable one (the debrief and the sorting exercise read it). */
export function readSavedGame(saves: SaveSlotsPort, id: string): SaveEnvelope | undefined {
  const slot = saves.read(id);
  if (slot.kind !== 'json') return undefined;
  const parsed = parseSaveEnvelope(slot.value);
  return parsed.ok ? parsed.value : undefined;
}
