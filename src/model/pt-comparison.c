/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-comparison.c — comparing a round with an earlier one. */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-comparison.h"
#include "pt-snapshot.h"

typedef enum {
  ASPECT_PRESENCE,
  ASPECT_DIMENSION,
  ASPECT_POLARITY,
  ASPECT_TEXT,
  ASPECT_VOTES,
} Aspect;

/* A round's factors: the earlier round's and those closed since as they
 * were closed, the last as the workshop is now. */
typedef struct
{
  guint       round;
  GPtrArray  *factors;
  GHashTable *by_id;     /* id → PtFactor of factors */
} State;

/* One value a factor had in one respect, from the round it took it. */
typedef struct
{
  char     *value;
  guint     round;
  PtFactor *factor;
} Step;

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

static void
step_clear (gpointer data)
{
  g_free (((Step *) data)->value);
}

/* The values factor id took in one respect round by round, a step for
 * each change: the first is what it was in the earlier round. Presence
 * counts every round (NULL: not there); the other respects only the
 * rounds it was there in. */
static GArray *
path_of (PtComparison *self,
         const char   *id,
         Aspect        aspect)
{
  GArray *path = g_array_new (FALSE, TRUE, sizeof (Step));

  g_array_set_clear_func (path, step_clear);
  for (guint i = 0; i < self->states->len; i++)
    {
      const State *state = &g_array_index (self->states, State, i);
      PtFactor *factor = g_hash_table_lookup (state->by_id, id);
      Step step = { aspect_of (factor, aspect), state->round, factor };

      if (factor == NULL && aspect != ASPECT_PRESENCE)
        continue;
      if (path->len > 0 && g_strcmp0 (g_array_index (path, Step, path->len - 1).value, step.value) == 0)
        {
          g_free (step.value);
          continue;
        }
      g_array_append_val (path, step);
    }
  return path;
}

static gboolean
changed (PtComparison *self,
         const char   *id,
         Aspect        aspect)
{
  g_autoptr(GArray) path = path_of (self, id, aspect);

  return path->len > 1;
}

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

/* The rounds from the earlier one to now, those closed in between as they
 * were closed (a round whose snapshot is missing is skipped). */
static void
state_clear (gpointer data)
{
  g_hash_table_unref (((State *) data)->by_id);
}

static void
add_state (GArray    *states,
           guint      round,
           GPtrArray *factors)
{
  State state = { round, factors, index_by_id (factors) };

  g_array_append_val (states, state);
}

/* The rounds from the earlier one to now, those closed in between as they
 * were closed (a round whose snapshot is missing is skipped), each with its
 * factors by id: a factor is looked up in every round for every respect. */
static GArray *
states_between (PtSnapshot *earlier,
                PtWorkshop *now)
{
  GArray *states = g_array_new (FALSE, TRUE, sizeof (State));
  guint from = pt_snapshot_get_round (earlier), to = pt_workshop_get_round (now);

  g_array_set_clear_func (states, state_clear);
  add_state (states, from, pt_snapshot_get_factors (earlier));
  for (guint round = from + 1; round < to; round++)
    {
      PtSnapshot *snapshot = pt_workshop_get_snapshot (now, round);

      if (snapshot != NULL)
        add_state (states, round, pt_snapshot_get_factors (snapshot));
    }
  add_state (states, MAX (to, from), pt_workshop_get_items (now, PT_ITEM_KIND_FACTOR));
  return states;
}

