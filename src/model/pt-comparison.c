/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-comparison.c — comparing a round with an earlier one. */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-comparison.h"
#include "pt-snapshot.h"

static GHashTable *
index_by_id (GPtrArray *items)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (index, (gpointer) pt_item_get_id (g_ptr_array_index (items, i)),
                         g_ptr_array_index (items, i));
  return index;
}

static GPtrArray *
new_list (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

PtComparison *
pt_comparison_new (PtSnapshot *earlier,
                   PtWorkshop *now)
{
  PtComparison *self;
  GPtrArray *then_factors, *now_factors, *then_links, *now_links;
  g_autoptr(GHashTable) then_f = NULL, then_l = NULL;
  g_autoptr(GHashTable) now_f = NULL, now_l = NULL;

  g_return_val_if_fail (PT_IS_SNAPSHOT (earlier), NULL);
  g_return_val_if_fail (PT_IS_WORKSHOP (now), NULL);

  self = g_new0 (PtComparison, 1);
  self->added = new_list ();
  self->removed = new_list ();
  self->moved = new_list ();
  self->polarity_changed = new_list ();
  self->links_added = new_list ();
  self->links_removed = new_list ();
  self->reworded = new_list ();
  self->votes_changed = new_list ();
  self->earlier = g_object_ref (earlier);
  self->now = g_object_ref (now);

  then_factors = pt_snapshot_get_factors (earlier);
  then_links = pt_snapshot_get_links (earlier);
  now_factors = pt_workshop_get_items (now, PT_ITEM_KIND_FACTOR);
  now_links = pt_workshop_get_items (now, PT_ITEM_KIND_LINK);
  then_f = index_by_id (then_factors);
  then_l = index_by_id (then_links);
  now_f = index_by_id (now_factors);
  now_l = index_by_id (now_links);

  for (guint i = 0; i < now_factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (now_factors, i);
      PtFactor *before = g_hash_table_lookup (then_f, pt_item_get_id (PT_ITEM (f)));

      if (before == NULL)
        g_ptr_array_add (self->added, g_object_ref (f));
      else
        {
          if (pt_factor_get_dimension (before) != pt_factor_get_dimension (f))
            g_ptr_array_add (self->moved, g_object_ref (f));
          if (pt_factor_get_polarity (before) != pt_factor_get_polarity (f))
            g_ptr_array_add (self->polarity_changed, g_object_ref (f));
          if (g_strcmp0 (pt_factor_get_text (before), pt_factor_get_text (f)) != 0)
            g_ptr_array_add (self->reworded, g_object_ref (f));
          if (pt_factor_get_votes (before) != pt_factor_get_votes (f))
            g_ptr_array_add (self->votes_changed, g_object_ref (f));
        }
    }
  for (guint i = 0; i < then_factors->len; i++)
    if (!g_hash_table_contains (now_f, pt_item_get_id (g_ptr_array_index (then_factors, i))))
      g_ptr_array_add (self->removed, g_object_ref (g_ptr_array_index (then_factors, i)));
  for (guint i = 0; i < now_links->len; i++)
    if (!g_hash_table_contains (then_l, pt_item_get_id (g_ptr_array_index (now_links, i))))
      g_ptr_array_add (self->links_added, g_object_ref (g_ptr_array_index (now_links, i)));
  for (guint i = 0; i < then_links->len; i++)
    if (!g_hash_table_contains (now_l, pt_item_get_id (g_ptr_array_index (then_links, i))))
      g_ptr_array_add (self->links_removed, g_object_ref (g_ptr_array_index (then_links, i)));
  return self;
}

guint
pt_comparison_n_changes (PtComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->added->len + self->removed->len + self->moved->len + self->polarity_changed->len +
         self->reworded->len + self->votes_changed->len + self->links_added->len + self->links_removed->len;
}

void
pt_comparison_free (PtComparison *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->added);
  g_ptr_array_unref (self->removed);
  g_ptr_array_unref (self->moved);
  g_ptr_array_unref (self->polarity_changed);
  g_ptr_array_unref (self->links_added);
  g_ptr_array_unref (self->links_removed);
  g_ptr_array_unref (self->reworded);
  g_ptr_array_unref (self->votes_changed);
  g_clear_object (&self->earlier);
  g_clear_object (&self->now);
  g_free (self);
}

