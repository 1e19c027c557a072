/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-entry.h — PtJournalEntry: a note written during one step of one round of the cycle.
 *
 * Read it through the getters; change it through pt_workshop_set (), which
 * records the change in the workshop's undo history.
 */
#pragma once

#include "pt-item.h"
#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TYPE_JOURNAL_ENTRY (pt_journal_entry_get_type ())
G_DECLARE_FINAL_TYPE (PtJournalEntry, pt_journal_entry, PT, JOURNAL_ENTRY, PtItem)

PtCycleStep pt_journal_entry_get_step (PtJournalEntry *self);
guint pt_journal_entry_get_round (PtJournalEntry *self);
const char *pt_journal_entry_get_text (PtJournalEntry *self);
gboolean pt_journal_entry_get_private (PtJournalEntry *self);
const char *pt_journal_entry_get_created (PtJournalEntry *self);
const char *pt_journal_entry_get_changed (PtJournalEntry *self);
char *pt_journal_entry_title (PtJournalEntry *self);

G_END_DECLS
