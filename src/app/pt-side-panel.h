/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-side-panel.h — PtSidePanel: the editor for the selected factor or
 * link, and the outline of every factor by dimension and polarity — the
 * keyboard and screen-reader path to each of them. */
#pragma once

#include <gtk/gtk.h>

#include "pt-actions-view.h"
#include "pt-voices-view.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_SIDE_PANEL (pt_side_panel_get_type ())
G_DECLARE_FINAL_TYPE (PtSidePanel, pt_side_panel, PT, SIDE_PANEL, GtkWidget)

void pt_side_panel_set_workshop (PtSidePanel *self,
                                 PtWorkshop  *workshop);
void pt_side_panel_set_selection (PtSidePanel *self,
                                  GPtrArray   *factors,
                                  PtLink      *link);
void pt_side_panel_commit        (PtSidePanel *self);
void pt_side_panel_set_read_only (PtSidePanel *self,
                                  gboolean     read_only);
PtVoicesView *pt_side_panel_get_voices_view (PtSidePanel *self);
PtActionsView *pt_side_panel_get_actions_view (PtSidePanel *self);

G_END_DECLS
