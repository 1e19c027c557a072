/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-date-button.h — PtDateButton: a button that shows a date and picks
 * another from a calendar, or none. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_DATE_BUTTON (pt_date_button_get_type ())
G_DECLARE_FINAL_TYPE (PtDateButton, pt_date_button, PT, DATE_BUTTON, GtkWidget)

GtkWidget  *pt_date_button_new      (void);
void        pt_date_button_set_name (PtDateButton *self,
                                     const char   *name);
const char *pt_date_button_get_date (PtDateButton *self);
void        pt_date_button_set_date (PtDateButton *self,
                                     const char   *iso_date);

G_END_DECLS
