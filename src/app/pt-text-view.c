/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-text-view.c — a multi-line field's text as a string (see the header). */
#include "config.h"

#include "pt-text-view.h"

char *
pt_text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Only when it differs: setting the same text would move the cursor of
 * someone typing in it. */
void
pt_text_view_set_text (GtkTextView *view,
                       const char  *text)
{
  g_autofree char *current = pt_text_view_get_text (view);

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}
