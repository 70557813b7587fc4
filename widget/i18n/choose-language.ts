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
    // `fr-CA` is French; `frr` (North Frisian) is another language that only shares the first letters.
    const language = /^(en|fr)(?:-|$)/i.exec(tag)?.[1]?.toLowerCase();
    if (language === 'en' || language === 'fr') return language;
  }
  return 'en';
}
