/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rounds.c — rounds already closed: comparing with one on the canvas
 * and in a list, and looking at one as it was, read-only. */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "pt-application.h"
#include "pt-choice-button.h"
#include "pt-comparison.h"
#include "pt-side-panel.h"
#include "pt-window.h"
#include "test-util.h"

/* The choice button whose first choice reads first. */
static PtChoiceButton *
choice_starting_with (gpointer    root,
                      const char *first)
{
  g_autoptr(GPtrArray) choices = test_widgets_of (root, PT_TYPE_CHOICE_BUTTON);

  for (guint i = 0; i < choices->len; i++)
    if (g_strcmp0 (pt_choice_button_get_string (g_ptr_array_index (choices, i), 0), first) == 0)
      return g_ptr_array_index (choices, i);
  g_error ("no choice button starting with “%s”", first);
}

static GtkButton *
button_labelled (gpointer    root,
                 const char *label)
{
  g_autoptr(GPtrArray) buttons = test_widgets_of (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button labelled “%s”", label);
}

static const char *
changes_text (PtWindow *window)
{
  static char *text;
  g_autoptr(GPtrArray) boxes = test_widgets_of (window, GTK_TYPE_BOX);
  g_autoptr(GString) out = g_string_new (NULL);

  /* The list's lines, one a line, as a screen reader walks them. */
  for (guint i = 0; i < boxes->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (boxes, i)), "changes") == 0)
      {
        g_autoptr(GPtrArray) labels = test_widgets_of (g_ptr_array_index (boxes, i), GTK_TYPE_LABEL);

        for (guint j = 0; j < labels->len; j++)
          g_string_append_printf (out, "%s%s", j > 0 ? "\n" : "", gtk_label_get_text (g_ptr_array_index (labels, j)));
      }
  g_free (text);
  text = g_string_free (g_steal_pointer (&out), FALSE);
  return text;
}

/* The Rounds popover's balance chart. */
static GtkWidget *
chart_of (PtWindow *window)
{
  g_autoptr(GPtrArray) areas = test_widgets_of (window, GTK_TYPE_DRAWING_AREA);

  g_assert_cmpuint (areas->len, ==, 1);
  return g_ptr_array_index (areas, 0);
}

/* Everything the side panel shows, labels and text fields, a line each;
 * editable says whether any text field can be typed in. */
static char *
panel_text (PtWindow *window,
            gboolean *editable)
{
  g_autoptr(GPtrArray) panels = test_widgets_of (window, PT_TYPE_SIDE_PANEL);
  g_autoptr(GPtrArray) labels = test_widgets_of (g_ptr_array_index (panels, 0), GTK_TYPE_LABEL);
  g_autoptr(GPtrArray) views = test_widgets_of (g_ptr_array_index (panels, 0), GTK_TYPE_TEXT_VIEW);
  GString *out = g_string_new (NULL);

  *editable = FALSE;
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (out, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));
  for (guint i = 0; i < views->len; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, i));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (out, "%s\n", text);
      *editable |= gtk_text_view_get_editable (g_ptr_array_index (views, i));
    }
  return g_string_free (out, FALSE);
}

/* The line of the list that names text, as a button. */
static GtkButton *
change_button (PtWindow   *window,
               const char *text)
{
  g_autoptr(GPtrArray) buttons = test_widgets_of (window, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_button_get_child (g_ptr_array_index (buttons, i));

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), text))
        return g_ptr_array_index (buttons, i);
    }
  return NULL;
}

