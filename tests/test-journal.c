/* test-journal.c — the journal: a note per step per round, written where
 * the workshop is, private if wished, every change one undo step. */
#include "config.h"

#include <gtk/gtk.h>

#include "pt-journal-view.h"
#include "test-util.h"

static char *
text_of (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
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

  gtk_check_button_set_active (private, TRUE);
  g_assert_true (pt_journal_entry_get_private (entry));

  /* The next step has a page of its own; this note is then listed above. */
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_ACTION, NULL);
  g_clear_pointer (&shown, g_free);
  shown = text_of (text);
  g_assert_cmpstr (shown, ==, "");
  g_assert_false (gtk_check_button_get_active (private));
  g_assert_true (shows_label (view, "Round 1 · Interaction (private)"));
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journal/notes-per-step", test_journal);
  return g_test_run ();
}
