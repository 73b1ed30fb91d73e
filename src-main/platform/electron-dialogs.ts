import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Dialogs } from '../core/app/dialogs.ts';
import type { Translate } from '../../shared/i18n/translator.ts';

type FilterKind = 'hierarchy' | 'result' | 'pac' | 'log' | 'json' | 'html' | 'csv' | 'svg' | 'png' | 'ps1' | 'pdf';

/** The file types of each dialog: a key of the `dialog` table (worded when the dialog opens) and the extensions. */
const FILTERS: Record<FilterKind, { name: string; extensions: string[] }[]> = {
  csv: [{ name: 'csv', extensions: ['csv'] }],
  svg: [{ name: 'svg', extensions: ['svg'] }],
  png: [{ name: 'png', extensions: ['png'] }],
  ps1: [{ name: 'ps1', extensions: ['ps1'] }],
  pdf: [{ name: 'pdf', extensions: ['pdf'] }],
  log: [{ name: 'log', extensions: ['log', 'lo_', 'txt'] }],
  hierarchy: [
    { name: 'hierarchy', extensions: ['json', 'csv'] },
    { name: 'hierarchyJson', extensions: ['json'] },
    { name: 'table', extensions: ['csv', 'txt'] },
  ],
  pac: [{ name: 'pac', extensions: ['pac', 'dat', 'js'] }],
  result: [{ name: 'result', extensions: ['json'] }],
  json: [{ name: 'json', extensions: ['json'] }],
  html: [{ name: 'html', extensions: ['html'] }],
};

/** The filters of a dialog, named in the user's language. */
function filtersFor(kind: FilterKind, t: Translate): FileFilter[] {
  return FILTERS[kind].map((filter) => ({ name: t(`dialog.${filter.name}`), extensions: filter.extensions }));
}

/** Native open and save dialogs, attached to the app window, their file types in the app's language. */
export function createElectronDialogs(window: () => BrowserWindow | undefined, translate: () => Translate): Dialogs {
  return {
    chooseFileToOpen: async (kind) => {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: filtersFor(kind, translate()) };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFilesToOpen: async (kind) => {
      const owner = window();
      const options = { properties: ['openFile' as const, 'multiSelections' as const], filters: filtersFor(kind, translate()) };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    chooseFileToSave: async (suggestedName, format) => {
      const owner = window();
      const options = { defaultPath: suggestedName, filters: filtersFor(format, translate()) };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