static void
test_compare_and_view (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  PtCanvas *canvas = pt_window_get_canvas (window);
  PtWorkshop *ws;
  GtkMenuButton *rounds = test_widget_with_tooltip (window, GTK_TYPE_MENU_BUTTON,
                                                    "Look at an earlier round, or compare with one");
  PtChoiceButton *show, *compare;
  g_autoptr(PtItem) added = NULL;
  PtSnapshot *snapshot;

  file = g_file_new_for_path (path);
  g_assert_true (pt_window_open_file (window, file));
  ws = pt_window_get_workshop (window);

  /* Round 1's own note, then close it: Interaction → Action → round 2. */
  {
    g_autoptr(PtItem) note = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "j-one", "round", 1,
                                           "step", PT_CYCLE_STEP_REACTION,
                                           "text", "Weekend cover worried everyone", NULL);

    pt_workshop_add (ws, note);
  }
  /* Close round 1: Interaction → Action → round 2. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-round", NULL);
  g_assert_cmpuint (pt_workshop_get_round (ws), ==, 2);
  snapshot = pt_workshop_get_snapshot (ws, 1);
  g_assert_nonnull (snapshot);

  /* The popover is made when first opened, with the rounds so far. */
  g_assert_null (gtk_menu_button_get_popover (rounds));
  gtk_menu_button_popup (rounds);
  gtk_menu_button_popdown (rounds);
  show = choice_starting_with (window, "This round");
  compare = choice_starting_with (window, "Nothing");
  g_assert_cmpuint (pt_choice_button_get_n_items (compare), ==, 2);
  /* Each earlier round says the day it was closed. */
  {
    g_autofree char *closed = g_strdup_printf ("Round 1 · closed %s", "");
    const char *shown = pt_choice_button_get_string (compare, 1);

    g_assert_true (g_str_has_prefix (shown, closed));
    g_assert_cmpuint (strlen (shown), >, strlen (closed));
  }

  g_assert_false (gtk_widget_get_visible (chart_of (window)));
  pt_choice_button_set_selected (compare, 1);
  g_assert_true (pt_canvas_get_compare_with (canvas) == snapshot);
  /* With it, the balance across the rounds. */
  g_assert_true (gtk_widget_get_visible (chart_of (window)));
  g_assert_cmpstr (changes_text (window), ==, "Nothing has changed since then.");

  /* Round 2's work: one factor moves, one goes, one comes. */
  pt_workshop_set (ws, pt_workshop_lookup_factor (ws, "f1"), "dimension", PT_DIMENSION_CONTEXTS, NULL);
  pt_workshop_remove (ws, PT_ITEM (pt_workshop_lookup_factor (ws, "f2")));
  added = g_object_new (PT_TYPE_FACTOR, "id", "f40", "text", "A resident on the steering group",
                        "dimension", PT_DIMENSION_CONTEXTS, "polarity", PT_POLARITY_ENABLER, NULL);
  pt_workshop_add (ws, added);
  g_assert_cmpstr (changes_text (window), ==,
                   "Added:\n• A resident on the steering group (round 2)\n"
                   "Removed:\n• No time set aside for improvement work (round 2)\n"
                   "Moved to another dimension:\n• Residents have little energy for meetings: Resources → Contexts (round 2)\n"
                   "0 links added, 1 link removed");
  /* A click on a change selects its card. */
  g_assert_nonnull (change_button (window, "• Residents have little energy"));
  g_signal_emit_by_name (change_button (window, "• Residents have little energy"), "clicked");
  g_assert_true (pt_canvas_get_selection (canvas)->len == 1 &&
                 g_ptr_array_index (pt_canvas_get_selection (canvas), 0) == pt_workshop_lookup_factor (ws, "f1"));
  /* A removed one has no card: no button. */
  g_assert_null (change_button (window, "• No time set aside"));

  /* Round 2 writes its own note and rewrites the action. */
  {
    g_autoptr(PtItem) note = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "j-two", "round", 2,
                                           "step", PT_CYCLE_STEP_REACTION,
                                           "text", "The steering group said yes", NULL);
    PtAction *action = g_ptr_array_index (pt_workshop_get_items (ws, PT_ITEM_KIND_ACTION), 0);

    pt_workshop_add (ws, note);
    pt_workshop_set (ws, action, "text", "Rewritten in round two", NULL);
  }

  /* Round 1 as it was: the removed factor is back, nothing can be edited,
   * and the workshop itself is untouched. */
  pt_choice_button_set_selected (show, 1);
  g_assert_false (pt_canvas_get_workshop (canvas) == ws);
  g_assert_nonnull (pt_workshop_lookup_factor (pt_canvas_get_workshop (canvas), "f2"));
  g_assert_null (pt_workshop_lookup_factor (pt_canvas_get_workshop (canvas), "f40"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (canvas)));
  g_assert_null (pt_workshop_lookup_factor (ws, "f2"));
  /* The side panel shows round 1 too: its journal, its action as it was
   * written then; read-only, but readable (not insensitive). */
  {
    gboolean editable = TRUE;
    g_autofree char *text = panel_text (window, &editable);

    g_assert_nonnull (strstr (text, "Weekend cover worried everyone"));
    g_assert_null (strstr (text, "The steering group said yes"));
    g_assert_null (strstr (text, "Rewritten in round two"));
    g_assert_nonnull (strstr (text, "Round 1"));
    g_assert_null (strstr (text, "Round 2"));
    g_assert_false (editable);
  }
  /* Compared with itself, round 1 has not changed. */
  g_assert_cmpstr (changes_text (window), ==, "Nothing has changed since then.");

  /* Back from the bar over the canvas: the popover's choice follows. */
  g_signal_emit_by_name (button_labelled (window, "_Back to This Round"), "clicked");
  g_assert_true (pt_canvas_get_workshop (canvas) == ws);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (canvas)));
  g_assert_cmpuint (pt_choice_button_get_selected (show), ==, 0);
  {
    gboolean editable = FALSE;
    g_autofree char *text = panel_text (window, &editable);

    g_assert_nonnull (strstr (text, "Rewritten in round two"));
    g_assert_true (editable);
  }
  pt_choice_button_set_selected (show, 1);
  pt_choice_button_set_selected (show, 0);
  g_assert_true (pt_canvas_get_workshop (canvas) == ws);

  /* Undoing back past the close takes the round away from the choices. */
  while (pt_workshop_get_round (ws) == 2 && pt_history_undo (pt_workshop_get_history (ws)))
    ;
  g_assert_null (pt_canvas_get_compare_with (canvas));
  g_assert_cmpuint (pt_choice_button_get_n_items (compare), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rounds/compare-and-view", test_compare_and_view);
  return g_test_run ();
}
