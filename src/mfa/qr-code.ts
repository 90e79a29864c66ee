/** A QR code as an SVG path of one-unit squares, with its size in modules (quiet zone excluded). */
export interface QrPath {
  readonly size: number;
  readonly d: string;
}

/**
 * Encodes `text` in the browser with lean-qr, loaded only when a code is shown: nothing is sent
 * anywhere. The result is drawn as a path attribute, never as markup.
 */
export async function qrPath(text: string): Promise<QrPath> {
  const { generate } = await import('lean-qr/nano');
  const code = generate(text);
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  }
  return { size: code.size, d };
}
