import { Story } from 'inkjs';

/** Reads one line of player input; undefined when the input stream is closed. */
export type ReadLine = () => Promise<string | undefined>;

const HELP =
  "Type a choice number, a divert (e.g. '-> myKnot'), an expression, or a variable assignment (e.g. 'x = 5')";

/**
 * Plays compiled ink exactly as inklecate's play mode prints it (`inklecate -p`): text lines, `# tags: a, b` after a
 * tagged line, a blank line then `1: option` lines, the `?> ` prompt, `Choice out of range`, and
 * `<User input stream closed.>`; so ink conformance transcripts can run against this player.
 */
export async function playInklecate(json: string, readLine: ReadLine, write: (s: string) => void): Promise<void> {
  const story = new Story(json);
  const errors: string[] = [];
  const warnings: string[] = [];
  story.onError = (message, type) => (type === 2 ? errors : warnings).push(message);

  const evaluate = () => {
    while (story.canContinue) {
      write(story.Continue() ?? '');
      const tags = story.currentTags ?? [];
      if (tags.length > 0) write(`# tags: ${tags.join(', ')}\n`);
      for (const m of errors) write(`${m}\n`);
      for (const m of warnings) write(`${m}\n`);
      errors.length = 0;
      warnings.length = 0;
    }
  };

  evaluate();
  while (story.currentChoices.length > 0) {
    write('\n');
    for (const [i, c] of story.currentChoices.entries()) write(`${i + 1}: ${c.text}\n`);
    const picked = await ask(story, readLine, write);
    if (picked === 'closed' || picked === 'exit') return;
    evaluate();
  }
}

async function ask(
  story: Story,
  readLine: ReadLine,
  write: (s: string) => void,
): Promise<'chosen' | 'closed' | 'exit'> {
  for (;;) {
    write('?> ');
    const input = await readLine();
    if (input === undefined) {
      write('<User input stream closed.>\n');
      return 'closed';
    }
    const trimmed = input.trim();
    if (/^-?\d+$/.test(trimmed)) {
      const index = Number(trimmed) - 1;
      if (index >= story.currentChoices.length) write('Choice out of range\n');
      else if (index >= 0) {
        story.ChooseChoiceIndex(index);
        return 'chosen';
      }
    } else if (trimmed === 'help') {
      write(`${HELP}\n`);
    } else if (trimmed === 'exit' || trimmed === 'quit') {
      return 'exit';
    } else if (trimmed.startsWith('->')) {
      try {
        story.ChoosePathString(trimmed.slice(2).trim());
        return 'chosen';
      } catch (e) {
        write(`${e instanceof Error ? e.message : String(e)}\n`);
      }
    } else {
      write("Unexpected input. Type 'help' or a choice number.\n");
    }
  }
}
