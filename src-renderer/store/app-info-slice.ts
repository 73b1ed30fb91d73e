import type { StateCreator } from 'zustand';
import type { AppInfo, LanguageState } from '../../shared/ipc/contract.ts';
import type { AppState } from './app-state.ts';

/** Facts about the running app, fetched once at start. */
export interface AppInfoSlice {
  appInfo: AppInfo | null;
  appInfoReceived(info: AppInfo): void;
  /** Main kept the user's language choice. */
  languageChosen(language: LanguageState): void;
}

/** Unknown until main answers; views treat unknown like the desktop shell. */
export const createAppInfoSlice: StateCreator<AppState, [], [], AppInfoSlice> = (set) => ({
  appInfo: null,
  appInfoReceived: (info) => set({ appInfo: info, proxy: info.proxy }),
  languageChosen: (language) => set((state) => (state.appInfo ? { appInfo: { ...state.appInfo, language } } : {})),
});
