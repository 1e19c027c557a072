/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-details-window.h — PtDetailsWindow: a workshop's details — title,
 * focus question, place, date, facilitator — and its dimensions' names. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_DETAILS_WINDOW (pt_details_window_get_type ())
G_DECLARE_FINAL_TYPE (PtDetailsWindow, pt_details_window, PT, DETAILS_WINDOW, GtkWindow)

GtkWindow *pt_details_window_new    (GtkWindow   *parent,
                                     PtWorkshop  *workshop);
void       pt_details_window_apply  (PtDetailsWindow *self);

G_END_DECLS
