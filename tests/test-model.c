/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model.c — the model: text rules, edits, notifications, and undo.
 *
 * Read these to learn how the model is meant to be used: every change goes
 * through pt_workshop_set () / _add () / _remove (), and undo walks back.
 */
#include "config.h"

#include <string.h>

#include "pt-balance.h"
#include "pt-comparison.h"
#include "pt-journal.h"
#include "pt-privacy.h"
#include "pt-text.h"
#include "pt-workshop.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static PtFactor *
add_factor (PtWorkshop      *ws,
            const char      *text,
            PtDimensionKind  dimension,
            PtPolarity       polarity)
{
  g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_FACTOR);
  g_autoptr(PtFactor) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                             "dimension", dimension, "polarity", polarity,
                                             NULL);

  g_assert_true (pt_workshop_add (ws, PT_ITEM (factor)));
  return factor;  /* the workshop holds it */
}

static PtLink *
add_link (PtWorkshop *ws,
          PtFactor   *from,
          PtFactor   *to,
          PtLinkKind  kind)
{
  g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_LINK);
  g_autoptr(PtLink) link = g_object_new (PT_TYPE_LINK, "id", id,
                                         "from", pt_item_get_id (PT_ITEM (from)),
                                         "to", pt_item_get_id (PT_ITEM (to)),
                                         "kind", kind, NULL);

  g_assert_true (pt_workshop_add (ws, PT_ITEM (link)));
  return link;
}

/* ------------------------------------------------------------------------ */
/* Text                                                                     */
/* ------------------------------------------------------------------------ */

static void
test_text_sanitize (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "plain", "plain" },
    { "Åsa & Örjan “quoted”", "Åsa & Örjan “quoted”" },
    { "tab\tand\nnewline\r\n", "tab\tand\nnewline\r\n" },
    { "bell\a and nul-like \x01\x1f gone", "bell and nul-like  gone" },
    { "bad \xff byte", "bad \xef\xbf\xbd byte" },
    { "\xef\xbf\xbe noncharacter", " noncharacter" },
    { "emoji 👩‍⚕️ stays", "emoji 👩‍⚕️ stays" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = pt_text_sanitize (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_true (pt_text_is_xml_safe (out, -1));
    }
  {
    g_autofree char *out = pt_text_sanitize (NULL);
    g_assert_cmpstr (out, ==, "");
  }
}

static void
test_text_validators (void)
{
  g_assert_true (pt_id_is_valid ("f12"));
  g_assert_true (pt_id_is_valid ("factor-1.a_b"));
  g_assert_false (pt_id_is_valid ("1f"));
  g_assert_false (pt_id_is_valid ("f 1"));
  g_assert_false (pt_id_is_valid (""));
  g_assert_true (pt_iso_date_is_valid ("2024-02-29"));
  g_assert_false (pt_iso_date_is_valid ("2023-02-29"));
  g_assert_false (pt_iso_date_is_valid ("2023-2-1"));
  g_assert_false (pt_iso_date_is_valid ("2023-13-01"));
  g_assert_true (pt_language_tag_is_valid ("sv"));
  g_assert_true (pt_language_tag_is_valid ("en-GB"));
  g_assert_false (pt_language_tag_is_valid ("s"));
  g_assert_false (pt_language_tag_is_valid ("sv_SE"));
}

/* Text entering through the model's setters is cleaned, whichever path. */
static void
test_text_enters_clean (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *factor = add_factor (ws, "a\x02z", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);

  g_assert_cmpstr (pt_factor_get_text (factor), ==, "az");
  g_assert_true (pt_workshop_set (ws, factor, "notes", "x\x1by\xfe", NULL));
  g_assert_cmpstr (pt_factor_get_notes (factor), ==, "xy\xef\xbf\xbd");
  g_assert_true (pt_workshop_set (ws, ws, "title", "T\x7f\x01", NULL));
  g_assert_cmpstr (pt_workshop_get_title (ws), ==, "T\x7f");
}

/* ------------------------------------------------------------------------ */
/* Edits and notifications                                                  */
/* ------------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *log;
} Recorder;

static void
on_item_added_cb (PtWorkshop *ws,
                  PtItem     *item,
                  guint       position,
                  Recorder   *r)
{
  g_ptr_array_add (r->log, g_strdup_printf ("added %s at %u", pt_item_get_id (item), position));
}

static void
on_item_removed_cb (PtWorkshop *ws,
                    PtItem     *item,
                    guint       position,
                    Recorder   *r)
{
  g_ptr_array_add (r->log, g_strdup_printf ("removed %s at %u", pt_item_get_id (item), position));
}

static void
on_item_changed_cb (PtWorkshop *ws,
                    GObject    *object,
                    GParamSpec *pspec,
                    Recorder   *r)
{
  const char *who = PT_IS_ITEM (object) ? pt_item_get_id (PT_ITEM (object))
                                        : G_OBJECT_TYPE_NAME (object);

  g_ptr_array_add (r->log, g_strdup_printf ("changed %s.%s", who, pspec->name));
}

static char *
joined (GPtrArray *log)
{
  g_ptr_array_add (log, NULL);
  {
    char *s = g_strjoinv ("; ", (char **) log->pdata);
    g_ptr_array_set_size (log, 0);
    return s;
  }
}

static void
test_notifications (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  Recorder r = { g_ptr_array_new_with_free_func (g_free) };
  PtFactor *a, *b;
  g_autofree char *log1 = NULL, *log2 = NULL, *log3 = NULL, *log4 = NULL, *log5 = NULL;

  g_signal_connect (ws, "item-added", G_CALLBACK (on_item_added_cb), &r);
  g_signal_connect (ws, "item-removed", G_CALLBACK (on_item_removed_cb), &r);
  g_signal_connect (ws, "item-changed", G_CALLBACK (on_item_changed_cb), &r);

  a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  b = add_factor (ws, "B", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
  log1 = joined (r.log);
  g_assert_cmpstr (log1, ==, "added f1 at 0; added f2 at 1");

  /* One property: one precise notification, nothing about other items. */
  pt_workshop_set (ws, b, "polarity", PT_POLARITY_BARRIER, NULL);
  log2 = joined (r.log);
  g_assert_cmpstr (log2, ==, "changed f2.polarity");

  /* Setting the same value again records and announces nothing. */
  pt_workshop_set (ws, b, "polarity", PT_POLARITY_BARRIER, NULL);
  g_assert_cmpuint (r.log->len, ==, 0);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, 3);

  /* Dimensions and the workshop itself go through the same path. */
  pt_workshop_set (ws, pt_workshop_get_dimension (ws, PT_DIMENSION_DISCOURSES),
                   "label", "Attitudes", NULL);
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_INTERACTION, NULL);
  log3 = joined (r.log);
  g_assert_cmpstr (log3, ==, "changed PtDimension.label; changed PtWorkshop.step");
  g_assert_cmpstr (pt_dimension_get_display_label (pt_workshop_get_dimension (ws, PT_DIMENSION_DISCOURSES)),
                   ==, "Attitudes");

  pt_history_undo (history);
  pt_history_undo (history);
  log4 = joined (r.log);
  g_assert_cmpstr (log4, ==, "changed PtWorkshop.step; changed PtDimension.label");
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_REACTION);

  pt_workshop_remove (ws, PT_ITEM (a));
  pt_history_undo (history);
  log5 = joined (r.log);
  g_assert_cmpstr (log5, ==, "removed f1 at 0; added f1 at 0");
  g_assert_true (pt_workshop_lookup_factor (ws, "f1") == a);

  g_ptr_array_unref (r.log);
}

