/* test-print.c — printing through GtkPrintOperation to a PDF file (under
 * Xvfb) gives the handout's pages, with the parts the print tab chose. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pt-print-operation.h"
#include "pt-reader.h"

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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/to-pdf", test_print_to_pdf);

  return g_test_run ();
}
