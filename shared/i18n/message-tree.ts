/**
 * The shape of a translation table: the same keys as the English one, any string values.
 *
 * A language file typed with it fails to compile when it misses a key of English or adds one, so
 * completeness is checked before any test runs; the i18n test checks the rest (placeholders kept,
 * nothing left in English).
 */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
