/**
 * Turns the diagram's SVG into a PNG in the page: the SVG is drawn on a canvas at twice its size (sharp
 * on a high-density screen or in a document) and read back as base64 for main to write. The SVG
 * refers to nothing outside itself, so the canvas is never tainted; it is loaded as a `data:` URL,
 * which the renderer's content security policy already allows for images (no `blob:` needed).
 */
export async function svgToPngBase64(svg: string, scale = 2): Promise<string> {
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? 600);
  const image = new Image();
  image.decoding = 'async';
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the diagram could not be drawn as a picture'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  // Browsers cap canvases near 16k pixels a side: a very large hierarchy is drawn smaller.
  const factor = Math.min(scale, 16000 / width, 16000 / height);
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this window');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
