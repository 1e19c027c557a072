/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal.h — a workshop's journal read as one: every round's notes in
 * order, as text to search, to paste into a report (Markdown or plain
 * text), or to show. */
#pragma once

#include "pt-journal-entry.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

GPtrArray *pt_journal_entries_in_order (PtWorkshop     *workshop,
                                        gboolean        include_private);
char      *pt_journal_round_title      (PtWorkshop     *workshop,
                                        guint           round);
gboolean   pt_journal_entry_matches    (PtJournalEntry *entry,
                                        const char     *query);
char      *pt_journal_to_text          (PtWorkshop     *workshop,
                                        gboolean        markdown,
                                        gboolean        include_private);

G_END_DECLS
