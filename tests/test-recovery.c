/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recovery.c — never lose a workshop: the recovery copy follows
 * unsaved changes, survives kill -9, and is offered back at the next start;
 * saving and discarding take it away; a damaged copy is reported. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <signal.h>
#include <string.h>
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


/* ------------------------------------------------------------------------ */
/* Ten kinds of change, each with how to see it in a copy                   */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  void      (*make)  (PtWindow *window);
  gboolean  (*holds) (PtWorkshop *copy);
} Change;

static PtFactor *
factor (PtWorkshop *ws,
        const char *id)
{
  return pt_workshop_lookup_factor (ws, id);
}

/* The example's first factor, f1. */
static PtFactor *
first_factor (PtWorkshop *ws)
{
  return factor (ws, "f1");
}

static void
make_vote (PtWindow *window)
{
  PtCanvas *canvas = pt_window_get_canvas (window);

  pt_canvas_select_factor (canvas, first_factor (pt_window_get_workshop (window)), FALSE);
  /* V, as the facilitator presses it: three times over, so the flags of
   * the history (can undo, unsaved) flip only at the first. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.vote", "i", 1));
}

static gboolean
holds_vote (PtWorkshop *copy)
{
  /* The example gives it three. */
  return pt_factor_get_votes (first_factor (copy)) == 6;
}

static void
make_text (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);

  pt_workshop_set (ws, first_factor (ws), "text", "Edited after the votes", NULL);
}

static gboolean
holds_text (PtWorkshop *copy)
{
  return g_str_equal (pt_factor_get_text (first_factor (copy)), "Edited after the votes");
}

static void
make_move (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);

  pt_workshop_set (ws, first_factor (ws), "dimension", PT_DIMENSION_CONTEXTS, NULL);
}

static gboolean
holds_move (PtWorkshop *copy)
{
  return pt_factor_get_dimension (first_factor (copy)) == PT_DIMENSION_CONTEXTS;
}

static void
make_add (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);
  g_autoptr(PtItem) added = g_object_new (PT_TYPE_FACTOR, "id", "added", "text", "Added last",
                                          "dimension", PT_DIMENSION_RESOURCES, NULL);

  g_assert_true (pt_workshop_add (ws, added));
}

static gboolean
holds_add (PtWorkshop *copy)
{
  return factor (copy, "added") != NULL;
}

static void
make_delete (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);

  pt_workshop_remove (ws, PT_ITEM (factor (ws, "f2")));
}

static gboolean
holds_delete (PtWorkshop *copy)
{
  return factor (copy, "f2") == NULL;
}

static void
make_link (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);
  g_autoptr(PtItem) link = g_object_new (PT_TYPE_LINK, "id", "new-link",
                                         "from", pt_item_get_id (PT_ITEM (first_factor (ws))),
                                         "to", "added", "kind", PT_LINK_KIND_HINDERS, NULL);

  g_assert_true (pt_workshop_add (ws, link));
}

static gboolean
holds_link (PtWorkshop *copy)
{
  return pt_workshop_lookup (copy, "new-link") != NULL;
}

static void
make_polarity (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);

  pt_workshop_set (ws, factor (ws, "added"), "polarity", PT_POLARITY_ENABLER, NULL);
}

static gboolean
holds_polarity (PtWorkshop *copy)
{
  return pt_factor_get_polarity (factor (copy, "added")) == PT_POLARITY_ENABLER;
}

static void
make_action (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);
  const char *ids[] = { "added", NULL };
  g_autoptr(PtItem) action = g_object_new (PT_TYPE_ACTION, "id", "new-action", "text", "Ask the night staff",
                                           "factors", ids, NULL);

  g_assert_true (pt_workshop_add (ws, action));
}

static gboolean
holds_action (PtWorkshop *copy)
{
  return pt_workshop_lookup (copy, "new-action") != NULL;
}

static void
make_note (PtWindow *window)
{
  PtWorkshop *ws = pt_window_get_workshop (window);
  g_autoptr(PtItem) entry = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "new-note", "text", "Quiet today",
                                          "round", pt_workshop_get_round (ws),
                                          "step", pt_workshop_get_step (ws), NULL);

  g_assert_true (pt_workshop_add (ws, entry));
}

static gboolean
holds_note (PtWorkshop *copy)
{
  return pt_workshop_lookup (copy, "new-note") != NULL;
}

static void
make_step (PtWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
}

