import type { Scenario } from '../src/content/index.ts';
import {
  type ChatEvent,
  type ChatId,
  dwellAfter,
  paceBatch,
  type RunnerOptions,
  ScenarioRunner,
} from '../src/engine/index.ts';
import type { ReadLine } from './play-inklecate.ts';

/** Names of people, chats and voices for a readable transcript; ids when the story has no scenario.json. */
function namer(scenario: Scenario | undefined, lang: 'fr' | 'ar' | 'en') {
  return {
    person: (id: string) => (id === 'me' ? 'me' : (scenario?.characters[id]?.name[lang] ?? id)),
    voice: (id: string) => {
      const v = scenario?.voices[id];
      return v ? `${v.name[lang]} (${v.role[lang]})` : id;
    },
  };
}

function describe(e: ChatEvent, names: ReturnType<typeof namer>): string | undefined {
  switch (e.kind) {
    case 'message': {
      const marks = [...e.techniques.map((t) => `⚑ ${t}`), ...(e.promptFlag ? ['? check for red flags'] : [])];
      const image = e.image ? `[image ${e.image}] ` : '';
      return `[${e.chat}] ${names.person(e.from)}: ${image}${e.text}${marks.length ? `   ${marks.join(' · ')}` : ''}`;
    }
    case 'system':
      return `[${e.chat}] — ${e.text} —`;
    case 'counter':
      return `  ❝ ${names.voice(e.voice)}: ${e.text} ❞`;
    case 'help':
      return `  ☎ help (${e.topic}): ${e.text}`;
    case 'stage':
      return `  ▸ stage: ${e.stage}`;
    case 'ending':
      return `  ★ ending ${e.ending}: ${e.text}`;
    case 'error':
      return `  ✗ story error: ${e.message}`;
    case 'choices':
    case 'end':
      return undefined;
  }
}

/** Plays a scenario in the terminal as a readable chat transcript, with an estimate of the time it takes to play. */
export async function playChat(
  options: RunnerOptions,
  scenario: Scenario | undefined,
  readLine: ReadLine,
  write: (s: string) => void,
): Promise<void> {
  const lang = options.lang === 'ar' || options.lang === 'en' ? options.lang : 'fr';
  const names = namer(scenario, lang);
  const runner = new ScenarioRunner({ ...options, onWarning: (m) => write(`  ! ${m}\n`) });
  let ms = 0;
  for (;;) {
    const events = runner.next();
    const waits = paceBatch(events, 'normal');
    for (const [i, e] of events.entries()) {
      ms += (waits[i] ?? 0) + dwellAfter(e);
      const line = describe(e, names);
      if (line) write(`${line}\n`);
    }
    const last = events.at(-1);
    if (last?.kind !== 'choices') break;
    write('\n');
    for (const [i, o] of last.options.entries()) write(`${i + 1}: ${o.text}\n`);
    if (!(await choose(runner, last.options.length, readLine, write))) return;
  }
  const messages = runner.transcript.filter((e) => e.kind === 'message').length;
  write(
    `— end: ${messages} messages, ${runner.choices.length} choices, about ${(ms / 60000).toFixed(1)} min at normal pacing\n`,
  );
}

async function choose(runner: ScenarioRunner, count: number, readLine: ReadLine, write: (s: string) => void) {
  for (;;) {
    write('?> ');
    const input = await readLine();
    if (input === undefined) {
      write('<User input stream closed.>\n');
      return false;
    }
    const n = Number(input.trim());
    if (Number.isInteger(n) && n >= 1 && n <= count && runner.choose(n - 1).ok) return true;
    write(`Type a number from 1 to ${count}\n`);
  }
}

/** The first chat of a scenario, or a neutral one for a bare ink file. */
export function defaultChat(scenario: Scenario | undefined): ChatId {
  return (Object.keys(scenario?.chats ?? {})[0] ?? 'chat') as ChatId;
}
