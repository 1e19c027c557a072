/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-widget-fonts.c — see pt-widget-fonts.h.
 *
 * Which fonts the widgets draw with is known only once GTK has started and
 * read the desktop's settings and the theme, well into start-up. They are
 * the same from one start to the next unless the desktop changes, so the
 * font warm-up (pt-warm-up.c) keeps the last ones in the user's cache
 * and loads them before GTK can say; a start that finds them changed loads
 * the new ones and keeps those.
 *
 * The file is only ever a hint: one that cannot be read, or reads as
 * something no desktop would set (a hundred fonts, a 5000-point size),
 * counts as none.
 */
#include "config.h"

#include "pt-start-cache.h"
#include "pt-widget-fonts.h"

#define GROUP "Widget Fonts"

/* Beyond these, a file was not written by this app. */
#define MAX_FONTS       8
#define MAX_FONT_SIZE   300   /* points, or pixels as GTK's style gives */
#define MIN_RESOLUTION  24.0
#define MAX_RESOLUTION  1000.0

void
pt_widget_fonts_free (PtWidgetFonts *fonts)
{
  if (fonts == NULL)
    return;
  g_clear_pointer (&fonts->options, cairo_font_options_destroy);
  g_clear_pointer (&fonts->fonts, g_ptr_array_unref);
  g_free (fonts);
}

static gboolean
options_equal (const cairo_font_options_t *a,
               const cairo_font_options_t *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return cairo_font_options_equal (a, b);
}

gboolean
pt_widget_fonts_equal (const PtWidgetFonts *a,
                       const PtWidgetFonts *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!options_equal (a->options, b->options) || a->resolution != b->resolution ||
      (a->fonts == NULL) != (b->fonts == NULL))
    return FALSE;
  if (a->fonts == NULL)
    return TRUE;
  if (a->fonts->len != b->fonts->len)
    return FALSE;
  for (guint i = 0; i < a->fonts->len; i++)
    if (!pango_font_description_equal (g_ptr_array_index (a->fonts, i), g_ptr_array_index (b->fonts, i)))
      return FALSE;
  return TRUE;
}

/* A font a desktop could have set: a family and a size. */
static gboolean
font_is_plausible (const PangoFontDescription *font)
{
  const char *family = pango_font_description_get_family (font);
  int size = pango_font_description_get_size (font);

  return family != NULL && family[0] != '\0' && size > 0 && size <= MAX_FONT_SIZE * PANGO_SCALE;
}

static gboolean
read_fonts (GKeyFile      *file,
            PtWidgetFonts *fonts)
{
  g_auto(GStrv) names = NULL;
  gsize n = 0;

  names = g_key_file_get_string_list (file, GROUP, "fonts", &n, NULL);
  if (names == NULL || n == 0 || n > MAX_FONTS)
    return FALSE;
  fonts->fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_font_description_free);
  for (gsize i = 0; i < n; i++)
    {
      PangoFontDescription *font = pango_font_description_from_string (names[i]);

      g_ptr_array_add (fonts->fonts, font);
      if (!font_is_plausible (font))
        return FALSE;
    }
  return TRUE;
}

/* cairo's font options as four numbers, each within its enumeration. */
static gboolean
read_options (GKeyFile      *file,
              PtWidgetFonts *fonts)
{
  g_autofree int *values = NULL;
  gsize n = 0;

  if (!g_key_file_has_key (file, GROUP, "options", NULL))
    return TRUE;
  values = g_key_file_get_integer_list (file, GROUP, "options", &n, NULL);
  if (values == NULL || n != 4 ||
      values[0] < CAIRO_ANTIALIAS_DEFAULT || values[0] > CAIRO_ANTIALIAS_BEST ||
      values[1] < CAIRO_SUBPIXEL_ORDER_DEFAULT || values[1] > CAIRO_SUBPIXEL_ORDER_VBGR ||
      values[2] < CAIRO_HINT_STYLE_DEFAULT || values[2] > CAIRO_HINT_STYLE_FULL ||
      values[3] < CAIRO_HINT_METRICS_DEFAULT || values[3] > CAIRO_HINT_METRICS_ON)
    return FALSE;
  fonts->options = cairo_font_options_create ();
  cairo_font_options_set_antialias (fonts->options, values[0]);
  cairo_font_options_set_subpixel_order (fonts->options, values[1]);
  cairo_font_options_set_hint_style (fonts->options, values[2]);
  cairo_font_options_set_hint_metrics (fonts->options, values[3]);
  return TRUE;
}

/* The fonts kept at @path, or NULL: none kept, or not kept by this app. */
PtWidgetFonts *
pt_widget_fonts_read (const char *path)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(PtWidgetFonts) fonts = g_new0 (PtWidgetFonts, 1);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("The widgets' fonts kept in %s are not read: %s", path, error->message);
      return NULL;
    }
  fonts->resolution = g_key_file_get_double (file, GROUP, "resolution", NULL);
  if (!(fonts->resolution >= MIN_RESOLUTION && fonts->resolution <= MAX_RESOLUTION) ||
      !read_fonts (file, fonts) || !read_options (file, fonts))
    {
      g_debug ("The widgets' fonts kept in %s are not ones this app keeps", path);
      return NULL;
    }
  return g_steal_pointer (&fonts);
}

/* See pt_start_cache_write (). */
gboolean
pt_widget_fonts_write (const PtWidgetFonts *fonts,
                       const char          *path,
                       GError             **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (fonts != NULL && fonts->fonts != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; i < fonts->fonts->len; i++)
    g_ptr_array_add (names, pango_font_description_to_string (g_ptr_array_index (fonts->fonts, i)));
  g_key_file_set_string_list (file, GROUP, "fonts", (const char *const *) names->pdata, names->len);
  g_key_file_set_double (file, GROUP, "resolution", fonts->resolution);
  if (fonts->options != NULL)
    {
      int values[] = {
        cairo_font_options_get_antialias (fonts->options),
        cairo_font_options_get_subpixel_order (fonts->options),
        cairo_font_options_get_hint_style (fonts->options),
        cairo_font_options_get_hint_metrics (fonts->options),
      };

      g_key_file_set_integer_list (file, GROUP, "options", values, G_N_ELEMENTS (values));
    }
  return pt_start_cache_write (path, file, error);
}