static void
test_refuses_bad_values (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtLink *link = add_link (ws, a, b, PT_LINK_KIND_REINFORCES);
  guint steps = pt_history_get_n_steps (pt_workshop_get_history (ws));

  g_test_expect_message ("pt-model", G_LOG_LEVEL_WARNING, "*refers to nothing*");
  g_assert_false (pt_workshop_set (ws, link, "to", "f99", NULL));
  g_test_expect_message ("pt-model", G_LOG_LEVEL_WARNING, "*refers to nothing*");
  g_assert_false (pt_workshop_set (ws, link, "to", "f1", NULL));  /* to itself */
  g_test_expect_message ("pt-model", G_LOG_LEVEL_WARNING, "*refers to nothing*");
  g_assert_false (pt_workshop_set (ws, ws, "date", "2021-02-30", NULL));
  g_test_expect_message ("pt-model", G_LOG_LEVEL_WARNING, "*out of range*");
  g_assert_false (pt_workshop_set (ws, a, "x", 1.5, NULL));
  g_test_assert_expected_messages ();

  g_assert_cmpstr (pt_link_get_to (link), ==, "f2");
  g_assert_cmpfloat (pt_factor_get_x (a), ==, 0.5);
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps);
}

/* Removing a factor takes its links and its place in actions with it, and
 * one undo brings all of it back. */
static void
test_remove_cascades (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_DISCOURSES, PT_POLARITY_ENABLER);
  PtFactor *c = add_factor (ws, "C", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER);
  const char *both[] = { "f1", "f2", NULL };
  g_autoptr(PtAction) action = g_object_new (PT_TYPE_ACTION, "id", "a1", "factors", both, NULL);
  g_autoptr(PtParticipant) person = g_object_new (PT_TYPE_PARTICIPANT, "id", "p1", "name", "Anna",
                                                  "perspective", PT_PERSPECTIVE_USER, NULL);
  g_autoptr(PtWorkshop) before = NULL;
  guint steps;

  add_link (ws, a, b, PT_LINK_KIND_REINFORCES);
  add_link (ws, c, a, PT_LINK_KIND_HINDERS);
  add_link (ws, b, c, PT_LINK_KIND_RELATES);
  g_assert_true (pt_workshop_add (ws, PT_ITEM (action)));
  g_assert_true (pt_workshop_add (ws, PT_ITEM (person)));
  pt_workshop_set (ws, b, "raised-by", "p1", NULL);
  before = pt_workshop_copy (ws);
  steps = pt_history_get_n_steps (history);

  pt_workshop_remove (ws, PT_ITEM (a));
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);
  g_assert_null (pt_workshop_lookup (ws, "f1"));
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_LINK)->len, ==, 1);
  g_assert_cmpstrv (pt_action_get_factors (action), ((const char *[]) { "f2", NULL }));

  pt_workshop_remove (ws, PT_ITEM (person));
  g_assert_cmpstr (pt_factor_get_raised_by (b), ==, "");

  pt_history_undo (history);
  pt_history_undo (history);
  g_assert_true (pt_workshop_equal (ws, before));
}

static void
test_group_is_one_step (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  guint steps = pt_history_get_n_steps (history);

  /* A drag of two cards into another dimension. */
  pt_workshop_begin_group (ws, "Move");
  pt_workshop_set (ws, a, "dimension", PT_DIMENSION_CONTEXTS, "x", 0.8, "y", 0.9, NULL);
  pt_workshop_begin_group (ws, "nested");
  pt_workshop_set (ws, b, "dimension", PT_DIMENSION_CONTEXTS, "x", 0.7, "y", 0.9, NULL);
  pt_workshop_end_group (ws);
  pt_workshop_end_group (ws);

  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Move");
  pt_history_undo (history);
  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpint (pt_factor_get_dimension (b), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpfloat (pt_factor_get_x (b), ==, 0.5);
  g_assert_cmpstr (pt_history_get_redo_label (history), ==, "Move");

  /* An empty group leaves no step. */
  pt_workshop_begin_group (ws, "nothing");
  pt_workshop_end_group (ws);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);
}