typedef enum {
  ASPECT_PRESENCE,
  ASPECT_DIMENSION,
  ASPECT_POLARITY,
  ASPECT_TEXT,
  ASPECT_VOTES,
} Aspect;

/* The factor with id in a round's factors, or NULL. */
static PtFactor *
find_factor (GPtrArray  *factors,
             const char *id)
{
  for (guint i = 0; i < factors->len; i++)
    if (g_str_equal (pt_item_get_id (g_ptr_array_index (factors, i)), id))
      return g_ptr_array_index (factors, i);
  return NULL;
}

/* What a factor was in one respect, comparable as a string. */
static char *
aspect_of (PtFactor *factor,
           Aspect    aspect)
{
  if (factor == NULL)
    return NULL;
  switch (aspect)
    {
    case ASPECT_DIMENSION:
      return g_strdup_printf ("%d", pt_factor_get_dimension (factor));
    case ASPECT_POLARITY:
      return g_strdup_printf ("%d", pt_factor_get_polarity (factor));
    case ASPECT_TEXT:
      return g_strdup (pt_factor_get_text (factor));
    case ASPECT_VOTES:
      return g_strdup_printf ("%u", pt_factor_get_votes (factor));
    case ASPECT_PRESENCE:
    default:
      return g_strdup ("");
    }
}

/* The round in which the factor id took, in that respect, what it is at
 * the end: the last of the rounds after the earlier one (each as it was
 * closed, the one in progress as it is) in which it differed from the
 * round before. */
static guint
round_of_change (PtComparison *self,
                 const char   *id,
                 Aspect        aspect)
{
  guint from = pt_snapshot_get_round (self->earlier), to = pt_workshop_get_round (self->now);
  g_autofree char *before = aspect_of (find_factor (pt_snapshot_get_factors (self->earlier), id), aspect);
  guint changed = to;

  for (guint round = from + 1; round <= to; round++)
    {
      PtSnapshot *snapshot = round < to ? pt_workshop_get_snapshot (self->now, round) : NULL;
      GPtrArray *factors = snapshot != NULL ? pt_snapshot_get_factors (snapshot)
                                            : pt_workshop_get_items (self->now, PT_ITEM_KIND_FACTOR);
      g_autofree char *then = NULL;

      if (round < to && snapshot == NULL)
        continue;
      then = aspect_of (find_factor (factors, id), aspect);
      if (g_strcmp0 (then, before) != 0)
        changed = round;
      g_free (before);
      before = g_steal_pointer (&then);
    }
  return changed;
}

static void
comparison_line_free (gpointer data)
{
  PtComparisonLine *line = data;

  g_clear_object (&line->factor);
  g_free (line->text);
  g_free (line);
}

static void
add_line (GPtrArray  *lines,
          char       *text,
          PtFactor   *factor,
          gboolean    heading)
{
  PtComparisonLine *line = g_new0 (PtComparisonLine, 1);

  line->text = text;
  line->heading = heading;
  line->factor = factor != NULL ? g_object_ref (factor) : NULL;
  g_ptr_array_add (lines, line);
}

