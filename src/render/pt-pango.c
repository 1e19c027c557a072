/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-pango.c — Pango contexts and layouts for drawing that scales.
 *
 * Hinting off: the same text measures the same at every zoom level and on
 * every surface (screen, printer, PDF), so what fits on screen fits on
 * paper. Sizes are absolute, in the units of the cairo context drawn to.
 */
#define G_LOG_DOMAIN "pt-render"

#include <math.h>

#include "pt-pango.h"

/* Text made with pt_pango_text_new () is laid out at this size whatever
 * size it is drawn at, and drawn scaled: each font Pango loads costs a
 * fontconfig search and a sample text measured in it, and at one size the
 * canvas's labels, cards and counts need three fonts, not one for each
 * size as well (about 25 million instructions at start-up). Unhinted text
 * (above) measures the same laid out at one size and scaled as at the
 * other, but for rounding in Pango's 1/1024 of a unit. */
#define LAYOUT_SIZE 14.0

static GQuark
text_scale_quark (void)
{
  static gsize quark;

  /* Made once, whichever thread draws first. */
  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("pt-pango-text-scale"));
  return (GQuark) quark;
}

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
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Pango 1.44 and later put a hyphen wherever they break inside a word,
   * which is wrong for most words ("Underbemanni-ng"): a word too wide for
   * its card is broken where it must be, without one. */
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* A layout of text at size, laid out at LAYOUT_SIZE: measure it and draw
 * it with the pt_pango_text_ functions, which scale. */
PangoLayout *
pt_pango_text_new (PangoContext *context,
                   const char   *text,
                   double        size,
                   gboolean      bold,
                   gboolean      italic)
{
  PangoLayout *layout = pt_pango_layout_new (context, text, LAYOUT_SIZE, bold, italic);
  double scale = size / LAYOUT_SIZE;

  g_object_set_qdata_full (G_OBJECT (layout), text_scale_quark (), g_memdup2 (&scale, sizeof scale), g_free);
  return layout;
}

static double
get_scale (PangoLayout *layout)
{
  double *scale = g_object_get_qdata (G_OBJECT (layout), text_scale_quark ());

  return scale != NULL ? *scale : 1.0;
}

/* Wraps (or ellipsizes) at width, in the units the text is drawn in; -1
 * for none. */
void
pt_pango_text_set_width (PangoLayout *layout,
                         double       width)
{
  g_return_if_fail (PANGO_IS_LAYOUT (layout));
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width / get_scale (layout) * PANGO_SCALE));
}

/* The logical size, in the units the text is drawn in. */
void
pt_pango_text_get_size (PangoLayout *layout,
                        double      *width,
                        double      *height)
{
  double scale;
  int w, h;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  scale = get_scale (layout);
  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = w * scale / PANGO_SCALE;
  if (height != NULL)
    *height = h * scale / PANGO_SCALE;
}

/* Whether a line of the layout begins where a line may not break: inside
 * a word, as PANGO_WRAP_WORD_CHAR breaks one wider than the layout. */
gboolean
pt_pango_text_breaks_word (PangoLayout *layout)
{
  const PangoLogAttr *attrs;
  const char *text;
  int n_attrs;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), FALSE);

  text = pango_layout_get_text (layout);
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      glong offset;

      if (line->is_paragraph_start || line->start_index == 0)
        continue;
      offset = g_utf8_pointer_to_offset (text, text + line->start_index);
      if (offset < n_attrs && !attrs[offset].is_line_break)
        return TRUE;
    }
  return FALSE;
}

/* Whether the layout shows all its text, every word whole. */
gboolean
pt_pango_text_is_whole (PangoLayout *layout)
{
  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), FALSE);

  return !pango_layout_is_ellipsized (layout) && !pt_pango_text_breaks_word (layout);
}

/* As pango_layout_get_pixel_size () would give it at the drawn size: the
 * logical extents, out to whole units. */
void
pt_pango_text_get_pixel_size (PangoLayout *layout,
                              int         *width,
                              int         *height)
{
  PangoRectangle logical;
  double scale;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  scale = get_scale (layout) / PANGO_SCALE;
  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (int) (ceil ((logical.x + logical.width) * scale) - floor (logical.x * scale));
  if (height != NULL)
    *height = (int) (ceil ((logical.y + logical.height) * scale) - floor (logical.y * scale));
}

/* Draws the layout with its top left corner at cr's current point. */
void
pt_pango_text_show (cairo_t     *cr,
                    PangoLayout *layout)
{
  double scale, x, y;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  scale = get_scale (layout);
  if (scale == 1.0)
    {
      pango_cairo_show_layout (cr, layout);
      return;
    }
  cairo_get_current_point (cr, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}
