/**
 * The file pickers the app needs, as a platform adapter: Electron's native dialogs in the desktop
 * app, a fixed folder in the browser bridge. Core code never knows which.
 */
export interface Dialogs {
  /** Asks for a file to open; null when the user cancels. */
  chooseFileToOpen(kind: 'hierarchy' | 'result' | 'pac'): Promise<string | null>;
  /** Asks for several files at once (a log and its rolled-over `.lo_`); null when the user cancels. */
  chooseFilesToOpen(kind: 'log' | 'result'): Promise<string[] | null>;
  /** Asks where to save; null when the user cancels. */
  chooseFileToSave(suggestedName: string, format: 'json' | 'html' | 'csv' | 'svg' | 'png' | 'ps1' | 'pdf'): Promise<string | null>;
}
