/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-qr-code.c — a QR code drawn with cairo (libqrencode makes it).
 *
 * Black modules on white, with the quiet zone of four modules a reader
 * needs around it, each module a whole number of device pixels where the
 * size allows, so a phone across the room reads it off a washed-out
 * projector.
 */
#define G_LOG_DOMAIN "pt-room"

#include "config.h"

#include <math.h>
#include <qrencode.h>

#include "pt-qr-code.h"

#define QUIET_ZONE 4

/* Draws text as a QR code in the square at (x, y) of side size, quiet
 * zone included. FALSE if it cannot be encoded (nothing is drawn). */
gboolean
pt_qr_code_draw (cairo_t    *cr,
                 const char *text,
                 double      x,
                 double      y,
                 double      size)
{
  QRcode *code;
  double module;
  int n;

  g_return_val_if_fail (cr != NULL && text != NULL, FALSE);

  code = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == NULL)
    return FALSE;
  n = code->width + 2 * QUIET_ZONE;
  module = size / n;
  if (module >= 2)
    module = floor (module);
  x += (size - module * n) / 2;
  y += (size - module * n) / 2;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, module * n, module * n);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int row = 0; row < code->width; row++)
    for (int column = 0; column < code->width; column++)
      if (code->data[row * code->width + column] & 1)
        cairo_rectangle (cr, x + (column + QUIET_ZONE) * module, y + (row + QUIET_ZONE) * module,
                         module, module);
  cairo_fill (cr);
  cairo_restore (cr);
  QRcode_free (code);
  return TRUE;
}