/* A heading, then a line for each factor: what became of it, and when. */
static void
add_factor_lines (PtComparison *self,
                  GPtrArray    *lines,
                  const char   *heading,
                  GPtrArray    *factors,
                  Aspect        aspect,
                  gboolean      now)
{
  GPtrArray *then_factors = pt_snapshot_get_factors (self->earlier);

  if (factors->len == 0)
    return;
  add_line (lines, g_strdup (heading), NULL, TRUE);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);
      PtFactor *before = find_factor (then_factors, pt_item_get_id (PT_ITEM (f)));
      const char *text = pt_factor_get_hidden (f) ? _("(face down)") : pt_factor_get_text (f);
      guint round = round_of_change (self, pt_item_get_id (PT_ITEM (f)), aspect);
      g_autofree char *what = NULL, *when = NULL;

      if (aspect == ASPECT_DIMENSION && before != NULL)
        /* Translators: what became of a factor: "Resources → Contexts" */
        what = g_strdup_printf (_("%s → %s"),
                                pt_workshop_get_dimension_label (self->now, pt_factor_get_dimension (before)),
                                pt_workshop_get_dimension_label (self->now, pt_factor_get_dimension (f)));
      else if (aspect == ASPECT_POLARITY && before != NULL)
        what = g_strdup_printf (_("%s → %s"), pt_polarity_to_label (pt_factor_get_polarity (before)),
                                pt_polarity_to_label (pt_factor_get_polarity (f)));
      else if (aspect == ASPECT_TEXT && before != NULL && !pt_factor_get_hidden (f))
        /* Translators: a factor reworded: "was “Understaffing”" */
        what = g_strdup_printf (_("was “%s”"), pt_factor_get_text (before));
      else if (aspect == ASPECT_VOTES && before != NULL)
        what = g_strdup_printf ("%u → %u", pt_factor_get_votes (before), pt_factor_get_votes (f));
      /* Translators: when a change was made, after it: "(round 2)" */
      when = g_strdup_printf (_(" (round %u)"), round);
      add_line (lines, g_strdup_printf ("• %s%s%s%s", text, what != NULL ? ": " : "", what != NULL ? what : "", when),
                now ? f : NULL, FALSE);
    }
}

/* What changed, line by line: headings (no factor), and under them a line
 * for each factor, with the factor as it is now (NULL for one removed),
 * so that a line can lead to its card. */
GPtrArray *
pt_comparison_lines (PtComparison *self)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (comparison_line_free);

  g_return_val_if_fail (self != NULL, lines);

  if (pt_comparison_n_changes (self) == 0)
    {
      add_line (lines, g_strdup (_("Nothing has changed since then.")), NULL, FALSE);
      return lines;
    }
  /* Translators: headings of the lists of changes since an earlier round */
  add_factor_lines (self, lines, _("Added:"), self->added, ASPECT_PRESENCE, TRUE);
  add_factor_lines (self, lines, _("Removed:"), self->removed, ASPECT_PRESENCE, FALSE);
  add_factor_lines (self, lines, _("Moved to another dimension:"), self->moved, ASPECT_DIMENSION, TRUE);
  add_factor_lines (self, lines, _("Turned from barrier to enabler, or back:"), self->polarity_changed,
                    ASPECT_POLARITY, TRUE);
  add_factor_lines (self, lines, _("Reworded:"), self->reworded, ASPECT_TEXT, TRUE);
  add_factor_lines (self, lines, _("Votes changed:"), self->votes_changed, ASPECT_VOTES, TRUE);
  if (self->links_added->len > 0 || self->links_removed->len > 0)
    {
      g_autofree char *added = g_strdup_printf (ngettext ("%u link added", "%u links added", self->links_added->len),
                                                self->links_added->len);
      g_autofree char *removed = g_strdup_printf (ngettext ("%u link removed", "%u links removed",
                                                            self->links_removed->len),
                                                  self->links_removed->len);

      /* Translators: "2 links added, 1 link removed" */
      add_line (lines, g_strdup_printf (_("%s, %s"), added, removed), NULL, FALSE);
    }
  return lines;
}

/* What changed, as a list to read: for the screen and for screen readers. */
char *
pt_comparison_describe (PtComparison *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  lines = pt_comparison_lines (self);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", ((PtComparisonLine *) g_ptr_array_index (lines, i))->text);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
