/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-actions.c — actions: made from a factor, edited field by field,
 * every change one undo step, and shown on the factor's card. */
#include "config.h"

#include <gtk/gtk.h>

#include "pt-actions-view.h"
#include "pt-canvas.h"
#include "pt-choice-button.h"
#include "pt-date-button.h"
#include "test-util.h"

typedef struct {
  GtkWidget     *window;
  PtActionsView *view;
  PtCanvas      *canvas;
  PtWorkshop    *workshop;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  f->workshop = test_load_example ();
  f->window = gtk_window_new ();

  f->view = g_object_new (PT_TYPE_ACTIONS_VIEW, NULL);
  f->canvas = PT_CANVAS (pt_canvas_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->canvas));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), box);
  pt_actions_view_set_workshop (f->view, f->workshop);
  pt_canvas_set_workshop (f->canvas, f->workshop);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->workshop);
}

static void
test_add_and_edit (Fixture       *f,
                   gconstpointer  data)
{
  PtHistory *history = pt_workshop_get_history (f->workshop);
  PtFactor *f5 = pt_workshop_lookup_factor (f->workshop, "f5");
  PtFactor *f12 = pt_workshop_lookup_factor (f->workshop, "f12");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) whats = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  guint steps = pt_history_get_n_steps (history);
  PtAction *action;
  gboolean found = FALSE;

  /* The example's action is about f12 and f11. */
  g_assert_cmpuint (pt_workshop_count_actions (f->workshop, f12), ==, 1);
  g_assert_cmpuint (pt_workshop_count_actions (f->workshop, f5), ==, 0);

  action = pt_actions_view_add_for (f->view, f5);
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (pt_action_get_factors (action)[0], ==, "f5");
  g_assert_null (pt_action_get_factors (action)[1]);
  g_assert_cmpint (pt_action_get_status (action), ==, PT_ACTION_STATUS_PLANNED);
  g_assert_cmpuint (pt_workshop_count_actions (f->workshop, f5), ==, 1);
  /* The card says so to a screen reader too. */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (pt_canvas_get_card (f->canvas, f5)), "pt-accessible-label"), ==,
                   "Enabler in Resources: The municipality funds a coach; 1 action");

  /* The new row says what it is about. */
  labels = test_widgets_of (f->view, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    found |= g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)),
                        "Reinforces: The municipality funds a coach") == 0;
  g_assert_true (found);

  /* Rows are in the workshop's order: the new one is the second. What it
   * will do takes several lines; who does it, one. */
  entries = test_widgets_of (f->view, GTK_TYPE_ENTRY);
  whats = test_widgets_of (f->view, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpuint (whats->len, ==, 2);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_ptr_array_index (whats, 1)),
                            "Ask Lars to protect the time,\nan hour a week", -1);
  /* Not yet in the model while typed; leaving the field, or a save,
   * commits it. */
  g_assert_cmpstr (pt_action_get_text (action), ==, "");
  pt_actions_view_commit (f->view);
  g_assert_cmpstr (pt_action_get_text (action), ==, "Ask Lars to protect the time,\nan hour a week");
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "Sofia");
  g_assert_cmpstr (pt_action_get_owner (action), ==, "");
  pt_actions_view_commit (f->view);
  g_assert_cmpstr (pt_action_get_owner (action), ==, "Sofia");

  dates = test_widgets_of (f->view, PT_TYPE_DATE_BUTTON);
  pt_date_button_set_date (g_ptr_array_index (dates, 1), "2026-12-01");
  g_assert_cmpstr (pt_action_get_due (action), ==, "2026-12-01");

  choices = test_widgets_of (f->view, PT_TYPE_CHOICE_BUTTON);
  pt_choice_button_set_selected (g_ptr_array_index (choices, 1), PT_ACTION_STATUS_DOING);
  g_assert_cmpint (pt_action_get_status (action), ==, PT_ACTION_STATUS_DOING);

  /* Each of those was one step; undo walks back through them and the
   * fields follow. */
  g_assert_cmpuint (pt_history_get_n_steps (history), ==, steps + 5);
  pt_history_undo (history);
  g_assert_cmpint (pt_action_get_status (action), ==, PT_ACTION_STATUS_PLANNED);
  g_assert_cmpuint (pt_choice_button_get_selected (g_ptr_array_index (choices, 1)), ==, PT_ACTION_STATUS_PLANNED);
  pt_history_undo (history);
  g_assert_cmpstr (pt_action_get_due (action), ==, "");
  g_assert_cmpstr (pt_date_button_get_date (g_ptr_array_index (dates, 1)), ==, "");
  pt_history_undo (history);
  pt_history_undo (history);
  pt_history_undo (history);
  g_assert_cmpuint (pt_workshop_count_actions (f->workshop, f5), ==, 0);
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_ACTION)->len, ==, 1);
}

