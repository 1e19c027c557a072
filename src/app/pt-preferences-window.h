/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-preferences-window.h — PtPreferencesWindow: the application's few
 * preferences. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_PREFERENCES_WINDOW (pt_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PtPreferencesWindow, pt_preferences_window, PT, PREFERENCES_WINDOW, GtkWindow)

GtkWindow *pt_preferences_window_new (GtkWindow *parent);

G_END_DECLS