static gboolean
holds_step (PtWorkshop *copy)
{
  return pt_workshop_get_step (copy) == PT_CYCLE_STEP_ACTION;
}

static const Change changes[] = {
  { "vote", make_vote, holds_vote },
  { "text edit", make_text, holds_text },
  { "move", make_move, holds_move },
  { "add", make_add, holds_add },
  { "delete", make_delete, holds_delete },
  { "link", make_link, holds_link },
  { "polarity", make_polarity, holds_polarity },
  { "action", make_action, holds_action },
  { "journal note", make_note, holds_note },
  { "round step", make_step, holds_step },
};

/* The window's recovery copy as it is on disk now, or NULL. */
static PtWorkshop *
read_copy (PtWindow *window)
{
  g_autofree char *name = g_strconcat (pt_window_get_recovery_id (window), ".ptw", NULL);
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autoptr(GFile) copy = g_file_get_child (folder, name);

  return pt_reader_load_file (copy, NULL, NULL);
}

static void
run_main_loop_for (gint64 usec)
{
  gint64 until = g_get_monotonic_time () + usec;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (5000);
}

/* Makes each change a second after the last, and waits for the copy on
 * disk to hold it: within two seconds, or the test fails. */
static void
make_changes_and_check_copies (PtWindow *window)
{
  for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
    {
      gint64 made, deadline;
      gboolean held = FALSE;

      run_main_loop_for (G_USEC_PER_SEC);
      changes[c].make (window);
      made = g_get_monotonic_time ();
      deadline = made + 2 * G_USEC_PER_SEC;
      while (!held && g_get_monotonic_time () < deadline)
        {
          g_autoptr(PtWorkshop) copy = NULL;

          run_main_loop_for (G_USEC_PER_SEC / 20);
          copy = read_copy (window);
          held = copy != NULL && changes[c].holds (copy);
        }
      if (!held)
        g_error ("the recovery copy did not hold the %s within 2 s", changes[c].name);
      g_test_message ("%s copied after %.2f s", changes[c].name,
                      (g_get_monotonic_time () - made) / (double) G_USEC_PER_SEC);
    }
}