static void
test_dirty_follows_undo (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a;

  g_assert_false (pt_history_get_dirty (history));
  a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  g_assert_true (pt_history_get_dirty (history));
  pt_history_mark_clean (history);                 /* saved */
  g_assert_false (pt_history_get_dirty (history));
  pt_workshop_set (ws, a, "text", "B", NULL);
  g_assert_true (pt_history_get_dirty (history));
  pt_history_undo (history);                       /* back to the saved state */
  g_assert_false (pt_history_get_dirty (history));
  pt_history_undo (history);                       /* before the saved state */
  g_assert_true (pt_history_get_dirty (history));
  pt_history_redo (history);
  g_assert_false (pt_history_get_dirty (history));

  /* A new edit after undoing past the save makes the saved state unreachable. */
  pt_history_undo (history);
  add_factor (ws, "C", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
  g_assert_true (pt_history_get_dirty (history));
  pt_history_undo (history);
  g_assert_true (pt_history_get_dirty (history));
  g_assert_false (pt_history_get_can_redo (history) && !pt_history_redo (history));
}

static void
test_snapshot_is_frozen (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_DISCOURSES, PT_POLARITY_ENABLER);
  g_autoptr(PtSnapshot) snapshot = NULL;
  PtFactor *frozen;

  add_link (ws, a, b, PT_LINK_KIND_HINDERS);
  snapshot = pt_workshop_take_snapshot (ws, "2021-03-16T15:00:00+01:00");
  g_assert_true (pt_workshop_add (ws, PT_ITEM (snapshot)));
  pt_workshop_set (ws, a, "text", "changed later", NULL);

  frozen = g_ptr_array_index (pt_snapshot_get_factors (snapshot), 0);
  g_assert_cmpstr (pt_factor_get_text (frozen), ==, "A");
  g_assert_cmpuint (pt_snapshot_get_links (snapshot)->len, ==, 1);
  g_assert_cmpuint (pt_snapshot_get_round (snapshot), ==, 1);
}

/* Finishing Action closes the round: a snapshot, the next round at
 * Reaction, the same factors — and one undo takes it all back. */
static void
test_close_round (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
  PtSnapshot *snapshot;
  guint steps;

  add_link (ws, a, b, PT_LINK_KIND_HINDERS);
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_ACTION, NULL);
  steps = pt_history_get_n_steps (history);

  snapshot = pt_workshop_close_round (ws, "2021-03-16T16:00:00+01:00");
  g_assert_nonnull (snapshot);
  g_assert_cmpuint (pt_snapshot_get_round (snapshot), ==, 1);
  g_assert_cmpuint (pt_snapshot_get_factors (snapshot)->len, ==, 2);
  g_assert_cmpuint (pt_snapshot_get_links (snapshot)->len, ==, 1);
  g_assert_true (pt_workshop_get_snapshot (ws, 1) == snapshot);
  g_assert_cmpuint (pt_workshop_get_round (ws), ==, 2);
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_REACTION);
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 2);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);

  g_assert_true (pt_history_undo (history));
  g_assert_cmpuint (pt_workshop_get_round (ws), ==, 1);
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_ACTION);
  g_assert_null (pt_workshop_get_snapshot (ws, 1));
}

/* Comparing with an earlier round finds each kind of change, and nothing
 * else. */
static void
test_compare_rounds (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_DISCOURSES, PT_POLARITY_ENABLER);
  PtFactor *c = add_factor (ws, "C", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER);
  PtFactor *d = add_factor (ws, "D", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER);
  PtLink *ab = add_link (ws, a, b, PT_LINK_KIND_REINFORCES);
  PtSnapshot *round1;
  g_autoptr(PtComparison) same = NULL;
  g_autoptr(PtComparison) changes = NULL;
  PtFactor *e;
  PtLink *ea;

  round1 = pt_workshop_close_round (ws, "2021-03-16T16:00:00Z");
  same = pt_comparison_new (round1, ws);
  g_assert_cmpuint (pt_comparison_n_changes (same), ==, 0);

  e = add_factor (ws, "E", PT_DIMENSION_UNPLACED, PT_POLARITY_ENABLER);
  pt_workshop_remove (ws, PT_ITEM (c));
  pt_workshop_set (ws, a, "dimension", PT_DIMENSION_CONTEXTS, NULL);
  pt_workshop_set (ws, b, "polarity", PT_POLARITY_BARRIER, NULL);
  pt_workshop_set (ws, d, "text", "D, reworded", "votes", 3, NULL);
  ea = add_link (ws, e, a, PT_LINK_KIND_RELATES);
  pt_workshop_remove (ws, PT_ITEM (ab));

  changes = pt_comparison_new (round1, ws);
  g_assert_cmpuint (changes->added->len, ==, 1);
  g_assert_true (g_ptr_array_index (changes->added, 0) == e);
  g_assert_cmpuint (changes->removed->len, ==, 1);
  g_assert_cmpstr (pt_item_get_id (g_ptr_array_index (changes->removed, 0)), ==, "f3");
  g_assert_cmpuint (changes->moved->len, ==, 1);
  g_assert_true (g_ptr_array_index (changes->moved, 0) == a);
  g_assert_cmpuint (changes->polarity_changed->len, ==, 1);
  g_assert_true (g_ptr_array_index (changes->polarity_changed, 0) == b);
  g_assert_cmpuint (changes->links_added->len, ==, 1);
  g_assert_true (g_ptr_array_index (changes->links_added, 0) == ea);
  g_assert_cmpuint (changes->links_removed->len, ==, 1);
  g_assert_cmpstr (pt_item_get_id (g_ptr_array_index (changes->links_removed, 0)), ==, "l1");
  /* D reworded and voted on: two more. */
  g_assert_cmpuint (changes->reworded->len, ==, 1);
  g_assert_true (g_ptr_array_index (changes->reworded, 0) == d);
  g_assert_cmpuint (changes->votes_changed->len, ==, 1);
  g_assert_cmpuint (pt_comparison_n_changes (changes), ==, 8);

  /* Barriers and enablers per dimension, round by round: round 1 as it
   * was closed, round 2 as it is now. */
  {
    g_autoptr(GArray) balance = pt_balance_by_round (ws);
    const PtBalance *one = &g_array_index (balance, PtBalance, 0), *two = &g_array_index (balance, PtBalance, 1);

    g_assert_cmpuint (balance->len, ==, 2);
    g_assert_cmpuint (one->round, ==, 1);
    g_assert_cmpuint (one->counts[PT_DIMENSION_CONTEXTS][PT_POLARITY_BARRIER], ==, 2);   /* C, D */
    g_assert_cmpuint (two->counts[PT_DIMENSION_CONTEXTS][PT_POLARITY_BARRIER], ==, 2);   /* D, A */
    g_assert_cmpuint (one->counts[PT_DIMENSION_DISCOURSES][PT_POLARITY_ENABLER], ==, 1); /* B */
    g_assert_cmpuint (two->counts[PT_DIMENSION_DISCOURSES][PT_POLARITY_BARRIER], ==, 1); /* B, turned */
    g_assert_cmpuint (two->counts[PT_DIMENSION_UNPLACED][PT_POLARITY_ENABLER], ==, 1);   /* E */
  }

  /* Round 2 closed, round 3 moves A back: compared with round 1, what
   * each became and in which round. */
  pt_workshop_close_round (ws, "2021-03-23T16:00:00Z");
  pt_workshop_set (ws, b, "dimension", PT_DIMENSION_RESOURCES, NULL);
  {
    g_autoptr(PtComparison) story = pt_comparison_new (round1, ws);
    g_autofree char *text = pt_comparison_describe (story);

    g_test_message ("%s", text);
    g_assert_nonnull (strstr (text, "Added:\n• E (round 2)"));
    g_assert_nonnull (strstr (text, "Removed:\n• C (round 2)"));
    g_assert_nonnull (strstr (text, "• A: Resources → Contexts (round 2)"));
    g_assert_nonnull (strstr (text, "• B: Discourses → Resources (round 3)"));
    g_assert_nonnull (strstr (text, "• B: Enabler → Barrier (round 2)"));
    g_assert_nonnull (strstr (text, "• D, reworded: was “D” (round 2)"));
    g_assert_nonnull (strstr (text, "• D, reworded: 0 → 3 (round 2)"));
  }
}

