/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-palette.c — the two palettes, and the contrast ratio they are held to. */
#include "config.h"

#include <glib.h>
#include <math.h>

#include "pt-palette.h"

const PtPalette pt_palette_normal = {
  .paper          = PT_RGB (0xffffff),
  .ink            = PT_RGB (0x241f31),
  .ink_soft       = PT_RGB (0x5e5c64),
  .zone_fill      = PT_RGB (0xf4f2ee),
  .zone_highlight = PT_RGB (0xffe88a),
  .centre_fill    = PT_RGB (0xffffff),
  .tray_fill      = PT_RGB (0xfafafa),
  .barrier_fill   = PT_RGB (0xfbd7b0),
  .barrier_edge   = PT_RGB (0xa04a00),
  .enabler_fill   = PT_RGB (0xc7e0f4),
  .enabler_edge   = PT_RGB (0x0b5a96),
  .accent         = PT_RGB (0x1a5fb4),
  .ring_idle      = PT_RGB (0xb5b3ae),
};

/* Black on white, fills kept pale and edges dark, so that the colours
 * still tell barrier from enabler without costing the text any contrast. */
const PtPalette pt_palette_high_contrast = {
  .paper          = PT_RGB (0xffffff),
  .ink            = PT_RGB (0x000000),
  .ink_soft       = PT_RGB (0x2b2b2b),
  .zone_fill      = PT_RGB (0xffffff),
  .zone_highlight = PT_RGB (0xfff1a8),
  .centre_fill    = PT_RGB (0xffffff),
  .tray_fill      = PT_RGB (0xffffff),
  .barrier_fill   = PT_RGB (0xffe3c7),
  .barrier_edge   = PT_RGB (0x6b2e00),
  .enabler_fill   = PT_RGB (0xdcecff),
  .enabler_edge   = PT_RGB (0x00386b),
  .accent         = PT_RGB (0x003d99),
  .ring_idle      = PT_RGB (0x4d4d4d),
};

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const PtColor *c)
{
  return 0.2126 * channel (c->r) + 0.7152 * channel (c->g) + 0.0722 * channel (c->b);
}

/* The WCAG 2 contrast ratio, from 1 (none) to 21 (black on white). */
double
pt_color_contrast (const PtColor *a,
                   const PtColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
