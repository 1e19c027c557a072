/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-presentation.c — in front of a room: presentation mode, the
 * spotlight, the step timer, and the projector window mirroring edits. */
#include "config.h"

#include <gtk/gtk.h>

#include "pt-application.h"
#include "pt-cycle-band.h"
#include "pt-projector-window.h"
#include "pt-step-timer.h"
#include "pt-window.h"
#include "test-util.h"

static PtWindow *
example_window (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gpointer
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
presenting (PtWindow *window)
{
  gboolean value;

  g_object_get (window, "presenting", &value, NULL);
  return value;
}

static void
test_presentation_mode (void)
{
  PtWindow *window = example_window ();
  PtCanvas *canvas = pt_window_get_canvas (window);
  GtkWidget *panel = find_widget (GTK_WIDGET (window), g_type_from_name ("PtSidePanel"));
  GtkWidget *root;
  double screen;
  PtFactor *f12, *f1;

  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presenting", NULL));
  test_settle ();
  g_assert_true (presenting (window));
  g_assert_true (pt_canvas_get_presenting (canvas));
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_false (gtk_widget_get_visible (gtk_window_get_titlebar (GTK_WINDOW (window))));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presenting"));
  /* Nothing is unplaced in the example: the tray gives its room away. */
  g_assert_false (pt_scene_get_show_tray (pt_canvas_get_scene (canvas)));

  /* Spotlight on Contexts: only its cards, at 28 px a 720-line screen. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.spotlight", "i", PT_DIMENSION_CONTEXTS);
  test_settle ();
  g_assert_cmpint (pt_canvas_get_spotlight (canvas), ==, PT_DIMENSION_CONTEXTS);
  root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (canvas)));
  screen = MAX (720, gtk_widget_get_height (root));
  g_assert_cmpfloat (pt_canvas_get_card_font_px (canvas), >=, 28.0 * screen / 720 - 0.01);
  f12 = pt_workshop_lookup_factor (pt_window_get_workshop (window), "f12");
  f1 = pt_workshop_lookup_factor (pt_window_get_workshop (window), "f1");
  g_assert_true (gtk_widget_get_child_visible (pt_canvas_get_card (canvas, f12)));
  g_assert_false (gtk_widget_get_child_visible (pt_canvas_get_card (canvas, f1)));

  /* The cards in the spotlight do not cover each other. */
  {
    GPtrArray *factors = pt_workshop_get_items (pt_window_get_workshop (window), PT_ITEM_KIND_FACTOR);
    g_autoptr(GPtrArray) shown = g_ptr_array_new ();

    for (guint i = 0; i < factors->len; i++)
      if (pt_factor_get_dimension (g_ptr_array_index (factors, i)) == PT_DIMENSION_CONTEXTS)
        g_ptr_array_add (shown, pt_canvas_get_card (canvas, g_ptr_array_index (factors, i)));
    g_assert_cmpuint (shown->len, ==, 5);
    for (guint i = 0; i < shown->len; i++)
      for (guint j = i + 1; j < shown->len; j++)
        {
          graphene_rect_t a, b;

          g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (shown, i), GTK_WIDGET (canvas), &a));
          g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (shown, j), GTK_WIDGET (canvas), &b));
          g_assert_false (graphene_rect_intersection (&a, &b, NULL));
        }
  }

  /* 0 shows every dimension again, on a board of three columns, at 18 px
   * or more (as large as lets every card be whole): the example's
   * sixteen cards are all shown whole, and none covers another. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.spotlight", "i", -1);
  test_settle ();
  g_assert_cmpint (pt_canvas_get_spotlight (canvas), ==, -1);
  g_assert_true (gtk_widget_get_child_visible (pt_canvas_get_card (canvas, f1)));
  g_assert_cmpfloat (pt_canvas_get_card_font_px (canvas), >=, 18.0 * screen / 720 - 0.01);
  {
    GPtrArray *factors = pt_workshop_get_items (pt_window_get_workshop (window), PT_ITEM_KIND_FACTOR);
    PtScene *scene = pt_canvas_get_scene (canvas);
    guint visible = 0, left_out = 0;

    for (guint i = 0; i < factors->len; i++)
      {
        GtkWidget *card = pt_canvas_get_card (canvas, g_ptr_array_index (factors, i));
        graphene_rect_t a, b;

        if (pt_scene_is_left_out (scene, g_ptr_array_index (factors, i)))
          {
            g_assert_false (gtk_widget_get_child_visible (card));
            left_out++;
            continue;
          }
        g_assert_true (gtk_widget_get_child_visible (card));
        g_assert_true (pt_scene_card_is_whole (scene, g_ptr_array_index (factors, i)));
        visible++;
        g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (canvas), &a));
        g_assert_cmpfloat (a.origin.x, >=, 0);
        g_assert_cmpfloat (a.origin.y + a.size.height, <=, gtk_widget_get_height (GTK_WIDGET (canvas)));
        for (guint j = 0; j < i; j++)
          if (!pt_scene_is_left_out (scene, g_ptr_array_index (factors, j)))
            {
              g_assert_true (gtk_widget_compute_bounds (pt_canvas_get_card (canvas, g_ptr_array_index (factors, j)),
                                                        GTK_WIDGET (canvas), &b));
              g_assert_false (graphene_rect_intersection (&a, &b, NULL));
            }
      }
    g_assert_cmpuint (visible + left_out, ==, factors->len);
    g_assert_cmpuint (visible, ==, factors->len);
  }

  /* Escape leaves, with a card selected too (the canvas takes Esc then)
   * and the selection goes with it; the panel is back as it was. */
  pt_canvas_select_factor (canvas, f1, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.escape", NULL));
  test_settle ();
  g_assert_cmpuint (pt_canvas_get_selection (canvas)->len, ==, 0);
  g_assert_false (presenting (window));
  g_assert_false (pt_canvas_get_presenting (canvas));
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_true (gtk_widget_get_visible (gtk_window_get_titlebar (GTK_WINDOW (window))));
  /* The editing view again, its tray collapsed while nothing is unplaced. */
  g_assert_false (pt_scene_get_show_tray (pt_canvas_get_scene (canvas)));
  g_assert_false (pt_scene_get_text_scale (pt_canvas_get_scene (canvas)) > 3.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_expired_cb (PtStepTimer *timer,
               gboolean    *expired)
{
  *expired = TRUE;
}

static void
test_step_timer (void)
{
  g_autoptr(PtStepTimer) timer = pt_step_timer_new ();
  gboolean expired = FALSE;
  gint64 deadline;
  g_autofree char *a = pt_step_timer_format (65), *b = pt_step_timer_format (3723), *c = pt_step_timer_format (0);

  g_assert_cmpstr (a, ==, "1:05");
  g_assert_cmpstr (b, ==, "1:02:03");
  g_assert_cmpstr (c, ==, "0:00");

  g_signal_connect (timer, "expired", G_CALLBACK (on_expired_cb), &expired);
  pt_step_timer_start (timer, 300);
  g_assert_true (pt_step_timer_get_running (timer));
  g_assert_cmpuint (pt_step_timer_get_remaining (timer), ==, 300);
  pt_step_timer_stop (timer);
  g_assert_false (pt_step_timer_get_running (timer));

  pt_step_timer_start (timer, 1);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!expired && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (expired);
  g_assert_false (pt_step_timer_get_running (timer));
  g_assert_cmpuint (pt_step_timer_get_remaining (timer), ==, 0);
}

/* The Timer popover's minutes, the popover opened: it is made then. */
static GtkSpinButton *
timer_minutes (PtWindow *window)
{
  GtkMenuButton *button = test_widget_with_tooltip (window, GTK_TYPE_MENU_BUTTON, "Count down the time for this step");

  g_assert_null (find_widget (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON));
  gtk_menu_button_popup (button);
  gtk_menu_button_popdown (button);
  return find_widget (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
}

/* The window's timer shows in the band, marks zero, and a new step clears it. */
static void
test_band_timer (void)
{
  PtWindow *window = example_window ();
  PtCycleBand *band = find_widget (GTK_WIDGET (window), PT_TYPE_CYCLE_BAND);
  GtkSpinButton *minutes = timer_minutes (window);

  g_assert_cmpstr (pt_cycle_band_get_title (band), ==, "Round 1 · Interaction");
  g_assert_null (pt_cycle_band_get_timer_text (band));
  gtk_spin_button_set_value (minutes, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timer-start", NULL));
  g_assert_cmpstr (pt_cycle_band_get_timer_text (band), ==, "3:00");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL);
  g_assert_cmpstr (pt_cycle_band_get_title (band), ==, "Round 1 · Action");
  g_assert_null (pt_cycle_band_get_timer_text (band));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The minutes last set are the next window's. */
  window = example_window ();
  minutes = timer_minutes (window);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Started without the popover ever opened: the minutes last set. */
  window = example_window ();
  band = find_widget (GTK_WIDGET (window), PT_TYPE_CYCLE_BAND);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timer-start", NULL));
  g_assert_cmpstr (pt_cycle_band_get_timer_text (band), ==, "3:00");
  g_assert_null (find_widget (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON));
  gtk_window_destroy (GTK_WINDOW (window));
}

static PtProjectorWindow *
find_projector (void)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PT_IS_PROJECTOR_WINDOW (window))
        return PT_PROJECTOR_WINDOW (window);
    }
  return NULL;
}

