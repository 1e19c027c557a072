/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-outline.c — the list of all factors at any size: a change moves or
 * relabels the one row it is about, and rows out of view are not drawn, so
 * neither an edit nor a frame costs more as a workshop grows. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "pt-outline.h"
#include "pt-side-panel.h"
#include "pt-window.h"
#include "test-util.h"

static PtWindow *
present_window (PtWorkshop *workshop)
{
  PtWindow *window = pt_window_new (test_app ());

  pt_window_set_workshop (window, workshop);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 500 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  test_settle ();
  return window;
}

static PtOutline *
find_outline (PtWindow *window)
{
  g_autoptr(GPtrArray) found = test_widgets_of (window, PT_TYPE_OUTLINE);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static GtkListBox *
outline_list (PtOutline *outline)
{
  g_autoptr(GPtrArray) found = test_widgets_of (outline, GTK_TYPE_LIST_BOX);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The rows, in order. */
static GPtrArray *
rows_of (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_ptr_array_add (rows, row);
  return rows;
}

static const char *
row_text (GtkListBoxRow *row)
{
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (row)));
}

/* The row whose text (the factor's, then its votes) starts so. */
static int
index_of_text (GtkListBox *list,
               const char *text)
{
  g_autoptr(GPtrArray) rows = rows_of (list);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (row_text (g_ptr_array_index (rows, i)), text))
      return (int) i;
  return -1;
}

/* The headings, top to bottom, as one string. */
static char *
headings (GtkListBox *list)
{
  g_autoptr(GPtrArray) rows = rows_of (list);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *header = gtk_list_box_row_get_header (g_ptr_array_index (rows, i));

      if (header != NULL)
        g_string_append_printf (all, "%s%s", all->len > 0 ? " | " : "", gtk_label_get_text (GTK_LABEL (header)));
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static PtFactor *
factor_with_text (PtWorkshop *workshop,
                  const char *text)
{
  GPtrArray *factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR);

  for (guint i = 0; i < factors->len; i++)
    if (g_str_equal (pt_factor_get_text (g_ptr_array_index (factors, i)), text))
      return g_ptr_array_index (factors, i);
  g_error ("no factor “%s”", text);
}

/* Renaming, voting for and moving a factor keep every row as it was made
 * and change only where that factor's row stands and what it says; the
 * headings count along, and undo puts it all back. */
static void
test_changes_touch_one_row (void)
{
  g_autoptr(PtWorkshop) workshop = test_load_example ();
  PtWindow *window = present_window (workshop);
  GtkListBox *list = outline_list (find_outline (window));
  g_autoptr(GPtrArray) before = rows_of (list);
  g_autofree char *headings_before = headings (list);
  PtFactor *renamed = factor_with_text (workshop, "Staff decide without asking");
  PtFactor *moved = factor_with_text (workshop, "Residents have little energy for meetings");
  PtFactor *voted = factor_with_text (workshop, "Improvement work without prestige");
  int renamed_at = index_of_text (list, "Staff decide without asking");
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *headings_after = NULL;

  g_assert_cmpuint (before->len, ==, pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR)->len);
  g_assert_cmpstr (headings_before, ==,
                   "Resources — Barrier (2) | Resources — Enabler (3) | Discourses — Barrier (3) | "
                   "Discourses — Enabler (3) | Contexts — Barrier (3) | Contexts — Enabler (2)");
  g_assert_cmpint (renamed_at, >=, 0);

  pt_workshop_set (workshop, PT_ITEM (renamed), "text", "Staff decide for the residents", NULL);
  test_settle ();
  after = rows_of (list);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before, i));
  g_assert_cmpstr (row_text (g_ptr_array_index (after, renamed_at)), ==, "Staff decide for the residents — 2 votes");

  /* The most votes in its group: it leads it. */
  g_assert_cmpint (index_of_text (list, "Improvement work without prestige"), >, 5);
  pt_workshop_set (workshop, PT_ITEM (voted), "votes", 9, NULL);
  test_settle ();
  g_assert_cmpint (index_of_text (list, "Improvement work without prestige — 9 votes"), ==, 2 + 3 + 3);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = rows_of (list);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (g_ptr_array_find (after, g_ptr_array_index (before, i), NULL));

  /* From resources to contexts: the headings count it there. */
  pt_workshop_set (workshop, PT_ITEM (moved), "dimension", PT_DIMENSION_CONTEXTS, NULL);
  test_settle ();
  headings_after = headings (list);
  g_assert_cmpstr (headings_after, ==,
                   "Resources — Barrier (1) | Resources — Enabler (3) | Discourses — Barrier (3) | "
                   "Discourses — Enabler (3) | Contexts — Barrier (4) | Contexts — Enabler (2)");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = rows_of (list);
  g_assert_true (g_ptr_array_find (after, g_ptr_array_index (before, 0), NULL));

  /* Gone with its factor, back with undo. */
  pt_workshop_remove (workshop, PT_ITEM (renamed));
  test_settle ();
  g_assert_cmpint (index_of_text (list, "Staff decide for the residents"), ==, -1);
  g_clear_pointer (&headings_after, g_free);
  headings_after = headings (list);
  g_assert_true (strstr (headings_after, "Discourses — Barrier (2)") != NULL);
  for (int i = 0; i < 4; i++)
    g_assert_true (pt_history_undo (pt_workshop_get_history (workshop)));
  test_settle ();
  g_clear_pointer (&headings_after, g_free);
  headings_after = headings (list);
  g_assert_cmpstr (headings_after, ==, headings_before);
  g_assert_cmpint (index_of_text (list, "Staff decide without asking"), >=, 0);
  g_assert_cmpint (index_of_text (list, "Improvement work without prestige"), >, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static PtWorkshop *
workshop_of (guint factors)
{
  PtWorkshop *workshop = pt_workshop_new ();

  for (guint i = 0; i < factors; i++)
    {
      g_autofree char *id = pt_workshop_new_id (workshop, PT_TYPE_FACTOR);
      g_autofree char *text = g_strdup_printf ("Factor number %u", i);
      g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                               "dimension", PT_DIMENSION_RESOURCES + i % 3,
                                               "x", 0.1 + 0.8 * (i % 17) / 17.0, "y", 0.1 + 0.8 * (i % 13) / 13.0,
                                               NULL);

      pt_workshop_add (workshop, factor);
    }
  return workshop;
}

