/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-start-up.c — what the first window must not pay for: GTK's theme
 * loaded twice, librsvg loaded for the window icon, parts of the window no
 * one has opened yet built before its first frame, wrapping text measured
 * over and over to size the window, and the window's fonts loaded on the
 * main thread while a second one waits. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "pt-canvas.h"
#include "pt-choice-button.h"
#include "pt-cycle-band.h"
#include "pt-factor-editor.h"
#include "pt-first-frame.h"
#include "pt-kept-view.h"
#include "pt-warm-up.h"
#include "pt-widget-fonts.h"
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

static void
note_icon_at_first_frame (GtkWindow *window)
{
  g_object_set_data_full (G_OBJECT (window), "icon-at-first-frame",
                          g_strdup (gtk_window_get_icon_name (window) ? gtk_window_get_icon_name (window)
                                    : gtk_window_get_default_icon_name () ? gtk_window_get_default_icon_name ()
                                    : "none"), g_free);
}

/* The window manager's icon is not part of what the window shows, and
 * decoding and sending it at every size was 2% of the work to the first
 * frame: the first frame goes without it; then the window, and every
 * window made after, has it. Must run before any window is shown. */
static void
test_icon_after_first_frame (void)
{
  PtWindow *window = pt_window_new (test_app ());
  PtWindow *later;

  g_assert_null (gtk_window_get_default_icon_name ());
  pt_first_frame_connect (GTK_WINDOW (window), note_icon_at_first_frame);
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  g_assert_cmpstr (g_object_get_data (G_OBJECT (window), "icon-at-first-frame"), ==, "none");
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  g_assert_cmpstr (gtk_window_get_icon_name (GTK_WINDOW (window)), ==, APPLICATION_ID);

  later = pt_window_new (test_app ());
  pt_first_frame_connect (GTK_WINDOW (later), note_icon_at_first_frame);
  gtk_window_present (GTK_WINDOW (later));
  test_settle ();
  g_assert_cmpstr (g_object_get_data (G_OBJECT (later), "icon-at-first-frame"), ==, APPLICATION_ID);
  gtk_window_destroy (GTK_WINDOW (later));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The outcome of the above: the example's first frame, and librsvg (some
 * 20 ms to load and start) is still not in the process. */
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
  /* The journal's is the panel's one text view until then. */
  texts = test_widgets_of (panel, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (texts->len, ==, 1);
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

/* While GTK starts and the window is built, a second thread loads the
 * fonts into a font map of its own, which the main thread takes for its
 * default before the window is shown, and not before; or goes on without,
 * if the thread is not done in time. */
static void
test_fonts_loaded_meanwhile (void)
{
  g_autoptr(PangoFontMap) before = NULL;
  PangoFontMap *after;

  /* The test application's own start-up began one, whose windows these
   * tests show themselves. */
  pt_warm_up_finish (G_MAXINT64);
  before = g_object_ref (pango_cairo_font_map_get_default ());

  pt_warm_up_start (NULL);
  pt_warm_up_widget_fonts ();
  g_assert_true (pango_cairo_font_map_get_default () == before);
  pt_warm_up_finish (G_MAXINT64);
  after = pango_cairo_font_map_get_default ();
  g_assert_true (after != before);
  g_assert_true (PANGO_IS_CAIRO_FONT_MAP (after));
  /* Handed over once: nothing more to take. */
  pt_warm_up_finish (G_MAXINT64);
  g_assert_true (pango_cairo_font_map_get_default () == after);

  /* Not waited for (a machine busy with other work): the window goes on
   * with the map it has, and the thread, still drawing, ends by itself. */
  pt_warm_up_start (NULL);
  pt_warm_up_widget_fonts ();
  pt_warm_up_finish (0);
  g_assert_true (pango_cairo_font_map_get_default () == after);

  /* Never told the widgets' fonts (an application that shows no window
   * first), the thread still ends, and its map is taken all the same, the
   * one left behind above notwithstanding. */
  pt_warm_up_start (NULL);
  pt_warm_up_finish (G_MAXINT64);
  g_assert_true (pango_cairo_font_map_get_default () != after);
}

static gboolean
font_listed (GPtrArray                  *fonts,
             const PangoFontDescription *font)
{
  for (guint i = 0; i < fonts->len; i++)
    if (pango_font_description_equal (g_ptr_array_index (fonts, i), font))
      return TRUE;
  return FALSE;
}

/* The fonts the thread is told to load are the ones the first window's
 * labels draw with: each shown label's font is one of them, and each of
 * them is some shown label's. */
static void
test_widget_fonts_are_the_windows (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GPtrArray) fonts = pt_warm_up_list_widget_fonts ();
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree gboolean *used = g_new0 (gboolean, fonts->len);
  guint shown = 0;

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  labels = test_widgets_of (window, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      const PangoFontDescription *font;
      g_autofree char *name = NULL;

      if (!gtk_widget_get_mapped (label) || *gtk_label_get_text (GTK_LABEL (label)) == '\0')
        continue;
      shown++;
      font = pango_context_get_font_description (gtk_widget_get_pango_context (label));
      name = pango_font_description_to_string (font);
      g_test_message ("\"%s\": %s", gtk_label_get_text (GTK_LABEL (label)), name);
      g_assert_true (font_listed (fonts, font));
      for (guint j = 0; j < fonts->len; j++)
        if (pango_font_description_equal (g_ptr_array_index (fonts, j), font))
          used[j] = TRUE;
    }
  g_assert_cmpuint (shown, >, 20);
  for (guint j = 0; j < fonts->len; j++)
    g_assert_true (used[j]);
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
kept_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "power-triangle", "widget-fonts", NULL);
}

