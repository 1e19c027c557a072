/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-voices-view.h — PtVoicesView: whose voice fills the triangle — the
 * participants, how many factors each side raised, and a highlight for one
 * perspective. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_VOICES_VIEW (pt_voices_view_get_type ())
G_DECLARE_FINAL_TYPE (PtVoicesView, pt_voices_view, PT, VOICES_VIEW, GtkWidget)

void  pt_voices_view_set_workshop  (PtVoicesView *self,
                                    PtWorkshop   *workshop);
int   pt_voices_view_get_highlight (PtVoicesView *self);
char *pt_voices_summary            (PtWorkshop   *workshop);

G_END_DECLS
