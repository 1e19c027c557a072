/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-palette.h — the colours and sizes everything is drawn with.
 *
 * Barrier and enabler are orange and blue, a pair that stays apart for the
 * common colour-vision deficiencies; they never carry meaning alone (cards
 * also differ by mark and border, links by line style). Nothing essential is
 * light, so a grey-scale print and a washed-out projector keep it.
 */
#pragma once

typedef struct
{
  double r, g, b;
} PtColor;

#define PT_RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Everything a scene is drawn with. Text is drawn in ink, ink_soft or
 * accent on paper and the fills; tests/test-render.c holds those pairs to
 * WCAG contrast: 4.5:1 in the normal palette, 7:1 in high contrast. */
typedef struct
{
  PtColor paper;           /* around the triangle */
  PtColor ink;             /* text and outlines */
  PtColor ink_soft;
  PtColor zone_fill;
  PtColor zone_highlight;
  PtColor centre_fill;
  PtColor tray_fill;
  PtColor barrier_fill;
  PtColor barrier_edge;
  PtColor enabler_fill;
  PtColor enabler_edge;
  PtColor accent;          /* current step, selection */
  PtColor ring_idle;
} PtPalette;

/* For the screen and for paper. */
extern const PtPalette pt_palette_normal;
/* For a projector in a bright room, six metres away. */
extern const PtPalette pt_palette_high_contrast;

double pt_color_contrast (const PtColor *a,
                          const PtColor *b);

/* Sizes in scene units (the triangle's side is 1000). */
#define PT_CARD_WIDTH          150.0
#define PT_CARD_MIN_HEIGHT     44.0
#define PT_CARD_PADDING        7.0
#define PT_CARD_MARK_SIZE      18.0
#define PT_CARD_RADIUS         8.0
#define PT_CARD_MAX_LINES      6
#define PT_CARD_FONT_SIZE      14.0
#define PT_LABEL_FONT_SIZE     28.0
#define PT_QUESTION_FONT_SIZE  20.0
#define PT_STEP_FONT_SIZE      21.0
#define PT_COUNT_FONT_SIZE     20.0
#define PT_RING_OFFSET         34.0
