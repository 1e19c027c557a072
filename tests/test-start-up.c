/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-start-up.c — what the first window must not pay for: GTK's theme
 * loaded twice, librsvg loaded for the window icon, parts of the window no
 * one has opened yet built before its first frame, wrapping text measured
 * over and over to size the window. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "pt-canvas.h"
#include "pt-choice-button.h"
#include "pt-cycle-band.h"
#include "pt-factor-editor.h"
#include "pt-link-editor.h"
#include "pt-side-panel.h"
#include "pt-window.h"
#include "test-skip.h"
#include "test-util.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Any set of these makes GTK load its whole theme again. With a light
 * desktop, starting the application sets neither. Must run before
 * anything starts the application. */
static void
test_theme_loaded_once (void)
{
  GtkSettings *gtk = gtk_settings_get_default ();
  guint dark_set = 0, theme_set = 0;

  g_signal_connect (gtk, "notify::gtk-application-prefer-dark-theme", G_CALLBACK (count_cb), &dark_set);
  g_signal_connect (gtk, "notify::gtk-theme-name", G_CALLBACK (count_cb), &theme_set);
  test_app ();
  g_assert_cmpuint (dark_set, ==, 0);
  g_assert_cmpuint (theme_set, ==, 0);
  g_signal_handlers_disconnect_by_func (gtk, count_cb, &dark_set);
  g_signal_handlers_disconnect_by_func (gtk, count_cb, &theme_set);
}

/* On X11, GTK gives the window manager the application's icon at every size
 * the theme has it, and a scalable one at 48 pixels. Each is a PNG, so
 * drawing them needs no SVG loader. */
static void
test_window_icon_is_png (void)
{
  GtkIconTheme *theme;
  g_autofree int *sizes = NULL;
  guint n = 0;

  test_app ();
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  sizes = gtk_icon_theme_get_icon_sizes (theme, APPLICATION_ID);
  for (guint i = 0; sizes[i] != 0; i++, n++)
    {
      int size = sizes[i] == -1 ? 48 : sizes[i];
      g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, APPLICATION_ID, NULL, size, 1,
                                                                    GTK_TEXT_DIR_NONE, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      g_test_message ("size %d: %s", sizes[i], uri);
      g_assert_nonnull (uri);
      g_assert_true (g_str_has_suffix (uri, ".png"));
    }
  g_assert_cmpuint (n, >=, 4);
}

/* Every window carries the application's icon for the window manager. */
static void
test_window_has_icon (void)
{
  PtWindow *window = pt_window_new (test_app ());

  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The outcome of the above: the example's first frame, and librsvg (some
 * 20 ms to load and start) is not in the process. */
static void
test_first_frame_without_librsvg (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autofree char *maps = NULL;

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  if (!g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL))
    {
      test_cannot_run ("this system has no /proc/self/maps");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_nonnull (strstr (maps, "libgtk-4"));
  g_assert_null (strstr (maps, "librsvg"));
  g_assert_null (strstr (maps, "pixbufloader-svg"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Menus and pickers no one has opened are not made before the first
 * frame; opening one makes it, whole. */
static gpointer
test_widgets_of_first (gpointer root,
                       GType    type)
{
  g_autoptr(GPtrArray) found = test_widgets_of (root, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
test_popovers_made_when_opened (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GPtrArray) calendars = NULL;
  static const char *const popover_buttons[] = {
    "Look at an earlier round, or compare with one",
    "Count down the time for this step",
  };
  GtkMenuButton *menu;
  GtkWidget *popover;

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  calendars = test_widgets_of (window, GTK_TYPE_CALENDAR);
  g_assert_cmpuint (calendars->len, ==, 0);

  menu = test_widget_with_tooltip (window, GTK_TYPE_MENU_BUTTON, "Main Menu");
  g_assert_null (gtk_menu_button_get_popover (menu));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu)));
  gtk_menu_button_popup (menu);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  /* The whole menu, the recent files' section included. */
  g_assert_cmpint (g_menu_model_get_n_items (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover))), >=, 3);
  gtk_menu_button_popdown (menu);

  /* The Rounds and Timer popovers too: no spin button until the Timer's
   * is opened. */
  g_assert_null (test_widgets_of_first (window, GTK_TYPE_SPIN_BUTTON));
  for (guint i = 0; i < G_N_ELEMENTS (popover_buttons); i++)
    {
      menu = test_widget_with_tooltip (window, GTK_TYPE_MENU_BUTTON, popover_buttons[i]);
      g_assert_null (gtk_menu_button_get_popover (menu));
      gtk_menu_button_popup (menu);
      popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
      g_assert_nonnull (popover);
      gtk_menu_button_popdown (menu);
    }
  g_assert_nonnull (test_widgets_of_first (window, GTK_TYPE_SPIN_BUTTON));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The side panel's editors are made the first time something is selected
 * for them, not with the window (a workshop opens with nothing selected):
 * the first frame has none of their text views and choices. Made later,
 * they show and edit what is selected as if they had always been there. */