/* A change of a round, made to the factor with id ("" for none). */
typedef struct
{
  const char *id;
  const char *property;   /* NULL: remove it; "add": add it again as it was */
  int         value;
  const char *text;
} Edit;

static void
apply_edit (PtWorkshop  *ws,
            const Edit  *edit,
            PtFactor   **kept)
{
  PtFactor *factor = pt_workshop_lookup_factor (ws, edit->id);

  if (edit->id == NULL)
    return;
  if (edit->property == NULL)
    {
      *kept = g_object_ref (factor);
      pt_workshop_remove (ws, PT_ITEM (factor));
    }
  else if (g_str_equal (edit->property, "add"))
    {
      g_assert_nonnull (*kept);
      pt_workshop_add (ws, PT_ITEM (*kept));
      g_clear_object (kept);
    }
  else if (edit->text != NULL)
    pt_workshop_set (ws, factor, edit->property, edit->text, NULL);
  else
    pt_workshop_set (ws, factor, edit->property, edit->value, NULL);
}

/* Round 1 is compared with round 3, and the story goes through round 2:
 * a change undone later still counts, each step with its round. */
static void
test_compare_paths (void)
{
  static const struct {
    const char *name;
    Edit        round2;
    Edit        round3;
    const char *expected;
  } cases[] = {
    { "move twice", { "f1", "dimension", PT_DIMENSION_DISCOURSES }, { "f1", "dimension", PT_DIMENSION_CONTEXTS },
      "Moved to another dimension:\n• A: Resources → Discourses (round 2) → Contexts (round 3)" },
    { "move and back", { "f1", "dimension", PT_DIMENSION_DISCOURSES }, { "f1", "dimension", PT_DIMENSION_RESOURCES },
      "Moved to another dimension:\n• A: Resources → Discourses (round 2) → Resources (round 3)" },
    { "move once", { NULL }, { "f1", "dimension", PT_DIMENSION_CONTEXTS },
      "Moved to another dimension:\n• A: Resources → Contexts (round 3)" },
    { "turn and turn back", { "f2", "polarity", PT_POLARITY_ENABLER }, { "f2", "polarity", PT_POLARITY_BARRIER },
      "Turned from barrier to enabler, or back:\n• B: Barrier → Enabler (round 2) → Barrier (round 3)" },
    { "remove and re-add", { "f3", NULL }, { "f3", "add" },
      "Removed and added again:\n• C: removed (round 2), added (round 3)" },
    { "remove", { "f3", NULL }, { NULL },
      "Removed:\n• C (round 2)" },
    { "text edit", { "f4", "text", 0, "D2" }, { NULL },
      "Reworded:\n• D2: was “D” (round 2)" },
    { "text edit twice", { "f4", "text", 0, "D2" }, { "f4", "text", 0, "D3" },
      "Reworded:\n• D3: “D” → “D2” (round 2) → “D3” (round 3)" },
    { "votes", { "f4", "votes", 2 }, { "f4", "votes", 5 },
      "Votes changed:\n• D: 0 → 2 (round 2) → 5 (round 3)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PtWorkshop) ws = pt_workshop_new ();
      g_autoptr(PtFactor) kept = NULL;
      g_autoptr(PtComparison) story = NULL;
      g_autofree char *text = NULL;
      PtSnapshot *round1;

      add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
      add_factor (ws, "B", PT_DIMENSION_DISCOURSES, PT_POLARITY_BARRIER);
      add_factor (ws, "C", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER);
      add_factor (ws, "D", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
      round1 = pt_workshop_close_round (ws, "2021-03-16T16:00:00Z");
      apply_edit (ws, &cases[i].round2, &kept);
      pt_workshop_close_round (ws, "2021-03-23T16:00:00Z");
      apply_edit (ws, &cases[i].round3, &kept);

      story = pt_comparison_new (round1, ws);
      text = pt_comparison_describe (story);
      g_test_message ("%s:\n%s", cases[i].name, text);
      if (strstr (text, cases[i].expected) == NULL)
        g_error ("%s: “%s” not in\n%s", cases[i].name, cases[i].expected, text);
      /* Only that factor changed. */
      g_assert_cmpuint (pt_comparison_n_changes (story), ==, 1);
    }
}

/* Hidden (face-down) cards and votes are ordinary undoable edits. */
static void
test_hidden_and_votes (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);

  pt_workshop_set (ws, a, "hidden", TRUE, NULL);
  g_assert_true (pt_factor_get_hidden (a));
  pt_workshop_set (ws, a, "votes", pt_factor_get_votes (a) + 1, NULL);
  pt_workshop_set (ws, a, "votes", pt_factor_get_votes (a) + 1, NULL);
  g_assert_cmpuint (pt_factor_get_votes (a), ==, 2);
  pt_history_undo (history);
  g_assert_cmpuint (pt_factor_get_votes (a), ==, 1);
  pt_history_undo (history);
  pt_history_undo (history);
  g_assert_false (pt_factor_get_hidden (a));
}

/* ------------------------------------------------------------------------ */
/* Random edits, undone and redone                                          */
/* ------------------------------------------------------------------------ */

static PtItem *
random_item (GRand      *rand,
             PtWorkshop *ws,
             PtItemKind  kind)
{
  GPtrArray *items = pt_workshop_get_items (ws, kind);

  if (items->len == 0)
    return NULL;
  return g_ptr_array_index (items, g_rand_int_range (rand, 0, items->len));
}

static const char *words[] = {
  "Tid", "lyssna", "åäö", "🙂", "שלום", "", "  spaces  ", "line\nbreak", "<&>", "résumé",
};

static const char *
random_word (GRand *rand)
{
  return words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
}

/* One random edit of any kind the model offers. */
static void
random_edit (GRand      *rand,
             PtWorkshop *ws)
{
  PtFactor *f = PT_FACTOR (random_item (rand, ws, PT_ITEM_KIND_FACTOR));
  PtFactor *g = PT_FACTOR (random_item (rand, ws, PT_ITEM_KIND_FACTOR));

  switch (g_rand_int_range (rand, 0, 16))
    {
    case 0:
    case 1:
      add_factor (ws, random_word (rand), g_rand_int_range (rand, 0, 4), g_rand_int_range (rand, 0, 2));
      break;
    case 2:
      if (f != NULL)
        pt_workshop_set (ws, f, "text", random_word (rand), NULL);
      break;
    case 3:
      if (f != NULL)
        pt_workshop_set (ws, f, "polarity", g_rand_int_range (rand, 0, 2), "votes",
                         g_rand_int_range (rand, 0, 10), "hidden", g_rand_boolean (rand), NULL);
      break;
    case 4:
      if (f != NULL)
        {
          /* A drag: several properties of several factors, one step. */
          pt_workshop_begin_group (ws, "drag");
          pt_workshop_set (ws, f, "dimension", g_rand_int_range (rand, 0, 4),
                           "x", g_rand_double (rand), "y", g_rand_double (rand), NULL);
          if (g != NULL)
            pt_workshop_set (ws, g, "x", g_rand_double (rand), NULL);
          pt_workshop_end_group (ws);
        }
      break;
    case 5:
      if (f != NULL)
        pt_workshop_remove (ws, PT_ITEM (f));
      break;
    case 6:
      if (f != NULL && g != NULL && f != g)
        add_link (ws, f, g, g_rand_int_range (rand, 0, 3));
      break;
    case 7:
      {
        PtItem *link = random_item (rand, ws, PT_ITEM_KIND_LINK);

        if (link != NULL && g_rand_boolean (rand))
          pt_workshop_remove (ws, link);
        else if (link != NULL)
          pt_workshop_set (ws, link, "kind", g_rand_int_range (rand, 0, 3),
                           "label", random_word (rand), NULL);
      }
      break;
    case 8:
      {
        g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_PARTICIPANT);
        g_autoptr(PtItem) p = g_object_new (PT_TYPE_PARTICIPANT, "id", id,
                                            "name", random_word (rand),
                                            "perspective", g_rand_int_range (rand, 0, 6), NULL);
        pt_workshop_add (ws, p);
      }
      break;
    case 9:
      {
        PtItem *p = random_item (rand, ws, PT_ITEM_KIND_PARTICIPANT);

        if (p != NULL && f != NULL)
          pt_workshop_set (ws, f, "raised-by", pt_item_get_id (p), NULL);
        else if (p != NULL)
          pt_workshop_remove (ws, p);
      }
      break;
    case 10:
      {
        g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_ACTION);
        const char *ids[] = { f != NULL ? pt_item_get_id (PT_ITEM (f)) : NULL, NULL };
        g_autoptr(PtItem) a = g_object_new (PT_TYPE_ACTION, "id", id, "text", random_word (rand),
                                            "factors", ids, "due", "2021-06-01", NULL);
        pt_workshop_add (ws, a);
      }
      break;
    case 11:
      {
        PtItem *a = random_item (rand, ws, PT_ITEM_KIND_ACTION);

        if (a != NULL)
          pt_workshop_set (ws, a, "status", g_rand_int_range (rand, 0, 3),
                           "owner", random_word (rand), NULL);
      }
      break;
    case 12:
      pt_workshop_set (ws, ws, "title", random_word (rand), "focus-question", random_word (rand),
                       "step", g_rand_int_range (rand, 0, 3), "round", g_rand_int_range (rand, 1, 5),
                       NULL);
      break;
    case 13:
      pt_workshop_set (ws, pt_workshop_get_dimension (ws, g_rand_int_range (rand, 1, 4)),
                       "label", random_word (rand), NULL);
      break;
    case 14:
      {
        g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_JOURNAL_ENTRY);
        g_autoptr(PtItem) j = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", id,
                                            "text", random_word (rand),
                                            "private", g_rand_boolean (rand), NULL);
        pt_workshop_add (ws, j);
      }
      break;
    case 15:
      if (pt_workshop_get_round (ws) < 50)
        pt_workshop_close_round (ws, "2021-03-16T15:00:00Z");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_random_undo_redo (void)
{
  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(PtWorkshop) ws = pt_workshop_new ();
      g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
      PtHistory *history = pt_workshop_get_history (ws);
      guint n_edits = 150, saved_at;

      g_ptr_array_add (states, pt_workshop_copy (ws));
      saved_at = g_rand_int_range (rand, 0, n_edits);
      for (guint i = 0; i < n_edits; i++)
        {
          guint before = pt_history_get_n_steps (history);

          random_edit (rand, ws);
          if (pt_history_get_n_steps (history) == before)
            continue;  /* the edit changed nothing: no state to remember */
          g_ptr_array_add (states, pt_workshop_copy (ws));
          if (states->len - 1 == saved_at)
            pt_history_mark_clean (history);
        }
      g_assert_cmpuint (pt_history_get_n_steps (history), ==, states->len - 1);

      for (guint i = states->len - 1; i > 0; i--)
        {
          g_assert_true (pt_workshop_equal (ws, g_ptr_array_index (states, i)));
          g_assert_cmpint (pt_history_get_dirty (history), ==, i != saved_at);
          g_assert_true (pt_history_undo (history));
        }
      g_assert_true (pt_workshop_equal (ws, g_ptr_array_index (states, 0)));
      g_assert_false (pt_history_undo (history));

      for (guint i = 1; i < states->len; i++)
        {
          g_assert_true (pt_history_redo (history));
          g_assert_true (pt_workshop_equal (ws, g_ptr_array_index (states, i)));
          g_assert_cmpint (pt_history_get_dirty (history), ==, i != saved_at);
        }
      g_assert_false (pt_history_redo (history));
    }
}