/* An open file to work on, in a folder of its own. */
static GFile *
copy_of_example (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-recovery-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "workshop.ptw", NULL);
  g_autoptr(GFile) example = test_example_file ();
  GFile *file = g_file_new_for_path (target);

  g_assert_true (g_file_copy (example, file, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  return file;
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
  gtk_window_present (GTK_WINDOW (window));
  make_changes_and_check_copies (window);
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

  /* The next start offers it; restoring brings back all ten changes, as
   * unsaved changes to the file it came from. */
  window = pt_window_new (test_app ());
  gtk_window_present (GTK_WINDOW (window));
  dialog = pt_recovery_dialog_offer (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (pt_recovery_dialog_count (PT_RECOVERY_DIALOG (dialog)), ==, 1);
  pt_recovery_dialog_restore (PT_RECOVERY_DIALOG (dialog), 0);
  ws = pt_window_get_workshop (window);
  g_assert_cmpstr (pt_workshop_get_title (ws), ==, "Co-production at Lindgården care home");
  for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
    if (!changes[c].holds (ws))
      g_error ("the restored workshop lacks the %s", changes[c].name);
  /* One added, one deleted. */
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

/* Ten different changes, a second apart: the copy on disk holds each
 * within two seconds, not only the first. */
static void
test_every_change (void)
{
  g_autoptr(GFile) file = copy_of_example ();
  PtWindow *window = pt_window_new (test_app ());

  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  make_changes_and_check_copies (window);
  pt_history_mark_clean (pt_workshop_get_history (pt_window_get_workshop (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpuint (n_recoverable (), ==, 0);
}

/* The copy as a crashed process would have left it: this window's files
 * under a new id, naming a process that is gone. Returns the new id. */
static char *
leave_as_crashed (PtWindow *window)
{
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *id = pt_recovery_new_id ();
  g_autofree char *dir = g_file_get_path (folder);
  g_autofree char *old_doc = NULL, *old_info = NULL, *new_doc = NULL, *new_info = NULL;
  g_autofree char *doc_name = NULL, *info_name = NULL, *old_doc_name = NULL, *old_info_name = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (pt_window_write_recovery (window));
  old_doc_name = g_strconcat (pt_window_get_recovery_id (window), ".ptw", NULL);
  old_info_name = g_strconcat (pt_window_get_recovery_id (window), ".info", NULL);
  doc_name = g_strconcat (id, ".ptw", NULL);
  info_name = g_strconcat (id, ".info", NULL);
  old_doc = g_build_filename (dir, old_doc_name, NULL);
  old_info = g_build_filename (dir, old_info_name, NULL);
  new_doc = g_build_filename (dir, doc_name, NULL);
  new_info = g_build_filename (dir, info_name, NULL);

  g_assert_true (g_file_get_contents (old_doc, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (new_doc, contents, (gssize) length, NULL));
  g_assert_true (g_key_file_load_from_file (info, old_info, G_KEY_FILE_NONE, NULL));
  g_key_file_set_int64 (info, "recovery", "pid", 999999999);
  g_key_file_set_uint64 (info, "recovery", "started", 1);
  g_assert_true (g_key_file_save_to_file (info, new_info, NULL));
  return g_steal_pointer (&id);
}

/* Restored, then saved, after someone else changed the file: the save is
 * refused as for any file changed since it was opened, and the other
 * change is still on disk. */
static void
test_restore_then_conflict (void)
{
  g_autoptr(GFile) file = copy_of_example ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *id = NULL;
  g_autofree char *on_disk = NULL;
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws;
  GtkWindow *dialog;

  g_assert_true (pt_window_open_file (window, file));
  ws = pt_window_get_workshop (window);
  pt_workshop_set (ws, ws, "place", "Changed here", NULL);
  id = leave_as_crashed (window);
  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Someone else saves the file meanwhile. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "<!-- someone else's -->\n", -1, NULL));

  window = pt_window_new (test_app ());
  gtk_window_present (GTK_WINDOW (window));
  dialog = pt_recovery_dialog_offer (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pt_recovery_dialog_restore (PT_RECOVERY_DIALOG (dialog), 0);
  ws = pt_window_get_workshop (window);
  g_assert_cmpstr (pt_workshop_get_place (ws), ==, "Changed here");
  g_assert_true (g_file_equal (pt_window_get_file (window), file));

  g_assert_false (pt_window_save_to_file (window, file));
  g_assert_nonnull (pt_window_get_error (window));
  g_assert_nonnull (strstr (pt_window_get_error (window), "changed by someone"));
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, "<!-- someone else's -->\n");
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (ws)));

  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Restoring a copy of the file a window already shows, unchanged, goes
 * into that window: no second window on the same file. */
static void
test_restore_into_open_window (void)
{
  g_autoptr(GFile) file = copy_of_example ();
  PtWindow *window = pt_window_new (test_app ());
  PtWindow *shown;
  PtWorkshop *ws;
  GtkWindow *dialog;
  guint before;

  g_assert_true (pt_window_open_file (window, file));
  ws = pt_window_get_workshop (window);
  pt_workshop_set (ws, ws, "place", "Restored here", NULL);
  g_free (leave_as_crashed (window));
  /* The file is opened again as it is, as at a next start. */
  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (pt_history_get_dirty (pt_workshop_get_history (pt_window_get_workshop (window))));

  before = g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ())));
  dialog = pt_recovery_dialog_offer (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pt_recovery_dialog_restore (PT_RECOVERY_DIALOG (dialog), 0);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ()))), ==, before);
  shown = window;
  g_assert_cmpstr (pt_workshop_get_place (pt_window_get_workshop (shown)), ==, "Restored here");
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (pt_window_get_workshop (shown))));

  /* Nobody else changed the file: saving it goes through. */
  g_assert_true (pt_window_save_to_file (shown, file));
  g_assert_false (pt_history_get_dirty (pt_workshop_get_history (pt_window_get_workshop (shown))));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At start, the file named on the command line may still be being read
 * when its recovery copy is restored: the copy goes into that window, and
 * the reading stops, rather than a second window opening on the file. */
static void
test_restore_while_loading (void)
{
  g_autoptr(GFile) file = copy_of_example ();
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws;
  GtkWindow *dialog;
  guint before;

  g_assert_true (pt_window_open_file (window, file));
  ws = pt_window_get_workshop (window);
  pt_workshop_set (ws, ws, "place", "Restored while reading", NULL);
  g_free (leave_as_crashed (window));
  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));

  window = pt_window_new (test_app ());
  gtk_window_present (GTK_WINDOW (window));
  pt_window_load_file (window, file);
  g_assert_true (pt_window_is_loading (window));
  before = g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ())));
  dialog = pt_recovery_dialog_offer (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pt_recovery_dialog_restore (PT_RECOVERY_DIALOG (dialog), 0);
  g_assert_false (pt_window_is_loading (window));
  run_main_loop_for (G_USEC_PER_SEC / 2);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ()))), ==, before);
  ws = pt_window_get_workshop (window);
  g_assert_cmpstr (pt_workshop_get_place (ws), ==, "Restored while reading");
  g_assert_true (g_file_equal (pt_window_get_file (window), file));

  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing with Discard, in the dialog the user sees, takes the copy away. */
