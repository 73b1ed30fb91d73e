/**
 * The application version, written into every result document and report.
 *
 * Kept in step with package.json by a test (`test/shared/version.test.ts`), because `shared` cannot
 * read package.json at run time in every layer it runs in.
 */
export const APP_VERSION = '0.1.0';
