import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Lints a snippet as if it were a file at `filePath`, returning the messages of the layering rule. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules (HOUSE_STYLE.md)', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs'; export const a = fs;", /shared\/ is pure: no Node modules/],
    ['shared/x.ts', "import { app } from 'electron'; export const a = app;", /shared\/ is pure: no Electron/],
    ['shared/x.ts', "import { x } from '../src-main/core/vantage.ts'; export const a = x;", /lowest layer/],
    ['src-main/core/x.ts', "import { app } from 'electron'; export const a = app;", /never import Electron/],
    ['src-main/core/x.ts', "import { x } from '../../src-renderer/app/App.tsx'; export const a = x;", /never reaches into the renderer/],
    ['cli/x.ts', "import { BrowserWindow } from 'electron'; export const a = BrowserWindow;", /never import Electron/],
    ['src-renderer/x.ts', "import net from 'node:net'; export const a = net;", /no Node/],
    ['src-renderer/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;", /never imports Electron/],
    ['src-renderer/x.ts', "import { x } from '../src-main/core/vantage.ts'; export const a = x;", /only uses shared/],
    ['src-main/window.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;", /Raw IPC only/],
  ])('%s: %s is refused', async (file, code, message) => {
    expect(await layeringErrors(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['shared/x.ts', "import { assertNever } from './util/assert-never.ts'; export const a = assertNever;"],
    ['src-main/core/x.ts', "import net from 'node:net'; export const a = net;"],
    ['src-main/ipc/ipc-router.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;"],
    ['src-renderer/x.ts', "import { DEMO_HIERARCHY } from '../shared/hierarchy/demo-hierarchy.ts'; export const a = DEMO_HIERARCHY;"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
