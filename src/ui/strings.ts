/**
 * Looks up a UI string by key, filling `{name}` slots; `{count}` also picks the plural form. Keys live in
 * src/content/locales/*.json; a test checks that every key used in src/ exists in every language and none is unused.
 */
export type Translate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;