PtComparison *
pt_comparison_new (PtSnapshot *earlier,
                   PtWorkshop *now)
{
  PtComparison *self;
  GPtrArray *then_links, *now_links;
  g_autoptr(GHashTable) then_l = NULL, now_l = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

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
  self->returned = new_list ();
  self->came_and_went = new_list ();
  self->earlier = g_object_ref (earlier);
  self->now = g_object_ref (now);
  self->states = states_between (earlier, now);

  /* Every factor of any of the rounds, once: now's first, in their order,
   * then those of the earlier rounds that are gone. */
  for (guint k = self->states->len; k > 0; k--)
    {
      GPtrArray *factors = g_array_index (self->states, State, k - 1).factors;

      for (guint i = 0; i < factors->len; i++)
        {
          PtFactor *f = g_ptr_array_index (factors, i);
          const char *id = pt_item_get_id (PT_ITEM (f));
          GHashTable *earliest = g_array_index (self->states, State, 0).by_id;
          gboolean then = g_hash_table_contains (earliest, id);
          gboolean is_now = k == self->states->len;

          if (!g_hash_table_add (seen, (gpointer) id))
            continue;
          if (!then && is_now)
            g_ptr_array_add (self->added, g_object_ref (f));
          else if (then && !is_now)
            g_ptr_array_add (self->removed, g_object_ref (g_hash_table_lookup (earliest, id)));
          else if (!then && !is_now)
            g_ptr_array_add (self->came_and_went, g_object_ref (f));
          else if (changed (self, id, ASPECT_PRESENCE))
            g_ptr_array_add (self->returned, g_object_ref (f));
          if (!is_now)
            continue;
          if (changed (self, id, ASPECT_DIMENSION))
            g_ptr_array_add (self->moved, g_object_ref (f));
          if (changed (self, id, ASPECT_POLARITY))
            g_ptr_array_add (self->polarity_changed, g_object_ref (f));
          if (changed (self, id, ASPECT_TEXT))
            g_ptr_array_add (self->reworded, g_object_ref (f));
          if (changed (self, id, ASPECT_VOTES))
            g_ptr_array_add (self->votes_changed, g_object_ref (f));
        }
    }

  then_links = pt_snapshot_get_links (earlier);
  now_links = pt_workshop_get_items (now, PT_ITEM_KIND_LINK);
  then_l = index_by_id (then_links);
  now_l = index_by_id (now_links);
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
         self->reworded->len + self->votes_changed->len + self->links_added->len + self->links_removed->len +
         self->returned->len + self->came_and_went->len;
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
  g_ptr_array_unref (self->returned);
  g_ptr_array_unref (self->came_and_went);
  g_array_unref (self->states);
  g_clear_object (&self->earlier);
  g_clear_object (&self->now);
  g_free (self);
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

/* A value of a step as the reader sees it. */
static char *
step_label (PtComparison *self,
            const Step   *step,
            Aspect        aspect)
{
  switch (aspect)
    {
    case ASPECT_DIMENSION:
      return g_strdup (pt_workshop_get_dimension_label (self->now, pt_factor_get_dimension (step->factor)));
    case ASPECT_POLARITY:
      return g_strdup (pt_polarity_to_label (pt_factor_get_polarity (step->factor)));
    case ASPECT_TEXT:
      /* Translators: a factor's earlier wording, quoted */
      return g_strdup_printf (_("“%s”"), step->value);
    case ASPECT_VOTES:
      return g_strdup (step->value);
    case ASPECT_PRESENCE:
    default:
      /* Translators: what became of a factor in a round: "added (round 3)" */
      return g_strdup (step->value != NULL ? C_("comparison", "added") : C_("comparison", "removed"));
    }
}

/* What became of factor id in one respect, and when: "Resources →
 * Discourses (round 2) → Contexts (round 3)"; "removed (round 2), added
 * (round 3)"; one change alone "Resources → Contexts (round 2)", "was
 * “Understaffing” (round 2)", or for presence only "(round 2)". */
static char *
describe_path (PtComparison *self,
               const char   *id,
               Aspect        aspect)
{
  g_autoptr(GArray) path = path_of (self, id, aspect);
  g_autoptr(GString) out = g_string_new (NULL);
  const Step *first = &g_array_index (path, Step, 0);

  if (aspect == ASPECT_PRESENCE && path->len == 2)
    /* Translators: when a change was made, after it: "(round 2)" */
    return g_strdup_printf (_(" (round %u)"), g_array_index (path, Step, 1).round);
  if (aspect == ASPECT_TEXT && path->len == 2 && !pt_factor_get_hidden (g_array_index (path, Step, 1).factor))
    {
      /* Translators: a factor reworded: "was “Understaffing”" */
      g_autofree char *was = g_strdup_printf (_("was “%s”"), first->value);
      g_autofree char *when = g_strdup_printf (_(" (round %u)"), g_array_index (path, Step, 1).round);

      return g_strdup_printf (": %s%s", was, when);
    }
  for (guint i = aspect == ASPECT_PRESENCE ? 1 : 0; i < path->len; i++)
    {
      const Step *step = &g_array_index (path, Step, i);
      g_autofree char *label = aspect == ASPECT_TEXT && pt_factor_get_hidden (step->factor)
                               ? g_strdup (_("(face down)")) : step_label (self, step, aspect);

      if (i == 0)
        g_string_append (out, label);
      else if (aspect == ASPECT_PRESENCE)
        g_string_append_printf (out, "%s%s", i > 1 ? ", " : "", label);
      else
        g_string_append_printf (out, " → %s", label);
      if (i > 0)
        g_string_append_printf (out, _(" (round %u)"), step->round);
    }
  return g_strdup_printf (": %s", out->str);
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
  if (factors->len == 0)
    return;
  add_line (lines, g_strdup (heading), NULL, TRUE);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);
      const char *text = pt_factor_get_hidden (f) ? _("(face down)") : pt_factor_get_text (f);
      g_autofree char *what = describe_path (self, pt_item_get_id (PT_ITEM (f)), aspect);

      add_line (lines, g_strdup_printf ("• %s%s", text, what), now ? f : NULL, FALSE);
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
  add_factor_lines (self, lines, _("Removed and added again:"), self->returned, ASPECT_PRESENCE, TRUE);
  add_factor_lines (self, lines, _("Added and removed again:"), self->came_and_went, ASPECT_PRESENCE, FALSE);
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
