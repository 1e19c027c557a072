/* test-recovery.c — never lose a workshop: the recovery copy follows
 * unsaved changes, survives kill -9, and is offered back at the next start;
 * saving and discarding take it away; a damaged copy is reported. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <signal.h>
#include <sys/wait.h>

#include "pt-recovery-dialog.h"
#include "pt-window.h"
#include "test-util.h"

static const char *self_path;   /* this test program, to run as the child */

static guint
n_recoverable (void)
{
  g_autoptr(GPtrArray) entries = pt_recovery_list ();

  return entries->len;
}

static void
wait_for_copy (PtWindow *window)
{
  g_autofree char *name = g_strconcat (pt_window_get_recovery_id (window), ".info", NULL);
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autoptr(GFile) info = g_file_get_child (folder, name);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!g_file_query_exists (info, NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_query_exists (info, NULL));
}

/* The child: opens the example, moves the cycle on a step through the
 * window's own action, waits for the recovery copy and says so; then it
 * waits to be killed. */
static int
run_child (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (pt_window_open_file (window, file));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  wait_for_copy (window);
  g_print ("ready\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static void
test_kill_and_restore (void)
{
  const char *argv[] = { self_path, "--child", NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  PtWindow *window;
  GtkWindow *dialog;
  PtWorkshop *ws;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) example = g_file_new_for_path (path);

  g_assert_cmpuint (n_recoverable (), ==, 0);
  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* GTest's own lines come first. */
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  while (line != NULL && line[0] == '#');
  g_assert_cmpstr (line, ==, "ready");

  /* While it runs, its copy is its own. */
  g_assert_cmpuint (n_recoverable (), ==, 0);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);
  g_assert_cmpuint (n_recoverable (), ==, 1);

  /* The next start offers it; restoring brings back exactly that edit, as
   * unsaved changes to the file it came from. */
  window = pt_window_new (test_app ());
  gtk_window_present (GTK_WINDOW (window));
  dialog = pt_recovery_dialog_offer (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (pt_recovery_dialog_count (PT_RECOVERY_DIALOG (dialog)), ==, 1);
  pt_recovery_dialog_restore (PT_RECOVERY_DIALOG (dialog), 0);
  ws = pt_window_get_workshop (window);
  g_assert_cmpstr (pt_workshop_get_title (ws), ==, "Co-production at Lindgården care home");
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_ACTION);
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 16);
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (ws)));
  g_assert_true (g_file_equal (pt_window_get_file (window), example));

  /* Now this process keeps it; saving it drops it. */
  g_assert_cmpuint (n_recoverable (), ==, 0);
  {
    g_autofree char *dir = g_dir_make_tmp ("pt-restored-XXXXXX", NULL);
    g_autofree char *target = g_build_filename (dir, "restored.ptw", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (target);

    g_assert_true (pt_window_save_to_file (window, file));
    g_assert_false (pt_history_get_dirty (pt_workshop_get_history (ws)));
    g_unlink (target);
    g_rmdir (dir);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  {
    g_autoptr(GFile) folder = pt_recovery_folder ();
    g_autoptr(GFileEnumerator) files = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
    GFileInfo *info;
    guint left = 0;

    while (files != NULL && (info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
      {
        left++;
        g_object_unref (info);
      }
    g_assert_cmpuint (left, ==, 0);
  }
}

/* Unsaved changes are copied within two seconds; saving removes the copy. */
static void
test_save_removes_copy (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autofree char *dir = g_dir_make_tmp ("pt-recovery-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "saved.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autofree char *name = g_strconcat (pt_window_get_recovery_id (window), ".ptw", NULL);
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autoptr(GFile) copy = g_file_get_child (folder, name);
  PtWorkshop *ws = pt_window_get_workshop (window);

  pt_workshop_set (ws, ws, "title", "Never saved yet", NULL);
  wait_for_copy (window);
  g_assert_true (g_file_query_exists (copy, NULL));
  g_assert_true (pt_window_save_to_file (window, file));
  g_assert_false (g_file_query_exists (copy, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (target);
  g_rmdir (dir);
}

/* A copy that cannot be read is reported, not fatal; only Discard is left. */
static void
test_damaged_copy (void)
{
  g_autofree char *id = pt_recovery_new_id ();
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *dir = g_file_get_path (folder);
  g_autofree char *info_name = g_strconcat (id, ".info", NULL);
  g_autofree char *doc_name = g_strconcat (id, ".ptw", NULL);
  g_autofree char *info = g_build_filename (dir, info_name, NULL);
  g_autofree char *doc = g_build_filename (dir, doc_name, NULL);
  PtWindow *window = pt_window_new (test_app ());
  GtkWindow *dialog;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (info, "[recovery]\ntitle=Half a workshop\npid=999999999\nstarted=1\n", -1, NULL));
  g_assert_true (g_file_set_contents (doc, "<workshop xmlns=\"https://powertriangle.github.io/ns/workshop/1\"><fac",
                                      -1, NULL));
  dialog = pt_recovery_dialog_offer (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pt_recovery_dialog_restore (PT_RECOVERY_DIALOG (dialog), 0);
  /* Still offered, with the reason; the window kept its empty workshop. */
  g_assert_cmpuint (pt_recovery_dialog_count (PT_RECOVERY_DIALOG (dialog)), ==, 1);
  g_assert_true (pt_window_is_pristine (window));
  pt_recovery_dialog_discard (PT_RECOVERY_DIALOG (dialog), 0);
  g_assert_false (g_file_test (info, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A recovery folder that cannot be made: the work goes on, the window says
 * once that the changes are not kept safe, and the list is just empty. */
static void
test_unwritable_folder (void)
{
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *dir = g_file_get_path (folder);
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws = pt_window_get_workshop (window);
  GPtrArray *leftover;

  /* A file where the folder should be. */
  leftover = pt_recovery_list ();
  for (guint i = 0; i < leftover->len; i++)
    pt_recovery_remove (((PtRecoveryEntry *) g_ptr_array_index (leftover, i))->id);
  g_ptr_array_unref (leftover);
  g_rmdir (dir);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));

  pt_workshop_set (ws, ws, "title", "Kept only in memory", NULL);
  g_assert_false (pt_window_write_recovery (window));
  g_assert_nonnull (pt_window_get_error (window));
  g_assert_cmpuint (n_recoverable (), ==, 0);
  /* Editing goes on as before. */
  pt_workshop_set (ws, ws, "place", "Still editable", NULL);
  g_assert_cmpstr (pt_workshop_get_place (ws), ==, "Still editable");

  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Each run starts with an empty recovery folder of its own. */
  g_autofree char *home = NULL;

  self_path = argv[0];
  if (argc > 1 && g_str_equal (argv[1], "--child"))
    {
      argc = 1;
      gtk_test_init (&argc, &argv, NULL);
      return run_child ();
    }

  home = g_dir_make_tmp ("pt-data-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/recovery/kill-and-restore", test_kill_and_restore);
  g_test_add_func ("/recovery/save-removes-copy", test_save_removes_copy);
  g_test_add_func ("/recovery/damaged-copy", test_damaged_copy);
  g_test_add_func ("/recovery/unwritable-folder", test_unwritable_folder);
  return g_test_run ();
}
