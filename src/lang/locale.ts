// The language parllint speaks to the user: --locale, else the config's
// `locale`, else the environment as gettext reads it (LC_ALL, then LC_MESSAGES,
// then LANG), else English. "pt_BR.UTF-8", "fr_CA" and "es-419" all count.
import {isLanguage, type Locale} from './languages.js'

/** The locale a POSIX locale name or language tag names, if it is one parllint speaks. */
export function localeOf(name: string | undefined): Locale | undefined {
  const language = name?.trim().toLowerCase().split(/[_.@-]/u)[0]
  return isLanguage(language) ? language : undefined
}

export function resolveLocale(options: {flag?: Locale; config?: Locale; env: NodeJS.ProcessEnv}): Locale {
  if (options.flag) return options.flag
  if (options.config) return options.config
  // The first variable that is set decides, as in gettext: LC_ALL=C means English even if LANG says otherwise.
  for (const variable of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = options.env[variable]
    if (value) return localeOf(value) ?? 'en'
  }
  return 'en'
}
