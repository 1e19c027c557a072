/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-outline.h — PtOutline: every factor in a list, grouped by dimension
 * and polarity, the most-voted first: the canvas for the keyboard, a
 * screen reader and the wall. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_OUTLINE (pt_outline_get_type ())
G_DECLARE_FINAL_TYPE (PtOutline, pt_outline, PT, OUTLINE, GtkWidget)

void pt_outline_set_workshop (PtOutline  *self,
                              PtWorkshop *workshop);
guint pt_outline_count_drawn (PtOutline  *self);

G_END_DECLS
