/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-settings.c — finding the settings, and the language setting.
 *
 * The interface language is chosen once, at start-up, before any text is
 * translated: GTK and our own strings cannot be re-translated while they
 * are on screen, so a change takes effect at the next start (the
 * Preferences window says so).
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "pt-settings.h"

/* The settings object, or NULL when the schema is not installed. */
GSettings *
pt_settings_get (void)
{
  static GSettings *settings;
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_debug ("Settings schema %s not installed; using defaults", APPLICATION_ID);
      g_once_init_leave (&initialised, 1);
    }
  return settings;
}

/* Makes gettext speak the chosen language. Call after setlocale (LC_ALL, "")
 * and before anything is translated. */
void
pt_language_apply_setting (GSettings *settings)
{
  PtLanguage language;
  const char *messages;

  if (settings == NULL)
    return;
  language = g_settings_get_enum (settings, "language");
  if (language == PT_LANGUAGE_SYSTEM)
    return;

  g_setenv ("LANGUAGE", language == PT_LANGUAGE_SWEDISH ? "sv" : "en", TRUE);

  /* gettext ignores LANGUAGE in the C locale; C.UTF-8 is still C in every
   * other respect. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");
  /* Setting the locale again makes gettext notice the new LANGUAGE (the
   * string setlocale returns is its own, so copy it first). */
  {
    g_autofree char *current = g_strdup (setlocale (LC_MESSAGES, NULL));

    setlocale (LC_MESSAGES, current);
  }
}
