import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { classifyEntry } from '../../../shared/logs/classify.ts';
import { describeFinding } from '../../../shared/logs/finding-text.ts';
import type { LogEntry } from '../../../shared/logs/log-types.ts';

const entry = (message: string): LogEntry => ({ index: 0, file: 0, line: 12, message, severity: 'error' }) as LogEntry;

describe('describeFinding', () => {
  it('rebuilds the English the finding keeps, and says the same in French and Dutch', () => {
    const finding = classifyEntry(entry('ERROR: Failed to download: The remote name could not be resolved: \'go.microsoft.com\' 0x80072EE7'))!;
    expect(describeFinding(createTranslator('en'), finding)).toEqual({ explanation: finding.explanation, fix: finding.fix });
    expect(finding.explanation).toMatch(/could not resolve the endpoint's name.*\(0x80072EE7 ERROR_WINHTTP_NAME_NOT_RESOLVED: the server name cannot be resolved\)$/);
    const french = describeFinding(createTranslator('fr'), finding);
    expect(french.explanation).toMatch(/^Le serveur n’a pas pu résoudre le nom du point de terminaison.*\(0x80072EE7 ERROR_WINHTTP_NAME_NOT_RESOLVED: le nom du serveur ne peut pas être résolu\)$/);
    expect(describeFinding(createTranslator('nl'), finding).fix).toMatch(/^Sta het eindpunt toe/);
  });

  it('explains a line only a code explains with the code and the category fix, and anything else with the fallback', () => {
    const coded = classifyEntry(entry('Download failed, error = 0x80072EE2'))!;
    expect(describeFinding(createTranslator('fr'), coded)).toEqual({
      explanation: 'La ligne porte 0x80072EE2 ERROR_WINHTTP_TIMEOUT: la requête a expiré.',
      fix: 'Cherchez un pare-feu qui ignore le trafic ou un proxy trop lent à répondre ; testez l’hôte.',
    });
    const unexplained = classifyEntry(entry('Something failed here'))!;
    expect(describeFinding(createTranslator('nl'), unexplained).explanation).toBe('Deze regel meldt een fout waarvoor dit hulpprogramma geen uitleg heeft.');
  });

  it('says what a BITS HTTP error carries in the reader\'s language', () => {
    const bits = classifyEntry(entry('BITS job failed, error 0x80190197'))!;
    expect(describeFinding(createTranslator('nl'), bits).explanation).toContain('0x80190197 BG_E_HTTP_ERROR_407: BITS: de server antwoordde HTTP 407');
  });
});
