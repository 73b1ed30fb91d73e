import { BrowserWindow } from 'electron';

/**
 * Prints the offline report to PDF with Chromium's own print engine: the report is loaded, with
 * JavaScript off, into a hidden sandboxed window that can reach nothing (the report's CSP forbids
 * every load), printed on A4 with its backgrounds, and the window destroyed.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' } });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 } });
  } finally {
    window.destroy();
  }
}
