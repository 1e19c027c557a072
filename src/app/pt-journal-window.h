/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-window.h — PtJournalWindow: the whole journal in a window of
 * its own, every round's notes in order, searchable, exported as text. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_JOURNAL_WINDOW (pt_journal_window_get_type ())
G_DECLARE_FINAL_TYPE (PtJournalWindow, pt_journal_window, PT, JOURNAL_WINDOW, GtkWindow)

PtJournalWindow *pt_journal_window_new        (GtkWindow       *parent,
                                               PtWorkshop      *workshop);
void             pt_journal_window_set_query  (PtJournalWindow *self,
                                               const char      *query);
guint            pt_journal_window_get_n_shown (PtJournalWindow *self);

G_END_DECLS