/* Text nodes in what the side panel draws. */
static guint
count_text_nodes (PtWindow *window)
{
  g_autoptr(GPtrArray) panels = test_widgets_of (window, PT_TYPE_SIDE_PANEL);
  GtkWidget *panel = g_ptr_array_index (panels, 0);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *text, *end;
  guint n = 0;
  gsize size;

  gtk_widget_snapshot_child (gtk_widget_get_parent (panel), panel, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  bytes = gsk_render_node_serialize (node);
  text = g_bytes_get_data (bytes, &size);
  end = text + size;
  for (const char *at = text; (at = g_strstr_len (at, end - at, "text {")) != NULL; at++)
    n++;
  return n;
}

static void
scroll_panel_to (PtWindow *window,
                 double    fraction)
{
  g_autoptr(GPtrArray) panels = test_widgets_of (window, PT_TYPE_SIDE_PANEL);
  g_autoptr(GPtrArray) scrollers = test_widgets_of (g_ptr_array_index (panels, 0), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrollers, 0));

  gtk_adjustment_set_value (adjustment, fraction * (gtk_adjustment_get_upper (adjustment) -
                                                    gtk_adjustment_get_page_size (adjustment)));
  test_settle ();
}

/* Rows out of view are left out of the frame: the side panel draws about
 * as much with 400 factors as with 20, wherever it is scrolled, and what
 * is scrolled into view is drawn. */
static void
test_draws_rows_in_view (void)
{
  g_autoptr(PtWorkshop) few = workshop_of (20);
  g_autoptr(PtWorkshop) many = workshop_of (400);
  PtWindow *small = present_window (few);
  PtWindow *large = present_window (many);
  PtOutline *outline = find_outline (large);
  GtkListBox *list = outline_list (outline);
  g_autoptr(GPtrArray) rows = rows_of (list);
  guint with_few;

  g_assert_cmpuint (rows->len, ==, 400);
  scroll_panel_to (small, 1);
  with_few = count_text_nodes (small);
  g_assert_cmpuint (with_few, >=, 20);

  for (double at = 0; at <= 1; at += 0.25)
    {
      guint drawn = 0;

      scroll_panel_to (large, at);
      g_assert_cmpuint (count_text_nodes (large), <, with_few + 40);
      for (guint i = 0; i < rows->len; i++)
        drawn += gtk_widget_get_opacity (g_ptr_array_index (rows, i)) > 0;
      g_assert_cmpuint (drawn, ==, pt_outline_count_drawn (outline));
      g_assert_cmpuint (drawn, <, 40);
    }

  /* At the end: the last rows, not the first. */
  g_assert_cmpfloat (gtk_widget_get_opacity (g_ptr_array_index (rows, rows->len - 1)), ==, 1);
  g_assert_cmpfloat (gtk_widget_get_opacity (g_ptr_array_index (rows, 0)), ==, 0);
  /* In the middle: what is in view, and it is drawn. */
  scroll_panel_to (large, 0.5);
  {
    g_autoptr(GPtrArray) panels = test_widgets_of (large, PT_TYPE_SIDE_PANEL);
    g_autoptr(GPtrArray) scrollers = test_widgets_of (g_ptr_array_index (panels, 0), GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *scroller = g_ptr_array_index (scrollers, 0);
    guint in_view = 0;

    for (guint i = 0; i < rows->len; i++)
      {
        graphene_rect_t bounds;
        gboolean seen;

        g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (rows, i), scroller, &bounds));
        seen = bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < gtk_widget_get_height (scroller);
        in_view += seen;
        if (seen)
          g_assert_cmpfloat (gtk_widget_get_opacity (g_ptr_array_index (rows, i)), ==, 1);
      }
    g_assert_cmpuint (in_view, >, 5);
  }

  gtk_window_destroy (GTK_WINDOW (small));
  gtk_window_destroy (GTK_WINDOW (large));
}

