/* test-window.c — the window under Xvfb: opening a workshop shows it, and a
 * bad file leaves the open workshop in place with the reason on screen. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "pt-application.h"
#include "pt-window.h"

static PtWindow *
new_window (void)
{
  static PtApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Registered without a session bus name of its own: tests may run
       * beside a real instance. */
      app = pt_application_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return pt_window_new (app);
}

static GFile *
dist_file (const char *folder,
           const char *subfolder,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, subfolder, name, NULL);

  return g_file_new_for_path (path);
}

static void
test_open_example (void)
{
  PtWindow *window = new_window ();
  g_autoptr(GFile) file = dist_file ("data", "examples", "lindgarden-en.ptw");
  PtWorkshop *ws;

  pt_window_open_file (window, file);
  ws = pt_window_get_workshop (window);
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 16);
  g_assert_true (g_file_equal (pt_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Co-production at Lindgården care home — Power Triangle");

  /* An edit marks the title; undoing it removes the mark. */
  pt_workshop_set (ws, ws, "title", "Changed", NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Changed — Power Triangle");
  pt_history_undo (pt_workshop_get_history (ws));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Co-production at Lindgården care home — Power Triangle");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkMessageDialog *
find_error_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (w))
        return GTK_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
test_open_bad_file_keeps_document (void)
{
  PtWindow *window = new_window ();
  g_autoptr(GFile) good = dist_file ("data", "examples", "lindgarden-sv.ptw");
  g_autoptr(GFile) bad = dist_file ("tests", "bad", "self-link.ptw");
  GtkMessageDialog *dialog;
  g_autofree char *secondary = NULL;
  PtWorkshop *before;

  pt_window_open_file (window, good);
  before = pt_window_get_workshop (window);
  pt_window_open_file (window, bad);

  g_assert_true (pt_window_get_workshop (window) == before);
  g_assert_true (g_file_equal (pt_window_get_file (window), good));
  dialog = find_error_dialog ();
  g_assert_nonnull (dialog);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_true (g_str_has_suffix (secondary, "self-link.ptw:8:29: the link “l1” goes from a factor to itself"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/open-example", test_open_example);
  g_test_add_func ("/window/open-bad-file-keeps-document", test_open_bad_file_keeps_document);

  return g_test_run ();
}
