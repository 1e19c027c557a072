/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-handout.h — PtHandout: a workshop laid out on pages, for printing and
 * for PDF: the triangle on page one, then the factors, links, actions and,
 * if wanted, a sheet for reflection. cairo and Pango only, so the printer
 * and the command line draw the same pages. */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

typedef enum {
  PT_HANDOUT_TRIANGLE   = 1 << 0,   /* page one: the triangle, large */
  PT_HANDOUT_FACTORS    = 1 << 1,   /* the factors per dimension */
  PT_HANDOUT_LINKS      = 1 << 2,   /* the links and the actions */
  PT_HANDOUT_REFLECTION = 1 << 3,   /* the cycle's questions, with lines to write on */
  PT_HANDOUT_JOURNAL    = 1 << 4,   /* every round's notes; alone, the journal printed */
} PtHandoutParts;

#define PT_HANDOUT_DEFAULT_PARTS (PT_HANDOUT_TRIANGLE | PT_HANDOUT_FACTORS | PT_HANDOUT_LINKS | PT_HANDOUT_JOURNAL)

/* Nothing on paper is smaller than this (points). */
#define PT_HANDOUT_MIN_TEXT 8.0

#define PT_TYPE_HANDOUT (pt_handout_get_type ())
G_DECLARE_FINAL_TYPE (PtHandout, pt_handout, PT, HANDOUT, GObject)

PtHandout *pt_handout_new          (PtWorkshop     *workshop,
                                    PtHandoutParts  parts,
                                    gboolean        include_private,
                                    double          page_width,
                                    double          page_height);
guint      pt_handout_get_n_pages  (PtHandout      *self);
void       pt_handout_draw_page    (PtHandout      *self,
                                    cairo_t        *cr,
                                    guint           page);

G_END_DECLS
