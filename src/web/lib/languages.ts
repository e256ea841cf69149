/** Languages a group may list; codes are ISO 639-1, names come from the browser in the member's language. */
export const GROUP_LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'it', 'zh', 'vi', 'ar', 'tl', 'ko', 'ru'] as const;

export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}
