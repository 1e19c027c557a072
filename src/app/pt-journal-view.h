/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-view.h — PtJournalView: a note for each step of each round,
 * written where the group is in the cycle, with the earlier ones below. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_JOURNAL_VIEW (pt_journal_view_get_type ())
G_DECLARE_FINAL_TYPE (PtJournalView, pt_journal_view, PT, JOURNAL_VIEW, GtkWidget)

void            pt_journal_view_set_workshop (PtJournalView *self,
                                              PtWorkshop    *workshop);
void            pt_journal_view_commit       (PtJournalView *self);
PtJournalEntry *pt_journal_find_entry        (PtWorkshop    *workshop,
                                              guint          round,
                                              PtCycleStep    step);

G_END_DECLS
