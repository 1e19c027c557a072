/* pt-pango.h — the render layer's text: one way to make Pango contexts
 * and layouts, so cards, pages and labels measure alike. */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

PangoContext *pt_pango_context_new (void);
PangoLayout  *pt_pango_layout_new  (PangoContext *context,
                                    const char   *text,
                                    double        size,
                                    gboolean      bold,
                                    gboolean      italic);

G_END_DECLS
