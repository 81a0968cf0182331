/**
 * Reads a Server-Sent Events stream from a `fetch` body (EventSource cannot send an
 * `Authorization` header): lines ending in LF, CRLF or CR; `event`, `data` (several lines join
 * with LF) and `id` fields; comments (`:`) ignored; an event dispatched at each blank line.
 */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
  /** The event's `id` field, when it has one. */
  readonly id?: string;
}

export async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: (event: ServerSentEvent) => void, onChunk?: () => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  const line = (text: string) => {
    if (text === '') {
      if (data.length) onEvent({ event: event || 'message', data: data.join('\n'), ...(id === undefined ? {} : { id }) });
      event = '';
      data = [];
      id = undefined;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      onChunk?.();
      buffer += value;
      // A CR at the very end may be the first half of a CRLF: keep it for the next chunk.
      let match: RegExpExecArray | null;
      const breaks = /\r\n|\n|\r(?!$)/g;
      let start = 0;
      while ((match = breaks.exec(buffer))) {
        line(buffer.slice(start, match.index));
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
    }
  } finally {
    reader.releaseLock();
  }
}