static void
test_discard_removes_copy (void)
{
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws = pt_window_get_workshop (window);

  gtk_window_present (GTK_WINDOW (window));
  pt_workshop_set (ws, ws, "title", "Thrown away", NULL);
  wait_for_copy (window);
  g_assert_true (pt_window_write_recovery (window));

  gtk_window_close (GTK_WINDOW (window));
  test_answer_question ("_Discard");
  test_settle ();
  g_assert_cmpuint (n_recoverable (), ==, 0);
  {
    g_autoptr(GFile) folder = pt_recovery_folder ();
    g_autoptr(GFileEnumerator) files = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
    g_autoptr(GFileInfo) info = files != NULL ? g_file_enumerator_next_file (files, NULL, NULL) : NULL;

    g_assert_null (info);
  }
}

/* An info file is checked like any input: an original that is not an
 * absolute path to a regular file is not taken as the file to save to. */
static void
test_info_original_checked (void)
{
  const char *originals[] = { "file:///dev/null", "file:///tmp", "relative/path.ptw",
                              "http://example.com/x.ptw", "file:///no/such/folder/x.ptw" };
  const gboolean kept[] = { FALSE, FALSE, FALSE, FALSE, TRUE };
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *dir = g_file_get_path (folder);

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (originals); i++)
    {
      g_autofree char *id = pt_recovery_new_id ();
      g_autofree char *info_name = g_strconcat (id, ".info", NULL);
      g_autofree char *info = g_build_filename (dir, info_name, NULL);
      g_autofree char *text = g_strdup_printf ("[recovery]\ntitle=T\noriginal=%s\netag=1:2\npid=999999999\nstarted=1\n",
                                               originals[i]);
      g_autoptr(GPtrArray) entries = NULL;
      PtRecoveryEntry *entry;

      g_assert_true (g_file_set_contents (info, text, -1, NULL));
      entries = pt_recovery_list ();
      g_assert_cmpuint (entries->len, ==, 1);
      entry = g_ptr_array_index (entries, 0);
      if (kept[i])
        {
          g_assert_cmpstr (entry->original, ==, originals[i]);
          g_assert_cmpstr (entry->etag, ==, "1:2");
        }
      else
        {
          g_assert_null (entry->original);
          g_assert_null (entry->etag);
        }
      pt_recovery_remove (id);
    }
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

  /* Said once: closed by the user, it does not come back with every
   * change while the folder is still unusable. */
  {
    g_autoptr(GPtrArray) bars = test_widgets_of (window, GTK_TYPE_INFO_BAR);

    for (guint i = 0; i < bars->len; i++)
      if (gtk_widget_get_visible (g_ptr_array_index (bars, i)) &&
          gtk_info_bar_get_message_type (g_ptr_array_index (bars, i)) == GTK_MESSAGE_ERROR)
        gtk_info_bar_response (g_ptr_array_index (bars, i), GTK_RESPONSE_CLOSE);
  }
  g_assert_null (pt_window_get_error (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  g_assert_false (pt_window_write_recovery (window));
  g_assert_null (pt_window_get_error (window));

  /* The folder usable again, the next change is copied as usual. */
  g_unlink (dir);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-step", NULL));
  wait_for_copy (window);
  g_assert_cmpuint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_ACTION);

  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add_func ("/recovery/every-change", test_every_change);
  g_test_add_func ("/recovery/restore-then-conflict", test_restore_then_conflict);
  g_test_add_func ("/recovery/restore-into-open-window", test_restore_into_open_window);
  g_test_add_func ("/recovery/restore-while-loading", test_restore_while_loading);
  g_test_add_func ("/recovery/discard-removes-copy", test_discard_removes_copy);
  g_test_add_func ("/recovery/info-original-checked", test_info_original_checked);
  g_test_add_func ("/recovery/save-removes-copy", test_save_removes_copy);
  g_test_add_func ("/recovery/damaged-copy", test_damaged_copy);
  g_test_add_func ("/recovery/unwritable-folder", test_unwritable_folder);
  return g_test_run ();
}