/* An earlier round, to look at: its own factors and links, the details
 * of now, and nothing shared with the workshop. */
static void
test_view_snapshot (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
  g_autoptr(PtWorkshop) view = NULL;
  g_autofree char *title = NULL;
  PtSnapshot *snapshot;

  add_link (ws, a, b, PT_LINK_KIND_HINDERS);
  pt_workshop_set (ws, ws, "title", "Spring", "step", PT_CYCLE_STEP_ACTION, NULL);
  snapshot = pt_workshop_close_round (ws, "2021-03-16T16:00:00+01:00");
  pt_workshop_set (ws, a, "text", "A, later", NULL);
  pt_workshop_remove (ws, PT_ITEM (b));

  view = pt_workshop_view_snapshot (ws, snapshot);
  g_assert_cmpstr (pt_workshop_get_title (view), ==, "Spring");
  g_assert_cmpuint (pt_workshop_get_round (view), ==, 1);
  g_assert_cmpint (pt_workshop_get_step (view), ==, PT_CYCLE_STEP_ACTION);
  g_assert_cmpuint (pt_workshop_get_items (view, PT_ITEM_KIND_FACTOR)->len, ==, 2);
  g_assert_cmpuint (pt_workshop_get_items (view, PT_ITEM_KIND_LINK)->len, ==, 1);
  g_assert_cmpstr (pt_factor_get_text (pt_workshop_lookup_factor (view, pt_item_get_id (PT_ITEM (a)))), ==, "A");
  g_assert_false (pt_workshop_lookup_factor (view, pt_item_get_id (PT_ITEM (a))) == a);

  title = pt_cycle_step_title (2, PT_CYCLE_STEP_INTERACTION);
  g_assert_cmpstr (title, ==, "Round 2 · Interaction");
}

