/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-voices.c — whose voice: the summary of who raised what, editing the
 * participants with undo, and lighting up one perspective on the canvas. */
#include "config.h"

#include <gtk/gtk.h>

#include "pt-canvas.h"
#include "pt-card.h"
#include "pt-choice-button.h"
#include "test-util.h"
#include "pt-voices-view.h"

typedef struct {
  GtkWidget    *window;
  PtVoicesView *voices;
  PtCanvas     *canvas;
  PtWorkshop   *workshop;
} Fixture;

static void
on_highlight_changed_cb (PtVoicesView *voices,
                         int           perspective,
                         PtCanvas     *canvas)
{
  pt_canvas_set_voice (canvas, perspective);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  f->workshop = test_load_example ();
  f->window = gtk_window_new ();
  f->canvas = PT_CANVAS (pt_canvas_new ());
  f->voices = g_object_new (PT_TYPE_VOICES_VIEW, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (f->canvas), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->canvas));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->voices));
  gtk_window_set_child (GTK_WINDOW (f->window), box);
  pt_canvas_set_workshop (f->canvas, f->workshop);
  pt_voices_view_set_workshop (f->voices, f->workshop);
  g_signal_connect (f->voices, "highlight-changed", G_CALLBACK (on_highlight_changed_cb), f->canvas);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->workshop);
}

static guint
n_participants (PtWorkshop *ws)
{
  return pt_workshop_get_items (ws, PT_ITEM_KIND_PARTICIPANT)->len;
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *before = pt_voices_summary (f->workshop);
  g_autofree char *after = NULL;
  PtFactor *factor = pt_workshop_lookup_factor (f->workshop, "f2");

  g_assert_cmpstr (before, ==,
                   "Of 16 factors, 7 were raised by users and relatives "
                   "and 9 by staff, managers and improvement coaches.");
  /* A factor nobody in particular raised is counted apart. */
  pt_workshop_set (f->workshop, factor, "raised-by", NULL, NULL);
  after = pt_voices_summary (f->workshop);
  g_assert_cmpstr (after, ==,
                   "Of 16 factors, 7 were raised by users and relatives "
                   "and 8 by staff, managers and improvement coaches; 1 by others or nobody in particular.");
}

static void
test_edit_participants (Fixture       *f,
                        gconstpointer  data)
{
  PtHistory *history = pt_workshop_get_history (f->workshop);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  PtParticipant *first;

  test_settle ();
  g_assert_cmpuint (n_participants (f->workshop), ==, 5);
  entries = test_widgets_of (f->voices, GTK_TYPE_ENTRY);
  g_assert_cmpuint (entries->len, ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "Anna (resident)");

  /* Adding: the last button, one undo step, a new row. */
  buttons = test_widgets_of (f->voices, GTK_TYPE_BUTTON);
  g_signal_emit_by_name (g_ptr_array_index (buttons, buttons->len - 1), "clicked");
  g_assert_cmpuint (n_participants (f->workshop), ==, 6);
  test_settle ();
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = test_widgets_of (f->voices, GTK_TYPE_ENTRY);
  g_assert_cmpuint (entries->len, ==, 6);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 5)), ==, "New participant");
  pt_history_undo (history);
  g_assert_cmpuint (n_participants (f->workshop), ==, 5);

  /* Renaming in the entry renames in the model; undo brings the name back. */
  test_settle ();
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = test_widgets_of (f->voices, GTK_TYPE_ENTRY);
  first = g_ptr_array_index (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_PARTICIPANT), 0);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "A1");
  g_assert_cmpstr (pt_participant_get_name (first), ==, "Anna (resident)");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "activate");
  g_assert_cmpstr (pt_participant_get_name (first), ==, "A1");
  pt_history_undo (history);
  g_assert_cmpstr (pt_participant_get_name (first), ==, "Anna (resident)");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "Anna (resident)");

  /* Changing a perspective. The first choice button is the highlight. */
  test_settle ();
  choices = test_widgets_of (f->voices, PT_TYPE_CHOICE_BUTTON);
  g_assert_cmpuint (choices->len, ==, 6);
  pt_choice_button_set_selected (g_ptr_array_index (choices, 1), PT_PERSPECTIVE_MANAGER);
  g_assert_cmpint (pt_participant_get_perspective (first), ==, PT_PERSPECTIVE_MANAGER);
  pt_history_undo (history);
  g_assert_cmpint (pt_participant_get_perspective (first), ==, PT_PERSPECTIVE_USER);

  /* Removing the first participant, and undoing it. */
  test_settle ();
  test_click_button_with_tooltip (f->voices, "Remove Participant");
  g_assert_null (pt_workshop_lookup (f->workshop, "p1"));
  pt_history_undo (history);
  g_assert_true (pt_workshop_lookup (f->workshop, "p1") == PT_ITEM (first));
}

static gboolean
dimmed (Fixture    *f,
        const char *id)
{
  return pt_card_get_dimmed (PT_CARD (pt_canvas_get_card (f->canvas,
                                                          pt_workshop_lookup_factor (f->workshop, id))));
}

static void
test_highlight (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) choices = test_widgets_of (f->voices, PT_TYPE_CHOICE_BUTTON);
  PtChoiceButton *highlight = g_ptr_array_index (choices, 0);
  PtItem *anna = pt_workshop_lookup (f->workshop, "p1");

  /* f1 was raised by Anna, a resident; f2 by Maria, staff. */
  g_assert_false (dimmed (f, "f1"));
  g_assert_false (dimmed (f, "f2"));
  pt_choice_button_set_selected (highlight, 1 + PT_PERSPECTIVE_USER);
  g_assert_cmpint (pt_canvas_get_voice (f->canvas), ==, PT_PERSPECTIVE_USER);
  g_assert_false (dimmed (f, "f1"));
  g_assert_true (dimmed (f, "f2"));

  /* The cards follow the model: Anna seen as a manager now. */
  pt_workshop_set (f->workshop, anna, "perspective", PT_PERSPECTIVE_MANAGER, NULL);
  g_assert_true (dimmed (f, "f1"));
  pt_workshop_set (f->workshop, anna, "perspective", PT_PERSPECTIVE_USER, NULL);
  g_assert_false (dimmed (f, "f1"));

  /* And the factor follows who raised it. */
  pt_workshop_set (f->workshop, pt_workshop_lookup_factor (f->workshop, "f2"), "raised-by", "p1", NULL);
  g_assert_false (dimmed (f, "f2"));

  pt_choice_button_set_selected (highlight, 0);
  g_assert_cmpint (pt_canvas_get_voice (f->canvas), ==, -1);
  g_assert_false (dimmed (f, "f1"));
  g_assert_false (dimmed (f, "f5"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/voices/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/voices/edit-participants", Fixture, NULL, fixture_set_up, test_edit_participants,
              fixture_tear_down);
  g_test_add ("/voices/highlight", Fixture, NULL, fixture_set_up, test_highlight, fixture_tear_down);
  return g_test_run ();
}
