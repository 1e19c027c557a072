/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-entry.c — PtJournalEntry: a note written during one step of one round of the cycle.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-journal-entry.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

struct _PtJournalEntry
{
  PtItem parent_instance;

  PtCycleStep  step;
  guint        round;
  char        *text;
  gboolean     private;
};

G_DEFINE_FINAL_TYPE (PtJournalEntry, pt_journal_entry, PT_TYPE_ITEM)

static void
pt_journal_entry_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_JOURNAL_ENTRY);

  G_OBJECT_CLASS (pt_journal_entry_parent_class)->finalize (object);
}

static void
pt_journal_entry_class_init (PtJournalEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[4];

  object_class->finalize = pt_journal_entry_finalize;
  PT_ITEM_CLASS (klass)->id_prefix = "j";

  fields[0] = (PtField) PT_FIELD (PtJournalEntry, step,
                                  pt_param_enum ("step", PT_TYPE_CYCLE_STEP, PT_CYCLE_STEP_REACTION));
  fields[1] = (PtField) PT_FIELD (PtJournalEntry, round,
                                  pt_param_uint ("round", 1, PT_MAX_ROUND, 1));
  fields[2] = (PtField) PT_FIELD (PtJournalEntry, text,
                                  pt_param_string ("text"));
  fields[3] = (PtField) PT_FIELD (PtJournalEntry, private,
                                  pt_param_boolean ("private"));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pt_journal_entry_init (PtJournalEntry *self)
{
  pt_fields_init (self, PT_TYPE_JOURNAL_ENTRY);
}

PtCycleStep
pt_journal_entry_get_step (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), 0);
  return self->step;
}

guint
pt_journal_entry_get_round (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), 0);
  return self->round;
}

const char *
pt_journal_entry_get_text (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), NULL);
  return self->text;
}

gboolean
pt_journal_entry_get_private (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), FALSE);
  return self->private;
}