/* Whose voice a factor is, and how many actions are about it. */
static void
test_voice_and_actions (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  g_autoptr(PtItem) anna = g_object_new (PT_TYPE_PARTICIPANT, "id", "p1", "name", "Anna",
                                         "perspective", PT_PERSPECTIVE_RELATIVE, NULL);
  const char *ids[] = { pt_item_get_id (PT_ITEM (a)), NULL };
  g_autoptr(PtItem) action = g_object_new (PT_TYPE_ACTION, "id", "a1", "factors", ids, NULL);

  g_assert_cmpint (pt_workshop_get_voice (ws, a), ==, PT_PERSPECTIVE_OTHER);
  pt_workshop_add (ws, anna);
  pt_workshop_set (ws, a, "raised-by", "p1", NULL);
  g_assert_cmpint (pt_workshop_get_voice (ws, a), ==, PT_PERSPECTIVE_RELATIVE);
  /* Someone who left the workshop is nobody in particular. */
  pt_workshop_remove (ws, anna);
  g_assert_cmpint (pt_workshop_get_voice (ws, a), ==, PT_PERSPECTIVE_OTHER);

  g_assert_cmpuint (pt_workshop_count_actions (ws, a), ==, 0);
  pt_workshop_add (ws, action);
  g_assert_cmpuint (pt_workshop_count_actions (ws, a), ==, 1);
  pt_history_undo (pt_workshop_get_history (ws));
  g_assert_cmpuint (pt_workshop_count_actions (ws, a), ==, 0);
}

static PtAction *
add_action (PtWorkshop *ws,
            const char *text,
            PtFactor   *first,
            PtFactor   *second)
{
  g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_ACTION);
  const char *ids[] = { pt_item_get_id (PT_ITEM (first)),
                        second != NULL ? pt_item_get_id (PT_ITEM (second)) : NULL, NULL };
  g_autoptr(PtAction) action = g_object_new (PT_TYPE_ACTION, "id", id, "text", text, "factors", ids, NULL);

  g_assert_true (pt_workshop_add (ws, PT_ITEM (action)));
  return action;
}

/* The one rule: a private factor, its links, an action about it alone and
 * a private note are private; an action about others too is not. The
 * public copy leaves all that out, names only public factors in actions,
 * and keeps no earlier round's private factor either. */