/* One start of the warm-up, told the widgets' fonts: how many it loaded
 * only once told. */
static guint
warm_up_once (void)
{
  pt_warm_up_start (NULL);
  pt_warm_up_widget_fonts ();
  pt_warm_up_finish (G_MAXINT64);
  return pt_warm_up_count_late_fonts ();
}

static void
assert_kept_are_the_widgets (void)
{
  g_autofree char *path = kept_path ();
  g_autoptr(PtWidgetFonts) kept = pt_widget_fonts_read (path);
  g_autoptr(GPtrArray) fonts = pt_warm_up_list_widget_fonts ();

  g_assert_nonnull (kept);
  g_assert_cmpuint (kept->fonts->len, ==, fonts->len);
  for (guint i = 0; i < fonts->len; i++)
    g_assert_true (pango_font_description_equal (g_ptr_array_index (kept->fonts, i), g_ptr_array_index (fonts, i)));
  g_assert_cmpfloat (kept->resolution, >=, 24);
}

/* The widgets' fonts are known only once GTK has started; the warm-up
 * keeps the last start's and loads those while GTK starts, so a start on
 * the same desktop has none left to load once told. A kept file that is
 * damaged, absurd or from another desktop is as good as none, and the
 * fonts told replace it. */
static void
test_widget_fonts_kept (void)
{
  g_autofree char *path = kept_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GPtrArray) fonts = pt_warm_up_list_widget_fonts ();
  g_autoptr(PtWidgetFonts) other = g_new0 (PtWidgetFonts, 1);
  g_autoptr(GError) error = NULL;
  static const char *const spoilt[] = {
    "\x01\x02 not a key file\n[",
    "[Widget Fonts]\nfonts=Sans 5000;\nresolution=96\n",
    "[Widget Fonts]\nfonts=Sans 11;\nresolution=96\noptions=2;0;99;1;\n",
    "[Widget Fonts]\nfonts=Sans 11;\nresolution=0\n",
    "[Widget Fonts]\nfonts=;\nresolution=96\n",
  };

  /* The test application's own start-up began one. */
  pt_warm_up_finish (G_MAXINT64);

  g_remove (path);
  g_assert_cmpuint (warm_up_once (), ==, fonts->len);
  assert_kept_are_the_widgets ();
  g_assert_cmpuint (warm_up_once (), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (spoilt); i++)
    {
      g_assert_true (g_file_set_contents (path, spoilt[i], -1, NULL));
      g_assert_null (pt_widget_fonts_read (path));
      g_assert_cmpuint (warm_up_once (), ==, fonts->len);
      assert_kept_are_the_widgets ();
    }

  /* Another desktop's: its fonts are loaded for nothing, then the ones
   * told, which are kept instead. */
  other->resolution = 144;
  other->fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_font_description_free);
  g_ptr_array_add (other->fonts, pango_font_description_from_string ("Serif 20"));
  g_assert_true (pt_widget_fonts_write (other, path, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PtWidgetFonts) read = pt_widget_fonts_read (path);

    g_assert_nonnull (read);
    g_assert_true (pt_widget_fonts_equal (read, other));
    g_assert_null (read->options);
  }
  g_assert_cmpuint (warm_up_once (), ==, fonts->len);
  assert_kept_are_the_widgets ();

  /* Nowhere to keep them: the start goes on all the same. */
  g_remove (path);
  {
    g_autofree char *view = g_build_filename (folder, "canvas-view", NULL);

    g_remove (view);
  }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
  g_assert_true (g_file_set_contents (folder, "a file where the folder would be", -1, NULL));
  g_assert_cmpuint (warm_up_once (), ==, fonts->len);
  g_assert_false (pt_widget_fonts_write (other, path, &error));
  g_assert_nonnull (error);
  g_remove (folder);
}

