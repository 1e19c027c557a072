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

static const PtColor pt_ink            = PT_RGB (0x241f31);  /* text and outlines */
static const PtColor pt_ink_soft       = PT_RGB (0x5e5c64);
static const PtColor pt_zone_fill      = PT_RGB (0xf4f2ee);
static const PtColor pt_zone_highlight = PT_RGB (0xffe88a);
static const PtColor pt_centre_fill    = PT_RGB (0xffffff);
static const PtColor pt_tray_fill      = PT_RGB (0xfafafa);
static const PtColor pt_barrier_fill   = PT_RGB (0xfbd7b0);
static const PtColor pt_barrier_edge   = PT_RGB (0xa04a00);
static const PtColor pt_enabler_fill   = PT_RGB (0xc7e0f4);
static const PtColor pt_enabler_edge   = PT_RGB (0x0b5a96);
static const PtColor pt_accent         = PT_RGB (0x1c71d8);  /* current step, selection */
static const PtColor pt_ring_idle      = PT_RGB (0xb5b3ae);

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
#define PT_RING_OFFSET         34.0
