/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window.h — PtWindow: one workshop in one window. */
#pragma once

#include <gtk/gtk.h>

#include "pt-application.h"
#include "pt-canvas.h"
#include "pt-recovery.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_WINDOW (pt_window_get_type ())
G_DECLARE_FINAL_TYPE (PtWindow, pt_window, PT, WINDOW, GtkApplicationWindow)

PtWindow   *pt_window_new          (PtApplication *application);
gboolean    pt_window_open_file    (PtWindow      *self,
                                    GFile         *file);
void        pt_window_load_file    (PtWindow      *self,
                                    GFile         *file);
gboolean    pt_window_is_loading   (PtWindow      *self);
GFile      *pt_window_get_loading_file (PtWindow  *self);
gboolean    pt_window_save_to_file (PtWindow      *self,
                                    GFile         *file);
void        pt_window_set_workshop (PtWindow      *self,
                                    PtWorkshop    *workshop);
PtWorkshop *pt_window_get_workshop (PtWindow      *self);
GFile      *pt_window_get_file     (PtWindow      *self);
PtCanvas   *pt_window_get_canvas   (PtWindow      *self);
gboolean    pt_window_is_pristine  (PtWindow      *self);
const char *pt_window_get_error    (PtWindow      *self);
gboolean    pt_window_write_recovery (PtWindow    *self);
const char *pt_window_get_recovery_id (PtWindow   *self);
gboolean    pt_window_restore      (PtWindow      *self,
                                    const PtRecoveryEntry *entry,
                                    GError       **error);

G_END_DECLS