/* Every row can be scrolled to: the outline is as tall as its rows are
 * when they wrap at the panel's width, not at their full length, so the
 * last one is in view at the end of the panel, whole. */
static void
test_every_row_reachable (void)
{
  g_autoptr(PtWorkshop) workshop = test_load_example ();
  PtWindow *window = present_window (workshop);
  PtOutline *outline = find_outline (window);
  g_autoptr(GPtrArray) rows = rows_of (outline_list (outline));
  g_autoptr(GPtrArray) panels = test_widgets_of (window, PT_TYPE_SIDE_PANEL);
  g_autoptr(GPtrArray) scrollers = test_widgets_of (g_ptr_array_index (panels, 0), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *scroller = g_ptr_array_index (scrollers, 0);
  GtkWidget *last = g_ptr_array_index (rows, rows->len - 1);
  graphene_rect_t bounds;
  guint wrapped = 0;

  g_assert_cmpuint (rows->len, ==, 16);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (outline), &bounds));
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (outline)));
      wrapped += pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))))) > 1;
    }
  /* The case that matters: some rows take two lines at this width. */
  g_assert_cmpuint (wrapped, >, 0);

  scroll_panel_to (window, 1);
  g_assert_true (gtk_widget_compute_bounds (last, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab enters the list at a row and leaves it at the next: the list is one
 * stop, not sixteen. */
static void
test_one_tab_stop (void)
{
  g_autoptr(PtWorkshop) workshop = test_load_example ();
  PtWindow *window = present_window (workshop);
  PtOutline *outline = find_outline (window);
  g_autoptr(GPtrArray) rows = rows_of (outline_list (outline));
  GtkWidget *focus;

  g_assert_true (gtk_widget_grab_focus (g_ptr_array_index (rows, 3)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (outline)));

  /* Back: into the list, at one row. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (outline)));
  /* And back again: out of it, not to the row above. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (outline)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The rows are made once the outline has been painted, with what changed
 * before then; a workshop given to an outline on the screen has its rows
 * at once. */
static void
test_rows_after_first_frame (void)
{
  g_autoptr(PtWorkshop) workshop = test_load_example ();
  g_autoptr(PtWorkshop) other = workshop_of (20);
  PtWindow *window = pt_window_new (test_app ());
  GtkListBox *list = outline_list (find_outline (window));
  PtFactor *renamed = factor_with_text (workshop, "Staff decide without asking");
  g_autoptr(GPtrArray) rows = NULL;

  pt_window_set_workshop (window, workshop);
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));
  pt_workshop_set (workshop, PT_ITEM (renamed), "text", "Staff decide for the residents", NULL);
  pt_workshop_remove (workshop, PT_ITEM (factor_with_text (workshop, "Taking time to listen")));
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));

  gtk_window_destroy (GTK_WINDOW (window));
  window = present_window (workshop);
  list = outline_list (find_outline (window));
  rows = rows_of (list);
  g_assert_cmpuint (rows->len, ==, 15);
  g_assert_cmpint (index_of_text (list, "Staff decide for the residents — 2 votes"), >=, 0);
  g_assert_cmpint (index_of_text (list, "Taking time to listen"), ==, -1);

  pt_window_set_workshop (window, other);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rows_of (list);
  g_assert_cmpuint (rows->len, ==, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outline/changes-touch-one-row", test_changes_touch_one_row);
  g_test_add_func ("/outline/draws-rows-in-view", test_draws_rows_in_view);
  g_test_add_func ("/outline/every-row-reachable", test_every_row_reachable);
  g_test_add_func ("/outline/one-tab-stop", test_one_tab_stop);
  g_test_add_func ("/outline/rows-after-first-frame", test_rows_after_first_frame);
  return g_test_run ();
}
