/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-entry.c — PtJournalEntry: a note written during one step of one round of the cycle.
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

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
  char        *created;   /* ISO 8601 date and time, or "" in files from before */
  char        *changed;
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
  static PtField fields[6];

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
  /* When it was first written and last changed, so a journal kept over
   * weeks can be read as one. */
  fields[4] = (PtField) PT_FIELD (PtJournalEntry, created,
                                  pt_param_string ("created"));
  fields[5] = (PtField) PT_FIELD (PtJournalEntry, changed,
                                  pt_param_string ("changed"));
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

const char *
pt_journal_entry_get_created (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), NULL);
  return self->created;
}

const char *
pt_journal_entry_get_changed (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), NULL);
  return self->changed;
}

/* A note's heading wherever it is shown or printed: where in the cycle it
 * was written, when it was last changed, and whether it is private:
 * "Round 1 · Reaction · 16 Mar 2021 (private)". */
char *
pt_journal_entry_title (PtJournalEntry *self)
{
  g_autofree char *where = NULL, *date = NULL;
  char *title;
  const char *when;

  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), NULL);

  where = pt_cycle_step_title (self->round, self->step);
  when = self->changed[0] != '\0' ? self->changed : self->created;
  /* The date of an ISO 8601 date and time is its first ten characters. */
  if (strlen (when) >= 10)
    {
      g_autofree char *day = g_strndup (when, 10);

      date = pt_format_date (day);
    }
  /* Translators: a journal note's heading: "Round 1 · Reaction · 16 Mar 2021" */
  title = date != NULL ? g_strdup_printf (_("%s · %s"), where, date) : g_steal_pointer (&where);
  if (self->private)
    {
      /* Translators: a private journal note's heading: "Round 1 · Reaction (private)" */
      char *marked = g_strdup_printf (_("%s (private)"), title);

      g_free (title);
      title = marked;
    }
  return title;
}