static void
test_privacy (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtFactor *open = add_factor (ws, "Open", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *secret = add_factor (ws, "Secret", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
  PtFactor *was_secret = add_factor (ws, "Was secret", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER);
  PtLink *link = add_link (ws, open, secret, PT_LINK_KIND_HINDERS);
  PtLink *open_link = add_link (ws, open, was_secret, PT_LINK_KIND_HINDERS);
  PtAction *alone = add_action (ws, "About the secret", secret, NULL);
  PtAction *mixed = add_action (ws, "About both", secret, open);
  g_autoptr(PtJournalEntry) note = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "j1", "text", "Between us",
                                                 "private", TRUE, NULL);
  g_autoptr(PtWorkshop) copy = NULL;
  PtSnapshot *then;
  PtAction *kept;

  g_assert_true (pt_workshop_add (ws, PT_ITEM (note)));
  pt_workshop_set (ws, secret, "private", TRUE, NULL);
  pt_workshop_set (ws, was_secret, "private", TRUE, NULL);
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_ACTION, NULL);
  g_assert_nonnull (pt_workshop_close_round (ws, "2021-03-16T16:00:00+01:00"));
  /* Public now, but private in round 1. */
  pt_workshop_set (ws, was_secret, "private", FALSE, NULL);

  g_assert_false (pt_privacy_is_private (ws, open));
  g_assert_true (pt_privacy_is_private (ws, secret));
  g_assert_true (pt_privacy_is_private (ws, link));
  g_assert_false (pt_privacy_is_private (ws, open_link));
  g_assert_true (pt_privacy_is_private (ws, alone));
  g_assert_false (pt_privacy_is_private (ws, mixed));
  g_assert_true (pt_privacy_is_private (ws, note));

  copy = pt_privacy_public_copy (ws);
  g_assert_nonnull (pt_workshop_lookup (copy, pt_item_get_id (PT_ITEM (open))));
  g_assert_null (pt_workshop_lookup (copy, pt_item_get_id (PT_ITEM (secret))));
  g_assert_null (pt_workshop_lookup (copy, pt_item_get_id (PT_ITEM (link))));
  g_assert_nonnull (pt_workshop_lookup (copy, pt_item_get_id (PT_ITEM (open_link))));
  g_assert_null (pt_workshop_lookup (copy, pt_item_get_id (PT_ITEM (alone))));
  g_assert_null (pt_workshop_lookup (copy, "j1"));
  kept = PT_ACTION (pt_workshop_lookup (copy, pt_item_get_id (PT_ITEM (mixed))));
  g_assert_nonnull (kept);
  g_assert_cmpuint (g_strv_length ((char **) pt_action_get_factors (kept)), ==, 1);
  g_assert_cmpstr (pt_action_get_factors (kept)[0], ==, pt_item_get_id (PT_ITEM (open)));

  then = pt_workshop_get_snapshot (copy, 1);
  g_assert_nonnull (then);
  g_assert_cmpuint (pt_snapshot_get_factors (then)->len, ==, 1);
  g_assert_cmpstr (pt_factor_get_text (g_ptr_array_index (pt_snapshot_get_factors (then), 0)), ==, "Open");
  g_assert_cmpuint (pt_snapshot_get_links (then)->len, ==, 0);
  g_assert_false (pt_history_get_dirty (pt_workshop_get_history (copy)));
  /* The original is untouched. */
  g_assert_cmpuint (pt_snapshot_get_factors (pt_workshop_get_snapshot (ws, 1))->len, ==, 3);
  g_assert_nonnull (pt_workshop_lookup (ws, pt_item_get_id (PT_ITEM (alone))));
}

static void
count_changes_cb (PtHistory *history,
                  guint     *count)
{
  (*count)++;
}

/* Moving factors is one edit of the model: every factor to its place, as
 * one undo step, one change of the history; undo puts all back. */
static void
test_move_factors (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_UNPLACED, PT_POLARITY_ENABLER);
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  const PtPlace places[] = { { PT_DIMENSION_CONTEXTS, 0.7, 0.8 }, { PT_DIMENSION_DISCOURSES, 0.25, 1.5 } };
  guint steps = pt_history_get_n_steps (history), changes = 0;

  g_ptr_array_add (both, a);
  g_ptr_array_add (both, b);
  g_signal_connect (history, "changed", G_CALLBACK (count_changes_cb), &changes);
  pt_workshop_move_factors (ws, both, places);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Move Factors");
  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_CONTEXTS);
  g_assert_cmpfloat (pt_factor_get_x (a), ==, 0.7);
  g_assert_cmpfloat (pt_factor_get_y (a), ==, 0.8);
  g_assert_cmpint (pt_factor_get_dimension (b), ==, PT_DIMENSION_DISCOURSES);
  /* Kept inside the model's box. */
  g_assert_cmpfloat (pt_factor_get_y (b), ==, 1.0);

  g_assert_true (pt_history_undo (history));
  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpint (pt_factor_get_dimension (b), ==, PT_DIMENSION_UNPLACED);
  g_signal_handlers_disconnect_by_func (history, count_changes_cb, &changes);
}

/* Each edit a person makes in one gesture is one undo step and one change
 * of the history, whatever it touches; undo puts everything back. */
static void
test_compound_edits (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);
  PtFactor *a = add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER);
  PtFactor *b = add_factor (ws, "B", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER);
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_autoptr(GPtrArray) copies = NULL;
  const PtPlace places[] = { { PT_DIMENSION_DISCOURSES, 0.4, 0.5 }, { PT_DIMENSION_CONTEXTS, 0.6, 0.7 } };
  PtPlace place = { PT_DIMENSION_UNPLACED, 0.1, 0.2 };
  guint changes = 0, steps;
  PtFactor *added;
  PtLink *link;

  g_ptr_array_add (both, a);
  g_ptr_array_add (both, b);
  g_signal_connect (history, "changed", G_CALLBACK (count_changes_cb), &changes);

  steps = pt_history_get_n_steps (history);
  pt_workshop_vote_factors (ws, both, 1);
  pt_workshop_vote_factors (ws, both, 1);
  g_assert_cmpuint (pt_factor_get_votes (a), ==, 2);
  g_assert_cmpuint (pt_factor_get_votes (b), ==, 2);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 2);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Add Vote");

  changes = 0;
  pt_workshop_turn_factors (ws, both);
  g_assert_cmpint (pt_factor_get_polarity (a), ==, PT_POLARITY_ENABLER);
  g_assert_cmpint (pt_factor_get_polarity (b), ==, PT_POLARITY_BARRIER);
  g_assert_cmpuint (changes, ==, 1);

  changes = 0;
  link = pt_workshop_link_factors (ws, a, b);
  g_assert_nonnull (link);
  g_assert_null (pt_workshop_link_factors (ws, a, a));
  g_assert_cmpuint (pt_workshop_count_links (ws, a), ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Add Link");

  changes = 0;
  copies = pt_workshop_duplicate_factors (ws, both, places);
  g_assert_cmpuint (copies->len, ==, 2);
  g_assert_cmpstr (pt_factor_get_text (g_ptr_array_index (copies, 0)), ==, "A");
  g_assert_cmpint (pt_factor_get_dimension (g_ptr_array_index (copies, 0)), ==, PT_DIMENSION_DISCOURSES);
  g_assert_cmpfloat (pt_factor_get_y (g_ptr_array_index (copies, 1)), ==, 0.7);
  /* A copy starts without the original's votes or links. */
  g_assert_cmpuint (pt_factor_get_votes (g_ptr_array_index (copies, 0)), ==, 0);
  g_assert_cmpuint (pt_workshop_count_links (ws, g_ptr_array_index (copies, 0)), ==, 0);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Duplicate Factors");
  g_assert_true (pt_history_undo (history));
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 2);

  changes = 0;
  added = pt_workshop_add_factor (ws, "C", &place, TRUE);
  g_assert_true (pt_factor_get_hidden (added));
  g_assert_cmpfloat (pt_factor_get_x (added), ==, 0.1);
  g_assert_cmpuint (changes, ==, 1);

  /* Deleting a factor takes its links with it, as one step. */
  changes = 0;
  steps = pt_history_get_n_steps (history);
  g_ptr_array_remove (both, b);
  pt_workshop_delete_items (ws, both);
  g_assert_null (pt_workshop_lookup (ws, pt_item_get_id (PT_ITEM (link))));
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_LINK)->len, ==, 0);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Delete Factor");
  g_assert_true (pt_history_undo (history));
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_LINK)->len, ==, 1);
  g_assert_cmpuint (pt_workshop_count_links (ws, a), ==, 1);

  g_signal_handlers_disconnect_by_func (history, count_changes_cb, &changes);
}

