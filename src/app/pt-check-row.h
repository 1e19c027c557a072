/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-check-row.h — PtCheckRow: a check button with a label that wraps,
 * side by side. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_CHECK_ROW (pt_check_row_get_type ())
G_DECLARE_FINAL_TYPE (PtCheckRow, pt_check_row, PT, CHECK_ROW, GtkWidget)

GtkWidget      *pt_check_row_new        (const char *label);
GtkCheckButton *pt_check_row_get_button (PtCheckRow *self);

G_END_DECLS
