/** One Server-Sent Events message, or a comment line (heartbeat). */
export type SseMessage =
  | { readonly kind: 'message'; readonly event: string; readonly id?: string; readonly data: string }
  | { readonly kind: 'comment'; readonly text: string };

/** Reads an SSE response body with plain fetch: waits for the next message that matches. */
export interface SseReader {
  readonly next: (match?: (m: SseMessage) => boolean, timeoutMs?: number) => Promise<SseMessage>;
  readonly close: () => Promise<void>;
}

function parseBlock(block: string): SseMessage[] {
  const out: SseMessage[] = [];
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) out.push({ kind: 'comment', text: line.slice(1).trim() });
    else if (line.includes(':')) {
      const at = line.indexOf(':');
      fields[line.slice(0, at)] = line.slice(at + 1).trimStart();
    }
  }
  if (fields.data !== undefined) {
    out.push({
      kind: 'message',
      event: fields.event ?? 'message',
      data: fields.data,
      ...(fields.id ? { id: fields.id } : {}),
    });
  }
  return out;
}

/** Starts reading `response`'s body as an event stream. */
export function readSse(response: Response): SseReader {
  const body = response.body;
  if (!body) throw new Error('no body to read');
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: SseMessage[] = [];
  let buffer = '';
  let done = false;

  const pull = async () => {
    const chunk = await reader.read();
    if (chunk.done) {
      done = true;
      return;
    }
    buffer += chunk.value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      queue.push(...parseBlock(buffer.slice(0, end)));
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
    }
  };

  return {
    async next(match = () => true, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const i = queue.findIndex(match);
        if (i >= 0) return queue.splice(i, 1)[0] as SseMessage;
        queue.length = 0;
        if (done) throw new Error('the stream ended');
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no matching SSE message in time');
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        });
        await Promise.race([pull(), timeout]);
        clearTimeout(timer);
      }
    },
    close: () => reader.cancel(),
  };
}
