import type { ContextLine } from './story-facts.ts';
import type { TeacherStory } from './teacher-story.ts';

/** A speaker's name in the story's language ('me' and unknown ids are shown as they are). */
export function speakerName(story: TeacherStory, from: string): string {
  return story.scenario.characters[from]?.name[story.lang] ?? from;
}

/** Who says a context line ('' for an app notice). */
export function contextSpeaker(story: TeacherStory, line: ContextLine): string {
  if (line.kind === 'message') return speakerName(story, line.quote.from);
  if (line.kind === 'counter') return story.scenario.voices[line.voice]?.name[story.lang] ?? line.voice;
  return '';
}