static char *
view_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "power-triangle", "canvas-view", NULL);
}

/* At the first frame: whether the canvas copied a picture of the triangle
 * made ahead (a first view is otherwise drawn straight, not kept). */
static void
note_base_at_first_frame (GtkWindow *window)
{
  PtScene *scene = pt_canvas_get_scene (pt_window_get_canvas (PT_WINDOW (window)));

  g_object_set_data (G_OBJECT (window), "base-kept", GINT_TO_POINTER (pt_scene_is_base_kept (scene) + 1));
}

/* One start, opening file: the warm-up is started with start_file (what
 * the command line named) and waited for; the window opens file, is shown,
 * and its canvas's view is kept as the app keeps it. Whether the first
 * frame copied the triangle drawn ahead. */
static gboolean
start_with (GFile *start_file,
            GFile *file)
{
  PtWindow *window;
  PtScene *scene;
  gboolean kept;

  pt_warm_up_start (start_file);
  pt_warm_up_widget_fonts ();
  pt_warm_up_finish (G_MAXINT64);
  window = pt_window_new (test_app ());
  g_assert_true (pt_window_open_file (window, file));
  pt_first_frame_connect (GTK_WINDOW (window), note_base_at_first_frame);
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  scene = pt_canvas_get_scene (pt_window_get_canvas (window));
  pt_warm_up_keep_view (scene);
  kept = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "base-kept")) - 1;
  g_assert_cmpint (kept, >=, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  return kept;
}

static void
assert_view_kept (void)
{
  g_autofree char *path = view_path ();
  PtKeptView kept;

  g_assert_true (pt_kept_view_read (path, &kept));
  g_assert_cmpfloat (kept.view.device_scale, ==, 1);
  g_assert_cmpfloat (kept.view.matrix.xx, >, 0.1);
  g_assert_cmpint (kept.view.area.width, >, 200);
  g_assert_false (kept.high_contrast);
}

/* The workshop named on the command line is read, and its canvas drawn, on
 * the start-up thread while GTK starts: at the view the last start's first
 * frame had, which is kept. The first frame then copies that picture. A
 * start at another view draws its own and keeps that view; a kept file
 * that is damaged or absurd counts as none; a file the thread cannot read,
 * or another than the window opens, is read by the window as ever. */
