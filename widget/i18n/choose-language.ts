import type { WidgetLocale } from '../../protocol/sites.js';

/**
 * The widget's language: the site's own when it set one, else the first of the visitor's preferred languages
 * (`navigator.languages`, most preferred first) that the widget speaks, else English.
 */
export function chooseLanguage(
  siteLocale: WidgetLocale | null,
  preferred: readonly string[] | undefined,
): WidgetLocale {
  if (siteLocale === 'en' || siteLocale === 'fr') return siteLocale;
  for (const tag of preferred ?? []) {
    const language = tag.slice(0, 2).toLowerCase();
    // A tag such as `frr` (North Frisian) shares the prefix but is another language.
    if ((language === 'en' || language === 'fr') && (tag.length === 2 || tag[2] === '-')) return language;
  }
  return 'en';
}