static gboolean
view_says (PtActionsView *view,
           const char    *text)
{
  g_autoptr(GPtrArray) labels = test_widgets_of (view, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* An action keeps what it was written to do when its factor is turned,
 * and says the factor has turned, rather than claim the opposite. */
static void
test_turned_factor (Fixture       *f,
                    gconstpointer  data)
{
  PtHistory *history = pt_workshop_get_history (f->workshop);
  PtFactor *f5 = pt_workshop_lookup_factor (f->workshop, "f5");
  PtAction *action = pt_actions_view_add_for (f->view, f5);

  g_assert_cmpint (pt_action_get_aim (action), ==, PT_ACTION_AIM_REINFORCE);
  g_assert_true (view_says (f->view, "Reinforces: The municipality funds a coach"));

  pt_workshop_begin_group (f->workshop, "Turn");
  pt_workshop_set (f->workshop, f5, "polarity", PT_POLARITY_BARRIER, NULL);
  pt_workshop_end_group (f->workshop);
  g_assert_true (view_says (f->view, "Written to reinforce: The municipality funds a coach (now a barrier)"));
  g_assert_false (view_says (f->view, "Handles: The municipality funds a coach"));

  pt_history_undo (history);
  g_assert_true (view_says (f->view, "Reinforces: The municipality funds a coach"));

  /* An action of an older file, which does not say what it was for, is
   * read from its factor as before. */
  {
    g_autofree char *line = NULL;

    pt_workshop_set (f->workshop, action, "aim", PT_ACTION_AIM_UNKNOWN, NULL);
    line = pt_action_describe_factor (action, PT_POLARITY_BARRIER, "X");
    g_assert_cmpstr (line, ==, "Handles: X");
  }
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  PtFactor *f12 = pt_workshop_lookup_factor (f->workshop, "f12");

  test_click_button_with_tooltip (f->view, "Remove Action");
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_ACTION)->len, ==, 0);
  g_assert_cmpuint (pt_workshop_count_actions (f->workshop, f12), ==, 0);
  pt_history_undo (pt_workshop_get_history (f->workshop));
  g_assert_cmpuint (pt_workshop_count_actions (f->workshop, f12), ==, 1);
}

/* The calendar is made when the button is first opened, showing the date
 * already set; a day picked there becomes the date. */
static void
test_date_button (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = pt_date_button_new ();
  g_autoptr(GPtrArray) menus = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) picked = g_date_time_new_local (2021, 4, 2, 12, 0, 0);
  GtkMenuButton *menu;

  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));
  menus = test_widgets_of (button, GTK_TYPE_MENU_BUTTON);
  menu = g_ptr_array_index (menus, 0);
  g_assert_cmpstr (gtk_menu_button_get_label (menu), ==, "No date");
  pt_date_button_set_date (PT_DATE_BUTTON (button), "2021-03-16");
  /* In the user's format (the tests run in the C locale's). */
  g_assert_cmpstr (gtk_menu_button_get_label (menu), ==, "16 Mar 2021");

  g_assert_null (gtk_menu_button_get_popover (menu));
  gtk_menu_button_popup (menu);
  g_assert_nonnull (gtk_menu_button_get_popover (menu));
  calendars = test_widgets_of (gtk_menu_button_get_popover (menu), GTK_TYPE_CALENDAR);
  g_assert_cmpuint (calendars->len, ==, 1);
  shown = gtk_calendar_get_date (g_ptr_array_index (calendars, 0));
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2021);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 16);
  gtk_calendar_select_day (g_ptr_array_index (calendars, 0), picked);
  g_assert_cmpstr (pt_date_button_get_date (PT_DATE_BUTTON (button)), ==, "2021-04-02");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The menu is made when the button is first opened, one item a string, the
 * one selected marked; picking an item there selects it. New strings keep
 * the position selected where they still have it. */
static void
test_choice_button (void)
{
  const char *strings[] = { "Planned", "Doing", "Done_now", NULL };
  const char *fewer[] = { "Barrier", "Enabler", NULL };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = pt_choice_button_new (strings);
  PtChoiceButton *choice = PT_CHOICE_BUTTON (button);
  g_autoptr(GPtrArray) labels = test_widgets_of (button, GTK_TYPE_LABEL);
  g_autoptr(GPtrArray) menus = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *text = NULL;
  GMenuModel *model;

  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (button)), ==, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  g_assert_cmpuint (pt_choice_button_get_selected (choice), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, "Planned");
  menus = test_widgets_of (button, GTK_TYPE_POPOVER_MENU);
  g_assert_cmpuint (menus->len, ==, 0);

  pt_choice_button_popup (choice);
  g_ptr_array_unref (menus);
  menus = test_widgets_of (button, GTK_TYPE_POPOVER_MENU);
  g_assert_cmpuint (menus->len, ==, 1);
  g_assert_true (gtk_widget_get_visible (g_ptr_array_index (menus, 0)));
  model = gtk_popover_menu_get_menu_model (g_ptr_array_index (menus, 0));
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 3);
  /* An underscore is the string's own, not a mnemonic's mark. */
  g_menu_model_get_item_attribute (model, 2, G_MENU_ATTRIBUTE_LABEL, "s", &text);
  g_assert_cmpstr (text, ==, "Done__now");
  target = g_menu_model_get_item_attribute_value (model, 2, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_UINT32);
  g_assert_cmpuint (g_variant_get_uint32 (target), ==, 2);

  /* What the menu's item does, from inside the menu. */
  gtk_widget_activate_action (g_ptr_array_index (menus, 0), "choice.select", "u", 2);
  g_assert_cmpuint (pt_choice_button_get_selected (choice), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, "Done_now");

  pt_choice_button_set_strings (choice, fewer);
  g_assert_cmpuint (pt_choice_button_get_selected (choice), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, "Barrier");
  pt_choice_button_set_selected (choice, 1);
  pt_choice_button_set_strings (choice, strings);
  g_assert_cmpuint (pt_choice_button_get_selected (choice), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, "Doing");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/actions/add-and-edit", Fixture, NULL, fixture_set_up, test_add_and_edit, fixture_tear_down);
  g_test_add ("/actions/turned-factor", Fixture, NULL, fixture_set_up, test_turned_factor, fixture_tear_down);
  g_test_add ("/actions/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);
  g_test_add_func ("/actions/date-button", test_date_button);
  g_test_add_func ("/actions/choice-button", test_choice_button);
  return g_test_run ();
}
