import { createReadStream } from 'node:fs';

/** Newlines in the file: a fast estimate of the row count for the progress bar (quoted line breaks make it a little high). */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const buffer = chunk as Buffer;
    for (let i = buffer.indexOf(0x0a); i !== -1; i = buffer.indexOf(0x0a, i + 1)) lines += 1;
    if (buffer.length) last = buffer[buffer.length - 1] as number;
  }
  return last === 0x0a ? lines : lines + 1;
}
