/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-accessible.h — names a screen reader reads for controls that GTK 4.8
 * would name by a class ("GtkImage", "GtkMenuButton") or by a mnemonic
 * label read twice, underscore and all. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *pt_accessible_strip_mnemonic (const char *label);
void  pt_accessible_name_controls  (GtkWidget  *root);
void  pt_accessible_name_composite (GtkWidget  *outer,
                                    GtkWidget  *inner,
                                    const char *name,
                                    const char *value);

G_END_DECLS
