/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-journal.c — the journal: a note per step per round, written where
 * the workshop is, private if wished, every change one undo step. */
#include "config.h"

#include <gtk/gtk.h>

#include "pt-check-row.h"
#include "pt-journal-view.h"
#include "pt-text.h"
#include "pt-text-view.h"
#include "pt-journal-window.h"
#include "test-util.h"

static char *
text_of (GtkTextView *view)
{
  return pt_text_view_get_text (view);
}

static gboolean
shows_label (gpointer    root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = test_widgets_of (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_journal (void)
{
  g_autoptr(PtWorkshop) ws = test_load_example ();
  PtHistory *history = pt_workshop_get_history (ws);
  GtkWidget *window = gtk_window_new ();
  PtJournalView *view = g_object_new (PT_TYPE_JOURNAL_VIEW, NULL);
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  GtkTextView *text;
  GtkCheckButton *private;
  PtJournalEntry *entry;
  g_autofree char *shown = NULL;
  g_autofree char *today = NULL;
  guint steps = pt_history_get_n_steps (history);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  pt_journal_view_set_workshop (view, ws);
  texts = test_widgets_of (view, GTK_TYPE_TEXT_VIEW);
  checks = test_widgets_of (view, GTK_TYPE_CHECK_BUTTON);
  text = g_ptr_array_index (texts, 0);
  private = g_ptr_array_index (checks, 0);

  /* The example is at round 1, Interaction, with a note from Reaction. */
  g_assert_true (shows_label (view, "Round 1 · Interaction"));
  g_assert_true (shows_label (view, "Round 1 · Reaction"));
  shown = text_of (text);
  g_assert_cmpstr (shown, ==, "");
  g_assert_null (pt_journal_find_entry (ws, 1, PT_CYCLE_STEP_INTERACTION));

  /* Nothing written, nothing made. */
  pt_journal_view_commit (view);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text), "Lars sees the weekends differently.", -1);
  pt_journal_view_commit (view);
  entry = pt_journal_find_entry (ws, 1, PT_CYCLE_STEP_INTERACTION);
  g_assert_nonnull (entry);
  g_assert_cmpstr (pt_journal_entry_get_text (entry), ==, "Lars sees the weekends differently.");
  g_assert_false (pt_journal_entry_get_private (entry));
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);

  /* It carries when it was written, and its heading says the day. */
  g_assert_true (pt_iso_date_time_is_valid (pt_journal_entry_get_created (entry)));
  g_assert_cmpstr (pt_journal_entry_get_changed (entry), ==, pt_journal_entry_get_created (entry));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

    today = pt_format_date (iso);
    g_assert_true (g_str_has_prefix (pt_journal_entry_get_created (entry), iso));
  }

  gtk_check_button_set_active (private, TRUE);
  g_assert_true (pt_journal_entry_get_private (entry));

  /* The next step has a page of its own; this note is then listed above. */
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_ACTION, NULL);
  g_clear_pointer (&shown, g_free);
  shown = text_of (text);
  g_assert_cmpstr (shown, ==, "");
  g_assert_false (gtk_check_button_get_active (private));
  {
    g_autofree char *heading = g_strdup_printf ("Round 1 · Interaction · %s (private)", today);

    g_assert_true (shows_label (view, heading));
  }
  g_assert_true (shows_label (view, "Lars sees the weekends differently."));

  /* Back again, the note is there to go on with; undo takes it away step
   * by step. */
  pt_history_undo (history);
  g_clear_pointer (&shown, g_free);
  shown = text_of (text);
  g_assert_cmpstr (shown, ==, "Lars sees the weekends differently.");
  g_assert_true (gtk_check_button_get_active (private));
  pt_history_undo (history);
  g_assert_false (pt_journal_entry_get_private (entry));
  g_assert_false (gtk_check_button_get_active (private));
  pt_history_undo (history);
  g_assert_null (pt_journal_find_entry (ws, 1, PT_CYCLE_STEP_INTERACTION));
  g_clear_pointer (&shown, g_free);
  shown = text_of (text);
  g_assert_cmpstr (shown, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The private note's check button and its wrapping label, side by side:
 * the label names the button, its mnemonic and a click on it toggle the
 * button, and it wraps to the width it is given. */
static void
test_check_row (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = pt_check_row_new ("Private note: not on the pro_jector, not printed, not read out loud");
  GtkCheckButton *button = pt_check_row_get_button (PT_CHECK_ROW (row));
  g_autoptr(GPtrArray) labels = test_widgets_of (row, GTK_TYPE_LABEL);
  g_autoptr(GListModel) controllers = NULL;
  GtkLabel *label;
  GtkGesture *click = NULL;
  int narrow, wide, label_width;

  gtk_window_set_child (GTK_WINDOW (window), row);
  g_assert_cmpuint (labels->len, ==, 1);
  label = g_ptr_array_index (labels, 0);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Private note: not on the projector, not printed, not read out loud");
  g_assert_true (gtk_label_get_mnemonic_widget (label) == GTK_WIDGET (button));
  g_assert_cmpuint (gtk_label_get_mnemonic_keyval (label), ==, GDK_KEY_j);

  /* The label is the button's neighbour, not its child: no horizontal box
   * between them to search for the label's height. */
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (label)) == row);
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (button)) == row);

  g_assert_true (gtk_widget_mnemonic_activate (GTK_WIDGET (label), FALSE));
  g_assert_true (gtk_check_button_get_active (button));

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (label));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);
  g_signal_emit_by_name (click, "released", 1, 5.0, 5.0);
  g_assert_false (gtk_check_button_get_active (button));
  gtk_widget_set_sensitive (row, FALSE);
  g_signal_emit_by_name (click, "released", 1, 5.0, 5.0);
  g_assert_false (gtk_check_button_get_active (button));

  /* Narrow, it wraps and grows taller; the label takes the rest of the
   * width beside the button. */
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &wide, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, wide, &wide, NULL, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 160, &narrow, NULL, NULL, NULL);
  g_assert_cmpint (narrow, >=, 2 * wide);
  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, &label_width, NULL, NULL, NULL);
  g_assert_cmpint (label_width, <, 160);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The journal window: every round's notes under their rounds (a closed
 * round with its date), following the workshop as notes are written;
 * the search keeps those that hold the words, and says so when none do. */
