/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-settings.c — the settings schema is installed and compiled, and the
 * language setting makes an English session speak Swedish: a facilitator
 * with an English laptop can run a Swedish workshop. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pt-settings.h"

static void
test_schema_keys (void)
{
  GSettings *settings = pt_settings_get ();

  g_assert_nonnull (settings);
  g_assert_cmpint (g_settings_get_enum (settings, "language"), ==, PT_LANGUAGE_SYSTEM);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1280);
  g_assert_true (g_settings_get_boolean (settings, "show-panel"));
  /* Absurd values are refused by the schema's ranges. */
  {
    g_autoptr(GSettingsSchema) schema = NULL;
    g_autoptr(GSettingsSchemaKey) width = NULL;
    g_autoptr(GSettingsSchemaKey) minutes = NULL;
    g_autoptr(GVariant) zero = g_variant_ref_sink (g_variant_new_int32 (0));
    g_autoptr(GVariant) huge = g_variant_ref_sink (g_variant_new_int32 (600));

    g_object_get (settings, "settings-schema", &schema, NULL);
    width = g_settings_schema_get_key (schema, "window-width");
    minutes = g_settings_schema_get_key (schema, "timer-minutes");
    g_assert_false (g_settings_schema_key_range_check (width, zero));
    g_assert_false (g_settings_schema_key_range_check (minutes, huge));
  }
}

/* Starts as a fresh process would: the environment's language, then the
 * setting, then the first translation. */
static const char *
start_with (const char *environment_language,
            const char *environment_locale,
            PtLanguage  setting)
{
  GSettings *settings = pt_settings_get ();

  g_setenv ("LANGUAGE", environment_language, TRUE);
  setlocale (LC_ALL, environment_locale);
  g_settings_set_enum (settings, "language", setting);
  pt_language_apply_setting (settings);
  return _("Power Triangle");
}

/* An English laptop (even one in the C locale) runs a Swedish workshop. */
static void
test_swedish_on_english_system (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpstr (start_with ("en", "C", PT_LANGUAGE_SWEDISH), ==, "Makttriangeln");
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "sv");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_english_on_swedish_system (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpstr (start_with ("sv", "C.UTF-8", PT_LANGUAGE_ENGLISH), ==, "Power Triangle");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_system_language (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpstr (start_with ("sv", "C.UTF-8", PT_LANGUAGE_SYSTEM), ==, "Makttriangeln");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("POWER_TRIANGLE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/schema-keys", test_schema_keys);
  g_test_add_func ("/settings/language/swedish-on-english-system", test_swedish_on_english_system);
  g_test_add_func ("/settings/language/english-on-swedish-system", test_english_on_swedish_system);
  g_test_add_func ("/settings/language/system", test_system_language);

  return g_test_run ();
}
