/* pt-pango.c — Pango contexts and layouts for drawing that scales.
 *
 * Hinting off: the same text measures the same at every zoom level and on
 * every surface (screen, printer, PDF), so what fits on screen fits on
 * paper. Sizes are absolute, in the units of the cairo context drawn to.
 */
#define G_LOG_DOMAIN "pt-render"

#include "pt-pango.h"

PangoContext *
pt_pango_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

PangoLayout *
pt_pango_layout_new (PangoContext *context,
                     const char   *text,
                     double        size,
                     gboolean      bold,
                     gboolean      italic)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}
