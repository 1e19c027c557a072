/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-projector-window.h — PtProjectorWindow: the workshop as the room sees
 * it, on a second screen, mirrored live from the editing window. */
#pragma once

#include <gtk/gtk.h>

#include "pt-canvas.h"
#include "pt-step-timer.h"
#include "pt-room.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_PROJECTOR_WINDOW (pt_projector_window_get_type ())
G_DECLARE_FINAL_TYPE (PtProjectorWindow, pt_projector_window, PT, PROJECTOR_WINDOW, GtkWindow)

PtProjectorWindow *pt_projector_window_new          (GtkWindow         *parent,
                                                     PtWorkshop        *workshop,
                                                     PtStepTimer       *timer);
void               pt_projector_window_set_workshop (PtProjectorWindow *self,
                                                     PtWorkshop        *workshop);
void               pt_projector_window_set_room     (PtProjectorWindow *self,
                                                     PtRoom            *room);
PtCanvas          *pt_projector_window_get_canvas   (PtProjectorWindow *self);

G_END_DECLS
