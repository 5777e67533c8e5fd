import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written with standard fonts (as our reports are): every string shown by Tj/TJ in
 * its content streams, one line per text object. Enough to check what a report says; not a general parser.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const body = Buffer.from(m[2] ?? '', 'latin1');
    streams.push(/FlateDecode/.test(m[1] ?? '') ? inflateSync(body).toString('latin1') : body.toString('latin1'));
  }
  const lines: string[] = [];
  for (const stream of streams) {
    for (const block of stream.split(/\bET\b/)) {
      const parts: string[] = [];
      for (const shown of block.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\(((?:\\.|[^)])*)\)\s*Tj/g)) {
        const inner = shown[1] ?? (shown[2] !== undefined ? `<${shown[2]}>` : `(${shown[3] ?? ''})`);
        for (const piece of inner.matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^)])*)\)/g)) {
          parts.push(
            piece[1] !== undefined
              ? Buffer.from(piece[1], 'hex').toString('latin1')
              : (piece[2] ?? '').replace(/\\(.)/g, '$1'),
          );
        }
      }
      if (parts.length) lines.push(parts.join(''));
    }
  }
  return lines.join('\n');
}
