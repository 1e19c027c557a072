/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-text-view.h — a multi-line field's whole text, read and written as a
 * string, for the side panel's fields that hold more than a line. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *pt_text_view_get_text (GtkTextView *view);
void  pt_text_view_set_text (GtkTextView *view,
                             const char  *text);

G_END_DECLS
