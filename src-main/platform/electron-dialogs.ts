import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Dialogs } from '../core/app/dialogs.ts';

const FILTERS: Record<'hierarchy' | 'result' | 'pac' | 'log' | 'json' | 'html' | 'csv' | 'svg' | 'png' | 'ps1' | 'pdf', FileFilter[]> = {
  csv: [{ name: 'Table for Excel (CSV)', extensions: ['csv'] }],
  svg: [{ name: 'Diagram (SVG)', extensions: ['svg'] }],
  png: [{ name: 'Picture (PNG)', extensions: ['png'] }],
  ps1: [{ name: 'PowerShell script', extensions: ['ps1'] }],
  pdf: [{ name: 'PDF report', extensions: ['pdf'] }],
  log: [
    { name: 'ConfigMgr logs', extensions: ['log', 'lo_', 'txt'] },
  ],
  hierarchy: [
    { name: 'Hierarchy (JSON or CSV)', extensions: ['json', 'csv'] },
    { name: 'Hierarchy (JSON)', extensions: ['json'] },
    { name: 'Table (CSV)', extensions: ['csv', 'txt'] },
  ],
  pac: [{ name: 'Proxy auto-configuration', extensions: ['pac', 'dat', 'js'] }],
  result: [{ name: 'Netcheck results (JSON)', extensions: ['json'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
  html: [{ name: 'HTML report', extensions: ['html'] }],
};

/** Native open and save dialogs, attached to the app window. */
export function createElectronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    chooseFileToOpen: async (kind) => {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: FILTERS[kind] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFilesToOpen: async (kind) => {
      const owner = window();
      const options = { properties: ['openFile' as const, 'multiSelections' as const], filters: FILTERS[kind] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    chooseFileToSave: async (suggestedName, format) => {
      const owner = window();
      const options = { defaultPath: suggestedName, filters: FILTERS[format] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