static void
test_document_drawn_ahead (void)
{
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GFile) damaged = NULL;
  g_autofree char *path = view_path ();
  g_autofree char *damaged_path = g_build_filename (g_get_tmp_dir (), "pt-test-damaged.ptw", NULL);
  g_autofree char *contents = NULL;
  static const char *const spoilt[] = {
    "\x01\x02 not a key file\n[",
    "[Canvas View]\nmatrix=0.5;0;0;0.5;90;50;\ndevice-scale=1\narea=59;0;821;400000;\n",
    "[Canvas View]\nmatrix=0.5;0;0.2;0.5;90;50;\ndevice-scale=1\narea=59;0;821;584;\n",
    "[Canvas View]\nmatrix=0.5;0;0;0.5;90;50;\ndevice-scale=0\narea=59;0;821;584;\n",
    "[Canvas View]\nmatrix=nan;0;0;0.5;90;50;\ndevice-scale=1\narea=59;0;821;584;\n",
    "[Canvas View]\nmatrix=0.5;0;0;0.5;90;\ndevice-scale=1\narea=59;0;821;584;\n",
  };

  /* The test application's own start-up began one. */
  test_app ();
  pt_warm_up_finish (G_MAXINT64);

  /* The first start keeps its view; the next draws ahead at it. */
  g_remove (path);
  g_assert_false (start_with (file, file));
  assert_view_kept ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (start_with (file, file));
  {
    g_autofree char *again = NULL;

    /* The same view: not written again. */
    g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
    g_assert_cmpstr (again, ==, contents);
  }

  /* Another window's view: drawn for nothing, and this one kept. */
  {
    PtKeptView other;

    g_assert_true (pt_kept_view_read (path, &other));
    other.view.matrix.x0 += 7;
    g_assert_true (pt_kept_view_write (&other, path, NULL));
    g_assert_false (start_with (file, file));
    g_assert_true (start_with (file, file));
  }

  for (guint i = 0; i < G_N_ELEMENTS (spoilt); i++)
    {
      PtKeptView none = { .view.device_scale = -1 };

      g_assert_true (g_file_set_contents (path, spoilt[i], -1, NULL));
      g_assert_false (pt_kept_view_read (path, &none));
      g_assert_cmpfloat (none.view.device_scale, ==, -1);
      g_assert_false (start_with (file, file));
      assert_view_kept ();
    }

  /* The window opens another workshop than the thread read. */
  g_assert_true (g_file_set_contents (damaged_path, "<workshop", -1, NULL));
  damaged = g_file_new_for_path (damaged_path);
  g_assert_false (start_with (damaged, file));
  g_assert_true (start_with (file, file));
  pt_warm_up_start (file);
  pt_warm_up_finish (G_MAXINT64);
  {
    g_autofree char *etag = NULL;

    g_assert_null (pt_warm_up_take_workshop (damaged, &etag));
    g_assert_null (etag);
  }

  /* The thread cannot read it: the window says why, as ever. */
  pt_warm_up_start (damaged);
  pt_warm_up_finish (G_MAXINT64);
  {
    PtWindow *window = pt_window_new (test_app ());

    g_assert_false (pt_window_open_file (window, damaged));
    gtk_window_destroy (GTK_WINDOW (window));
  }
  g_remove (damaged_path);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/start-up/theme-loaded-once", test_theme_loaded_once);
  g_test_add_func ("/start-up/window-icon-is-png", test_window_icon_is_png);
  g_test_add_func ("/start-up/icon-after-first-frame", test_icon_after_first_frame);
  g_test_add_func ("/start-up/first-frame-without-librsvg", test_first_frame_without_librsvg);
  g_test_add_func ("/start-up/popovers-made-when-opened", test_popovers_made_when_opened);
  g_test_add_func ("/start-up/editors-made-when-needed", test_editors_made_when_needed);
  g_test_add_func ("/start-up/editors-fit-the-panel", test_editors_fit_the_panel);
  g_test_add_func ("/start-up/choices-made-when-opened", test_choices_made_when_opened);
  g_test_add_func ("/start-up/band-measured-plainly", test_band_measured_plainly);
  g_test_add_func ("/start-up/fonts-loaded-meanwhile", test_fonts_loaded_meanwhile);
  g_test_add_func ("/start-up/widget-fonts-are-the-windows", test_widget_fonts_are_the_windows);
  g_test_add_func ("/start-up/widget-fonts-kept", test_widget_fonts_kept);
  g_test_add_func ("/start-up/document-drawn-ahead", test_document_drawn_ahead);

  return g_test_run ();
}
