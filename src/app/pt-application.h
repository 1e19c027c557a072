/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-application.h — PtApplication: the GtkApplication; one window per
 * workshop, and the command-line options that never start GTK. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_APPLICATION (pt_application_get_type ())
G_DECLARE_FINAL_TYPE (PtApplication, pt_application, PT, APPLICATION, GtkApplication)

PtApplication *pt_application_new (void);

G_END_DECLS
