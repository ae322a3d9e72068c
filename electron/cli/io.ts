import type { Readable, Writable } from 'node:stream';

/** What the CLI talks to; tests pass in-memory streams. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export const println = (w: Writable, line = ''): void => {
  w.write(`${line}\n`);
};

/** Reads stdin line by line (piped input). One reader per run, shared by every prompt. */
export function lineReader(stream: Readable): () => Promise<string | null> {
  let buffer = '';
  let ended = false;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    wake();
  });
  stream.on('end', () => {
    ended = true;
    wake();
  });
  return async () => {
    for (;;) {
      const nl = buffer.indexOf('\n');
      if (nl >= 0) {
        const line = buffer.slice(0, nl).replace(/\r$/, '');
        buffer = buffer.slice(nl + 1);
        return line;
      }
      if (ended) {
        const rest = buffer;
        buffer = '';
        return rest.length > 0 ? rest : null;
      }
      await new Promise<void>((r) => waiters.push(r));
    }
  };
}

/** A prompt on a terminal without echo (raw mode); Ctrl+C aborts. */
function readHidden(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin;
  io.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    stdin.setRawMode?.(true);
    stdin.setEncoding('utf8');
    const done = (err: Error | null) => {
      stdin.setRawMode?.(false);
      stdin.off('data', onData);
      stdin.pause();
      io.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(null);
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

export interface SecretReader {
  /** One secret; on a terminal it is asked twice when `confirm` and must match. */
  read(prompt: string, opts?: { confirm?: boolean }): Promise<string>;
}

export function secretReader(io: CliIo): SecretReader {
  if (io.stdin.isTTY) {
    return {
      async read(prompt, opts = {}) {
        const first = await readHidden(io, `${prompt}: `);
        if (opts.confirm && (await readHidden(io, `${prompt} (again): `)) !== first)
          throw new Error('The two entries differ.');
        return first;
      },
    };
  }
  const next = lineReader(io.stdin);
  return {
    async read() {
      const line = await next();
      if (line === null || line.length === 0)
        throw new Error('Expected the secret on standard input.');
      return line;
    },
  };
}
