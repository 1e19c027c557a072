/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-widget-fonts.h — the fonts a window's widgets draw with, and how, as
 * the desktop and the theme have them; kept from one start to the next. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct
{
  cairo_font_options_t *options;     /* or NULL: cairo's defaults */
  double                resolution;  /* dots per inch */
  GPtrArray            *fonts;       /* PangoFontDescription, or NULL */
} PtWidgetFonts;

void           pt_widget_fonts_free  (PtWidgetFonts       *fonts);
gboolean       pt_widget_fonts_equal (const PtWidgetFonts *a,
                                      const PtWidgetFonts *b);
PtWidgetFonts *pt_widget_fonts_read  (const char          *path);
gboolean       pt_widget_fonts_write (const PtWidgetFonts *fonts,
                                      const char          *path,
                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtWidgetFonts, pt_widget_fonts_free)

G_END_DECLS
