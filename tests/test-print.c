/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c — printing through GtkPrintOperation to a PDF file (under
 * Xvfb) gives the handout's pages, with the parts the print tab chose. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pt-print-operation.h"
#include "pt-reader.h"
#include "pt-window.h"
#include "test-util.h"

static char *
run (const char *tool,
     const char *path)
{
  const char *argv[] = { tool, path, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdftotext"))
    {
      argv[2] = "-";
      argv[1] = path;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
print_to_pdf (PtWorkshop     *ws,
              PtHandoutParts  parts,
              const char     *path)
{
  g_autoptr(PtPrintOperation) operation = pt_print_operation_new (ws);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  const char *line;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  pt_print_operation_set_parts (operation, parts, FALSE);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = run ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "(A4)"));
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static void
test_print_to_pdf (void)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(PtWorkshop) ws = pt_reader_load_file (file, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("pt-test-print-XXXXXX", NULL);
  g_autofree char *full = g_build_filename (dir, "full.pdf", NULL);
  g_autofree char *triangle = g_build_filename (dir, "triangle.pdf", NULL);
  g_autofree char *text = NULL;
  GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
  guint full_pages, triangle_pages;

  full_pages = print_to_pdf (ws, PT_HANDOUT_DEFAULT_PARTS | PT_HANDOUT_REFLECTION, full);
  triangle_pages = print_to_pdf (ws, PT_HANDOUT_TRIANGLE, triangle);
  g_assert_cmpuint (triangle_pages, ==, 1);
  g_assert_cmpuint (full_pages, >=, 3);

  text = run ("pdftotext", full);
  for (guint i = 0; i < factors->len; i++)
    g_assert_nonnull (strstr (text, pt_factor_get_text (g_ptr_array_index (factors, i))));

  g_unlink (full);
  g_unlink (triangle);
  g_rmdir (dir);
}

static gboolean
on_tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Whether the window's export is over: its busy pointer is gone. */
static gboolean
export_done (PtWindow *window)
{
  return gtk_widget_get_cursor (GTK_WIDGET (window)) == NULL;
}

/* The file chooser GTK shows for GtkFileChooserNative when there is no
 * portal (as here), or NULL. */
static GtkFileChooser *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }
  return NULL;
}

/* Picks the item of that label in whichever of the dialog's lists has it,
 * as a user would. (GTK 4.8's dialog does not take set_choice.) */
static void
choose (GtkFileChooser *chooser,
        const char     *label)
{
  g_autoptr(GPtrArray) lists = test_widgets_of (chooser, GTK_TYPE_DROP_DOWN);

  for (guint i = 0; i < lists->len; i++)
    {
      GListModel *model = gtk_drop_down_get_model (g_ptr_array_index (lists, i));

      for (guint j = 0; model != NULL && GTK_IS_STRING_LIST (model) && j < g_list_model_get_n_items (model); j++)
        if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), j), label))
          {
            gtk_drop_down_set_selected (g_ptr_array_index (lists, i), j);
            return;
          }
    }
  g_error ("the dialog offers no “%s”", label);
}

/* Export… (Ctrl+Shift+E): the dialog, a name, a choice of its own, and
 * Export; the file is written in the background while the window goes on
 * answering, with the choice made. */
static void
test_export_dialog (void)
{
  g_autoptr(GFile) example = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autofree char *dir = g_dir_make_tmp ("pt-test-export-dialog-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  const struct { const char *name; const char *choice; const char *label; const char *filter; const char *written; } cases[] = {
    { "picture.png", "png-width", "1240 pixels (150 dpi)", NULL, "picture.png" },
    { "handout.pdf", "paper", "Letter", NULL, "handout.pdf" },
    /* A picture chosen, the name still as suggested: it follows. */
    { "sheet.pdf", "png-width", "1240 pixels (150 dpi)", "PNG", "sheet.png" },
  };
  g_autoptr(GFile) beside = NULL;
  PtWindow *window = pt_window_new (test_app ());

  example = g_file_new_for_path (path);
  beside = g_file_get_parent (example);
  g_assert_true (pt_window_open_file (window, example));
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *target = g_build_filename (dir, cases[i].written, NULL);
      GtkFileChooser *chooser;
      gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      guint ticks = 0, tick;
      gboolean busy_seen = FALSE;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
      test_settle ();
      chooser = find_chooser ();
      g_assert_nonnull (chooser);
      /* The dialog suggests the workshop's title as the name. */
      g_assert_true (g_str_has_prefix (gtk_file_chooser_get_current_name (chooser), "Co-production at Lindg"));
      /* It opens beside the workshop, then where the last export went,
       * not in the folder the program was started from. */
      {
        g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (chooser);

        g_assert_nonnull (current);
        g_assert_true (g_file_equal (current, i == 0 ? beside : folder));
      }
      g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
      gtk_file_chooser_set_current_name (chooser, cases[i].name);
      choose (chooser, cases[i].label);
      if (cases[i].filter != NULL)
        {
          GListModel *filters = gtk_file_chooser_get_filters (chooser);

          for (guint f = 0; f < g_list_model_get_n_items (filters); f++)
            {
              g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, f);

              if (g_str_has_prefix (gtk_file_filter_get_name (filter), cases[i].filter))
                gtk_file_chooser_set_filter (chooser, filter);
            }
          g_object_unref (filters);
        }
      tick = g_timeout_add (20, on_tick_cb, &ticks);
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
      /* In the background: the window says it is busy meanwhile, and
       * answers. */
      while (!(busy_seen && export_done (window)) && g_get_monotonic_time () < deadline)
        {
          g_main_context_iteration (NULL, TRUE);
          busy_seen |= !export_done (window);
        }
      g_assert_true (busy_seen);
      g_source_remove (tick);
      g_assert_true (export_done (window));
      g_test_message ("%s: the window's 20 ms timer ran %u times while it was written", cases[i].name, ticks);
      g_assert_null (pt_window_get_error (window));
      g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
      if (g_str_has_suffix (target, ".png"))
        {
          cairo_surface_t *png = cairo_image_surface_create_from_png (target);

          g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1240);
          cairo_surface_destroy (png);
        }
      else
        {
          g_autofree char *info = run ("pdfinfo", target);

          g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
        }
      g_unlink (target);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/to-pdf", test_print_to_pdf);
  g_test_add_func ("/print/export-dialog", test_export_dialog);

  return g_test_run ();
}
