/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal.c — a workshop's journal read as one (see the header). */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pt-journal.h"
#include "pt-snapshot.h"
#include "pt-text.h"

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  PtJournalEntry *ea = *(PtJournalEntry **) a, *eb = *(PtJournalEntry **) b;
  guint ra = pt_journal_entry_get_round (ea), rb = pt_journal_entry_get_round (eb);

  if (ra != rb)
    return ra < rb ? -1 : 1;
  return (int) pt_journal_entry_get_step (ea) - (int) pt_journal_entry_get_step (eb);
}

/* The notes with something written in them, round by round and step by
 * step; private ones only if asked for. A new array of borrowed entries. */
GPtrArray *
pt_journal_entries_in_order (PtWorkshop *workshop,
                             gboolean    include_private)
{
  GPtrArray *all = pt_workshop_get_items (workshop, PT_ITEM_KIND_JOURNAL_ENTRY);
  GPtrArray *entries = g_ptr_array_sized_new (all->len);

  for (guint i = 0; i < all->len; i++)
    {
      PtJournalEntry *entry = g_ptr_array_index (all, i);

      if (pt_journal_entry_get_text (entry)[0] != '\0' && (include_private || !pt_journal_entry_get_private (entry)))
        g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

/* "Round 1 · closed 16 Mar 2021", or "Round 2" while it is open. */
char *
pt_journal_round_title (PtWorkshop *workshop,
                        guint       round)
{
  PtSnapshot *snapshot = pt_workshop_get_snapshot (workshop, round);
  g_autofree char *date = NULL;

  if (snapshot != NULL && strlen (pt_snapshot_get_taken (snapshot)) >= 10)
    {
      g_autofree char *day = g_strndup (pt_snapshot_get_taken (snapshot), 10);

      date = pt_format_date (day);
    }
  if (date != NULL)
    /* Translators: a round in the journal: "Round 1 · closed 16 Mar 2021" */
    return g_strdup_printf (_("Round %u · closed %s"), round, date);
  /* Translators: a round in the journal that is not closed yet */
  return g_strdup_printf (_("Round %u"), round);
}

/* Whether a note's text or heading holds query, ignoring case. */
gboolean
pt_journal_entry_matches (PtJournalEntry *entry,
                          const char     *query)
{
  g_autofree char *needle = NULL, *text = NULL, *title = NULL, *heading = NULL;

  if (query == NULL || query[0] == '\0')
    return TRUE;
  needle = g_utf8_casefold (query, -1);
  text = g_utf8_casefold (pt_journal_entry_get_text (entry), -1);
  heading = pt_journal_entry_title (entry);
  title = g_utf8_casefold (heading, -1);
  return strstr (text, needle) != NULL || strstr (title, needle) != NULL;
}

/* The whole journal as text for a report: the workshop's title, then each
 * round and its notes under their headings (with their dates, private
 * ones marked), as Markdown or as plain text. */
char *
pt_journal_to_text (PtWorkshop *workshop,
                    gboolean    markdown,
                    gboolean    include_private)
{
  g_autoptr(GPtrArray) entries = pt_journal_entries_in_order (workshop, include_private);
  GString *out = g_string_new (NULL);
  const char *title = pt_workshop_get_title (workshop);
  guint round = 0;

  /* Translators: the first line of a journal exported as text */
  g_string_append_printf (out, "%s%s\n\n", markdown ? "# " : "", title[0] != '\0' ? title : _("Journal"));
  for (guint i = 0; i < entries->len; i++)
    {
      PtJournalEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *heading = pt_journal_entry_title (entry);

      if (pt_journal_entry_get_round (entry) != round)
        {
          g_autofree char *round_title = NULL;

          round = pt_journal_entry_get_round (entry);
          round_title = pt_journal_round_title (workshop, round);
          g_string_append_printf (out, "%s%s\n\n", markdown ? "## " : "", round_title);
        }
      g_string_append_printf (out, "%s%s\n\n%s\n\n", markdown ? "### " : "", heading,
                              pt_journal_entry_get_text (entry));
    }
  return g_string_free (out, FALSE);
}
