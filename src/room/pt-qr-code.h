/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-qr-code.h — a QR code drawn with cairo, for the room's URL. */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

gboolean pt_qr_code_draw (cairo_t    *cr,
                          const char *text,
                          double      x,
                          double      y,
                          double      size);

G_END_DECLS
