/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-actions-view.h — PtActionsView: what the group decided to do: each
 * action with the factors it is about, owner, due date and status. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_ACTIONS_VIEW (pt_actions_view_get_type ())
G_DECLARE_FINAL_TYPE (PtActionsView, pt_actions_view, PT, ACTIONS_VIEW, GtkWidget)

void      pt_actions_view_set_workshop (PtActionsView *self,
                                        PtWorkshop    *workshop);
PtAction *pt_actions_view_add_for      (PtActionsView *self,
                                        PtFactor      *factor);
void      pt_actions_view_commit       (PtActionsView *self);

G_END_DECLS