/* The journal read as one: every round's notes in order with their
 * dates and the rounds' closing dates, as Markdown or plain text; private
 * notes only when asked for, and marked; a search finds text and heading. */
static void
test_journal_text (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  const struct { const char *id; guint round; PtCycleStep step; const char *text; gboolean private; } notes[] = {
    { "j3", 2, PT_CYCLE_STEP_REACTION, "Lars has found an hour a week.", FALSE },
    { "j1", 1, PT_CYCLE_STEP_ACTION, "We will ask Lars for time.", FALSE },
    { "j2", 1, PT_CYCLE_STEP_REACTION, "I doubt the residents were heard.", TRUE },
  };
  g_autofree char *markdown = NULL, *plain = NULL, *open = NULL;
  const char *round_one, *action_note, *round_two;

  g_object_set (ws, "title", "Lindgården", NULL);
  pt_workshop_close_round (ws, "2021-03-16T10:00:00+01:00");
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(PtItem) entry = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", notes[i].id, "round", notes[i].round,
                                              "step", notes[i].step, "text", notes[i].text,
                                              "private", notes[i].private,
                                              "created", "2021-03-09T09:00:00+01:00",
                                              "changed", "2021-03-10T09:00:00+01:00", NULL);

      g_assert_true (pt_workshop_add (ws, entry));
    }

  markdown = pt_journal_to_text (ws, TRUE, FALSE);
  g_test_message ("%s", markdown);
  g_assert_true (g_str_has_prefix (markdown, "# Lindgården\n"));
  round_one = strstr (markdown, "## Round 1 · closed 16 Mar 2021\n");
  action_note = strstr (markdown, "### Round 1 · Action · 10 Mar 2021\n\nWe will ask Lars for time.");
  round_two = strstr (markdown, "## Round 2\n");
  g_assert_true (round_one != NULL && action_note != NULL && round_two != NULL);
  g_assert_true (round_one < action_note && action_note < round_two);
  g_assert_null (strstr (markdown, "doubt"));

  plain = pt_journal_to_text (ws, FALSE, FALSE);
  g_assert_null (strstr (plain, "#"));
  g_assert_nonnull (strstr (plain, "Round 2 · Reaction · 10 Mar 2021\n\nLars has found an hour a week."));

  open = pt_journal_to_text (ws, TRUE, TRUE);
  g_assert_nonnull (strstr (open, "### Round 1 · Reaction · 10 Mar 2021 (private)\n\nI doubt"));
  /* Round 1's Reaction before its Action. */
  g_assert_true (strstr (open, "I doubt") < strstr (open, "We will ask"));

  g_assert_true (pt_journal_entry_matches (PT_JOURNAL_ENTRY (pt_workshop_lookup (ws, "j3")), "HOUR"));
  g_assert_true (pt_journal_entry_matches (PT_JOURNAL_ENTRY (pt_workshop_lookup (ws, "j3")), "round 2"));
  g_assert_false (pt_journal_entry_matches (PT_JOURNAL_ENTRY (pt_workshop_lookup (ws, "j1")), "hour"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/text/sanitize", test_text_sanitize);
  g_test_add_func ("/model/text/validators", test_text_validators);
  g_test_add_func ("/model/text/enters-clean", test_text_enters_clean);
  g_test_add_func ("/model/edit/notifications", test_notifications);
  g_test_add_func ("/model/edit/refuses-bad-values", test_refuses_bad_values);
  g_test_add_func ("/model/edit/remove-cascades", test_remove_cascades);
  g_test_add_func ("/model/history/group-is-one-step", test_group_is_one_step);
  g_test_add_func ("/model/history/dirty-follows-undo", test_dirty_follows_undo);
  g_test_add_func ("/model/history/random-undo-redo", test_random_undo_redo);
  g_test_add_func ("/model/snapshot/frozen", test_snapshot_is_frozen);
  g_test_add_func ("/model/cycle/close-round", test_close_round);
  g_test_add_func ("/model/cycle/compare-rounds", test_compare_rounds);
  g_test_add_func ("/model/cycle/compare-paths", test_compare_paths);
  g_test_add_func ("/model/cycle/hidden-and-votes", test_hidden_and_votes);
  g_test_add_func ("/model/cycle/view-snapshot", test_view_snapshot);
  g_test_add_func ("/model/voice-and-actions", test_voice_and_actions);
  g_test_add_func ("/model/privacy", test_privacy);
  g_test_add_func ("/model/edit/move-factors", test_move_factors);
  g_test_add_func ("/model/edit/compound-edits", test_compound_edits);
  g_test_add_func ("/model/journal-text", test_journal_text);

  return g_test_run ();
}