static void
test_journal_window (void)
{
  g_autoptr(PtWorkshop) ws = test_load_example ();
  GtkWidget *parent = gtk_window_new ();
  PtJournalWindow *window;
  g_autoptr(PtItem) later = NULL;

  /* The example's note from round 1; round 1 closed, a note in round 2. */
  pt_workshop_close_round (ws, "2021-03-23T16:00:00+01:00");
  window = pt_journal_window_new (GTK_WINDOW (parent), ws);
  g_assert_cmpuint (pt_journal_window_get_n_shown (window), ==, 1);
  g_assert_true (shows_label (window, "Round 1 · closed 23 Mar 2021"));
  later = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "j9", "round", 2, "step", PT_CYCLE_STEP_REACTION,
                        "text", "The weekends are still thin.", "created", "2021-03-30T09:00:00+02:00",
                        "changed", "2021-03-30T09:00:00+02:00", NULL);
  pt_workshop_add (ws, later);
  g_assert_cmpuint (pt_journal_window_get_n_shown (window), ==, 2);
  g_assert_true (shows_label (window, "Round 2"));
  g_assert_true (shows_label (window, "Round 2 · Reaction · 30 Mar 2021"));

  pt_journal_window_set_query (window, "WEEKENDS");
  g_assert_cmpuint (pt_journal_window_get_n_shown (window), ==, 1);
  g_assert_true (shows_label (window, "The weekends are still thin."));
  pt_journal_window_set_query (window, "xylophone");
  g_assert_cmpuint (pt_journal_window_get_n_shown (window), ==, 0);
  g_assert_true (shows_label (window, "No note holds “xylophone”."));
  pt_journal_window_set_query (window, "");
  g_assert_cmpuint (pt_journal_window_get_n_shown (window), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journal/notes-per-step", test_journal);
  g_test_add_func ("/journal/check-row", test_check_row);
  g_test_add_func ("/journal/window", test_journal_window);
  return g_test_run ();
}
