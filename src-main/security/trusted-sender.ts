import type { IpcMainInvokeEvent } from 'electron';

/**
 * Whether a frame URL belongs to our renderer: the same file (packaged app, `file://…/index.html`)
 * or the same origin (the development server). Query strings and fragments are ignored.
 */
export function isOwnRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL;
  let own: URL;
  try {
    frame = new URL(frameUrl);
    own = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (own.protocol === 'file:') return frame.protocol === 'file:' && decodeURI(frame.pathname) === decodeURI(own.pathname);
  return frame.origin === own.origin;
}

/**
 * The sender check for every IPC call: the message must come from the main frame of our window
 * (not a sub-frame, not another page the window was somehow navigated to) at our renderer's URL.
 */
export function createSenderCheck(rendererUrl: string): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame) return false;
    return isOwnRendererUrl(frame.url, rendererUrl);
  };
}