static void
test_projector_mirrors (void)
{
  PtWindow *window = example_window ();
  PtWorkshop *ws = pt_window_get_workshop (window);
  PtProjectorWindow *projector;
  PtCanvas *canvas;
  g_autoptr(PtItem) factor = NULL;

  g_assert_null (find_projector ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.project", NULL));
  projector = find_projector ();
  g_assert_nonnull (projector);
  canvas = pt_projector_window_get_canvas (projector);
  g_assert_true (pt_canvas_get_presenting (canvas));
  /* The editing window stays as it was. */
  g_assert_false (presenting (window));

  /* An edit in the editing window's workshop shows on the projector. */
  factor = g_object_new (PT_TYPE_FACTOR, "id", "f99", "text", "Nobody asks", "dimension", PT_DIMENSION_RESOURCES,
                         NULL);
  pt_workshop_add (ws, factor);
  g_assert_nonnull (pt_canvas_get_card (canvas, PT_FACTOR (factor)));
  pt_history_undo (pt_workshop_get_history (ws));
  g_assert_null (pt_canvas_get_card (canvas, PT_FACTOR (factor)));

  /* A private factor is the facilitator's: on the laptop, not on the wall. */
  pt_workshop_set (ws, pt_workshop_lookup_factor (ws, "f1"), "private", TRUE, NULL);
  g_assert_false (gtk_widget_get_child_visible (pt_canvas_get_card (canvas, pt_workshop_lookup_factor (ws, "f1"))));
  g_assert_true (gtk_widget_get_child_visible (pt_canvas_get_card (pt_window_get_canvas (window),
                                                                   pt_workshop_lookup_factor (ws, "f1"))));

  /* The spotlight steers the room's view from the laptop. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.spotlight", "i", PT_DIMENSION_DISCOURSES));
  g_assert_cmpint (pt_canvas_get_spotlight (canvas), ==, PT_DIMENSION_DISCOURSES);

  /* Closing the editing window takes the projector with it. */
  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
  g_assert_null (find_projector ());
}

/* At zero the band's countdown turns red, in the window and in front of
 * the room. (The system's alert sound rings too, through the X server's
 * bell, which Xvfb has no speaker for: not heard here.) */
static void
test_timer_turns_red (void)
{
  PtWindow *window = example_window ();
  PtCycleBand *band = find_widget (GTK_WIDGET (window), PT_TYPE_CYCLE_BAND);
  PtStepTimer *timer = pt_cycle_band_get_timer (band);
  GtkWidget *label = pt_cycle_band_get_timer_label (band);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GdkRGBA before, after;

  g_assert_nonnull (timer);
  pt_step_timer_start (timer, 2);
  test_settle ();
  g_assert_cmpstr (pt_cycle_band_get_timer_text (band), ==, "0:02");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &before);
  G_GNUC_END_IGNORE_DEPRECATIONS
  while (pt_step_timer_get_running (timer) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  test_settle ();
  g_assert_cmpstr (pt_cycle_band_get_timer_text (band), ==, "0:00");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &after);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* Dark while it runs, red at zero. */
  g_assert_cmpfloat (before.red, <, 0.5);
  g_assert_cmpfloat (after.red, >, 0.6);
  g_assert_cmpfloat (after.green, <, 0.35);
  g_assert_cmpfloat (after.blue, <, 0.35);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation/mode", test_presentation_mode);
  g_test_add_func ("/presentation/step-timer", test_step_timer);
  g_test_add_func ("/presentation/timer-turns-red", test_timer_turns_red);
  g_test_add_func ("/presentation/band-timer", test_band_timer);
  g_test_add_func ("/presentation/projector-mirrors", test_projector_mirrors);
  return g_test_run ();
}