static void
test_editors_made_when_needed (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GPtrArray) panels = test_widgets_of (window, PT_TYPE_SIDE_PANEL);
  GtkWidget *panel = g_ptr_array_index (panels, 0);
  g_autoptr(GPtrArray) editors = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  PtWorkshop *workshop;
  PtFactor *factor;
  PtLink *link;
  GtkTextBuffer *buffer;

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  editors = test_widgets_of (panel, PT_TYPE_FACTOR_EDITOR);
  g_assert_cmpuint (editors->len, ==, 0);
  g_clear_pointer (&editors, g_ptr_array_unref);
  editors = test_widgets_of (panel, PT_TYPE_LINK_EDITOR);
  g_assert_cmpuint (editors->len, ==, 0);
  g_clear_pointer (&editors, g_ptr_array_unref);
  /* The journal's and each action's (what it will do) are the panel's
   * text views until then: no editor's. */
  texts = test_widgets_of (panel, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (texts->len, ==, 1 + pt_workshop_get_items (pt_window_get_workshop (window), PT_ITEM_KIND_ACTION)->len);
  g_clear_pointer (&texts, g_ptr_array_unref);

  workshop = pt_window_get_workshop (window);
  factor = pt_workshop_lookup_factor (workshop, "f5");
  pt_canvas_select_factor (pt_window_get_canvas (window), factor, FALSE);
  test_settle ();
  editors = test_widgets_of (panel, PT_TYPE_FACTOR_EDITOR);
  g_assert_cmpuint (editors->len, ==, 1);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (editors, 0)));
  texts = test_widgets_of (g_ptr_array_index (editors, 0), GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (texts->len, ==, 2);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (texts, 0));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, pt_factor_get_text (factor));
  }
  /* Typed and taken into the model when the selection moves on. */
  gtk_text_buffer_set_text (buffer, "Short talks every morning", -1);

  link = g_ptr_array_index (pt_workshop_get_items (workshop, PT_ITEM_KIND_LINK), 0);
  pt_canvas_select_link (pt_window_get_canvas (window), link);
  test_settle ();
  g_assert_cmpstr (pt_factor_get_text (factor), ==, "Short talks every morning");
  g_clear_pointer (&editors, g_ptr_array_unref);
  editors = test_widgets_of (panel, PT_TYPE_LINK_EDITOR);
  g_assert_cmpuint (editors->len, ==, 1);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (editors, 0)));
  entries = test_widgets_of (g_ptr_array_index (editors, 0), GTK_TYPE_ENTRY);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, pt_link_get_label (link));
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "nobody asks");
  pt_canvas_select_none (pt_window_get_canvas (window));
  test_settle ();
  g_assert_cmpstr (pt_link_get_label (link), ==, "nobody asks");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The side panel measures only the editor it shows (measuring the others
 * was a third of the text shaping at start-up). Whichever it shows, and
 * however long a participant's name, the panel's narrowest width stays its
 * own, so selecting a factor never widens it. */
static void
test_editors_fit_the_panel (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GPtrArray) panels = test_widgets_of (window, PT_TYPE_SIDE_PANEL);
  GtkWidget *panel = g_ptr_array_index (panels, 0);
  g_autoptr(GPtrArray) stacks = test_widgets_of (panel, GTK_TYPE_STACK);
  PtWorkshop *workshop;
  PtParticipant *long_name;
  PtFactor *factor;
  GtkStack *stack;
  int narrowest, min;
  guint pages = 0;

  g_assert_true (pt_window_open_file (window, file));
  workshop = pt_window_get_workshop (window);
  long_name = g_object_new (PT_TYPE_PARTICIPANT, "id", "p-long",
                            "name", "Anna-Karin Johansson-Lindqvist, undersköterska på avdelning 4", NULL);
  g_assert_true (pt_workshop_add (workshop, PT_ITEM (long_name)));
  factor = g_ptr_array_index (pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR), 0);
  pt_workshop_set (workshop, factor, "raised-by", "p-long", NULL);
  g_object_unref (long_name);
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  g_assert_cmpuint (stacks->len, >=, 1);
  stack = g_ptr_array_index (stacks, 0);
  g_assert_false (gtk_stack_get_hhomogeneous (stack));
  gtk_widget_measure (panel, GTK_ORIENTATION_HORIZONTAL, -1, &narrowest, NULL, NULL, NULL);
  g_assert_cmpint (narrowest, >, 0);

  /* A link first, so both editors are made. */
  pt_canvas_select_link (pt_window_get_canvas (window),
                         g_ptr_array_index (pt_workshop_get_items (workshop, PT_ITEM_KIND_LINK), 0));
  test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "link");
  pt_canvas_select_factor (pt_window_get_canvas (window), factor, FALSE);
  test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "factor");
  gtk_widget_measure (panel, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, ==, narrowest);

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page), pages++)
    {
      gtk_stack_set_visible_child (stack, page);
      gtk_widget_measure (panel, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("page %s: the panel at least %d px", gtk_stack_page_get_name (gtk_stack_get_page (stack, page)), min);
      g_assert_cmpint (min, ==, narrowest);
    }
  g_assert_cmpuint (pages, ==, 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each choice (statuses, perspectives, rounds, the editors') makes its menu
 * when first opened: no list of choices, as a GtkDropDown builds at once,
 * before anyone opens one. */
static void
test_choices_made_when_opened (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GPtrArray) choices = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GPtrArray) menus = NULL;

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  choices = test_widgets_of (window, PT_TYPE_CHOICE_BUTTON);
  /* The highlight, five perspectives and the example's one action's
   * status; the editors' and the Rounds popover's are not made yet. */
  g_assert_cmpuint (choices->len, ==, 7);
  lists = test_widgets_of (window, GTK_TYPE_LIST_VIEW);
  g_assert_cmpuint (lists->len, ==, 0);
  for (guint i = 0; i < choices->len; i++)
    {
      menus = test_widgets_of (g_ptr_array_index (choices, i), GTK_TYPE_POPOVER);
      g_assert_cmpuint (menus->len, ==, 0);
      g_clear_pointer (&menus, g_ptr_array_unref);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's size is not asked of its content (which GTK 4.8 answers by
 * measuring all of it a dozen times over), and the cycle band answers how
 * wide it must be without a search: whatever its height, the prompt wraps
 * to the width it gets, the timer keeping its own at the end. */
static void
test_band_measured_plainly (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GPtrArray) bands = test_widgets_of (window, PT_TYPE_CYCLE_BAND);
  g_autoptr(PtStepTimer) timer = pt_step_timer_new ();
  GtkWidget *band = g_ptr_array_index (bands, 0);
  g_autoptr(GPtrArray) labels = test_widgets_of (band, GTK_TYPE_LABEL);
  GtkWidget *timer_label = NULL, *texts;
  graphene_rect_t bounds;
  int min, nat, min_at, nat_at, narrow, wide, with_timer;

  g_assert_cmpint (gtk_widget_get_request_mode (GTK_WIDGET (window)), ==, GTK_SIZE_REQUEST_CONSTANT_SIZE);
  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();

  gtk_widget_measure (band, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (band, GTK_ORIENTATION_HORIZONTAL, 34, &min_at, &nat_at, NULL, NULL);
  g_assert_cmpint (min_at, ==, min);
  g_assert_cmpint (nat_at, ==, nat);
  g_assert_cmpint (min, <, nat);
  gtk_widget_measure (band, GTK_ORIENTATION_VERTICAL, min, &narrow, NULL, NULL, NULL);
  gtk_widget_measure (band, GTK_ORIENTATION_VERTICAL, nat, &wide, NULL, NULL, NULL);
  g_assert_cmpint (narrow, >, wide);

  /* Its texts stand in the middle of its height, placed there by the band
   * rather than by an alignment that has GTK search for their width. */
  texts = gtk_widget_get_parent (g_ptr_array_index (labels, 0));
  g_assert_true (gtk_widget_compute_bounds (texts, band, &bounds));
  g_assert_cmpfloat (bounds.size.height, <, gtk_widget_get_height (band));
  g_assert_cmpfloat (fabs (bounds.origin.y - (gtk_widget_get_height (band) - bounds.size.height) / 2), <=, 1);

  /* The timer, once it runs, takes room at the end of the line. */
  pt_cycle_band_set_timer (PT_CYCLE_BAND (band), timer);
  pt_step_timer_start (timer, 180);
  test_settle ();
  gtk_widget_measure (band, GTK_ORIENTATION_HORIZONTAL, -1, &with_timer, NULL, NULL, NULL);
  g_assert_cmpint (with_timer, >, min);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), "3:00") == 0)
      timer_label = g_ptr_array_index (labels, i);
  g_assert_nonnull (timer_label);
  g_assert_true (gtk_widget_compute_bounds (timer_label, band, &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (band));
  g_assert_cmpfloat (bounds.origin.x, >, gtk_widget_get_width (band) / 2);
  pt_step_timer_stop (timer);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/start-up/theme-loaded-once", test_theme_loaded_once);
  g_test_add_func ("/start-up/window-icon-is-png", test_window_icon_is_png);
  g_test_add_func ("/start-up/window-has-icon", test_window_has_icon);
  g_test_add_func ("/start-up/first-frame-without-librsvg", test_first_frame_without_librsvg);
  g_test_add_func ("/start-up/popovers-made-when-opened", test_popovers_made_when_opened);
  g_test_add_func ("/start-up/editors-made-when-needed", test_editors_made_when_needed);
  g_test_add_func ("/start-up/editors-fit-the-panel", test_editors_fit_the_panel);
  g_test_add_func ("/start-up/choices-made-when-opened", test_choices_made_when_opened);
  g_test_add_func ("/start-up/band-measured-plainly", test_band_measured_plainly);

  return g_test_run ();
}
