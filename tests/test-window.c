/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c — the window under Xvfb: opening, errors in the window,
 * saving, and a keyboard edit that survives a save and a reload. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pt-application.h"
#include "pt-choice-button.h"
#include "pt-desktop-style.h"
#include "pt-details-window.h"
#include "pt-factor-editor.h"
#include "pt-outline.h"
#include "pt-reader.h"
#include "pt-text.h"
#include "pt-window.h"
#include "test-skip.h"
#include "test-util.h"

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
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = dist_file ("data", "examples", "lindgarden-en.ptw");
  PtWorkshop *ws;
  GPtrArray *factors;

  g_assert_true (pt_window_is_pristine (window));
  g_assert_true (pt_window_open_file (window, file));
  ws = pt_window_get_workshop (window);
  factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
  g_assert_cmpuint (factors->len, ==, 16);
  g_assert_true (g_file_equal (pt_window_get_file (window), file));
  g_assert_false (pt_window_is_pristine (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Co-production at Lindgården care home — Power Triangle");

  /* Every factor is a focusable card on the canvas. */
  for (guint i = 0; i < factors->len; i++)
    {
      GtkWidget *card = pt_canvas_get_card (pt_window_get_canvas (window), g_ptr_array_index (factors, i));

      g_assert_nonnull (card);
      g_assert_true (gtk_widget_get_focusable (card));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (card)), ==,
                       GTK_ACCESSIBLE_ROLE_BUTTON);
    }

  /* An edit marks the title; undoing it removes the mark. */
  pt_workshop_set (ws, ws, "title", "Changed", NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Changed — Power Triangle");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Co-production at Lindgården care home — Power Triangle");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_bad_file_keeps_document (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) good = dist_file ("data", "examples", "lindgarden-sv.ptw");
  g_autoptr(GFile) bad = dist_file ("tests", "bad", "self-link.ptw");
  PtWorkshop *before;

  g_assert_true (pt_window_open_file (window, good));
  g_assert_null (pt_window_get_error (window));
  before = pt_window_get_workshop (window);

  g_assert_false (pt_window_open_file (window, bad));
  g_assert_true (pt_window_get_workshop (window) == before);
  g_assert_true (g_file_equal (pt_window_get_file (window), good));
  g_assert_nonnull (pt_window_get_error (window));
  g_assert_true (g_str_has_suffix (pt_window_get_error (window),
                                   "self-link.ptw:8:29: the link “l1” goes from a factor to itself"));

  /* A good file afterwards clears the message. */
  g_assert_true (pt_window_open_file (window, good));
  g_assert_null (pt_window_get_error (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The walk-through: open the example, select a card, send it to
 * another dimension with its key, save, reload, and find it there. */
static void
test_keyboard_move_survives_save (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) example = dist_file ("data", "examples", "lindgarden-en.ptw");
  g_autofree char *dir = g_dir_make_tmp ("pt-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "moved.ptw", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) reloaded = NULL;
  PtCanvas *canvas;
  PtWorkshop *ws;
  PtFactor *factor;
  guint steps;

  g_assert_true (pt_window_open_file (window, example));
  gtk_window_present (GTK_WINDOW (window));
  canvas = pt_window_get_canvas (window);
  ws = pt_window_get_workshop (window);
  factor = pt_workshop_lookup_factor (ws, "f1");
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_RESOURCES);

  /* With nothing selected the key does nothing (and passes on). */
  steps = pt_history_get_n_steps (pt_workshop_get_history (ws));
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.move-to", "i", PT_DIMENSION_DISCOURSES);
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps);

  pt_canvas_select_factor (canvas, factor, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.move-to", "i",
                                             PT_DIMENSION_DISCOURSES));
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_DISCOURSES);
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps + 1);
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (ws)));

  g_assert_true (pt_window_save_to_file (window, copy));
  g_assert_false (pt_history_get_dirty (pt_workshop_get_history (ws)));
  g_assert_true (g_file_equal (pt_window_get_file (window), copy));

  reloaded = pt_reader_load_file (copy, NULL, NULL);
  g_assert_nonnull (reloaded);
  g_assert_cmpint (pt_factor_get_dimension (pt_workshop_lookup_factor (reloaded, "f1")), ==,
                   PT_DIMENSION_DISCOURSES);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A failed save is shown in the window and keeps the changes unsaved. */
static GtkWidget *
button_for_action (PtWindow   *window,
                   const char *action)
{
  g_autoptr(GPtrArray) buttons = test_widgets_of (window, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0 &&
        gtk_widget_get_ancestor (g_ptr_array_index (buttons, i), GTK_TYPE_INFO_BAR) != NULL)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static gboolean
shown (GtkWidget *widget)
{
  for (; widget != NULL && !GTK_IS_WINDOW (widget); widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;
  return TRUE;
}

static void
test_failed_save_keeps_document_dirty (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) example = dist_file ("data", "examples", "lindgarden-en.ptw");
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/x.ptw");
  PtWorkshop *ws;

  g_assert_true (pt_window_open_file (window, example));
  ws = pt_window_get_workshop (window);
  pt_workshop_set (ws, ws, "place", "Elsewhere", NULL);

  g_assert_false (pt_window_save_to_file (window, nowhere));
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (ws)));
  g_assert_true (g_file_equal (pt_window_get_file (window), example));
  g_assert_nonnull (pt_window_get_error (window));
  g_assert_true (g_str_has_prefix (pt_window_get_error (window), "/nonexistent-folder/x.ptw: not saved: "));
  /* A folder that is not there cannot be overwritten; it can be avoided. */
  g_assert_true (shown (button_for_action (window, "win.save-as")));
  g_assert_false (shown (button_for_action (window, "win.overwrite")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Someone else changed the file since it was opened: the save stops and
 * says so; Save As… and Overwrite are the ways on, and nothing is lost. */
static void
test_save_conflict (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) example = dist_file ("data", "examples", "lindgarden-en.ptw");
  g_autofree char *dir = g_dir_make_tmp ("pt-conflict-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shared.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL, *changed = NULL;
  g_autoptr(PtWorkshop) reread = NULL;
  PtWorkshop *ws;

  g_assert_true (g_file_copy (example, file, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  g_assert_true (pt_window_open_file (window, file));
  ws = pt_window_get_workshop (window);
  pt_workshop_set (ws, ws, "place", "The library", NULL);
  g_assert_false (shown (button_for_action (window, "win.save-as")));

  /* Someone else saves over it meanwhile. */
  g_usleep (20000);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_strconcat (text, "\n", NULL);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));

  g_assert_false (pt_window_save_to_file (window, file));
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (ws)));
  g_assert_nonnull (strstr (pt_window_get_error (window), "changed by someone or something else"));
  g_assert_nonnull (strstr (pt_window_get_error (window), "Save As…"));
  g_assert_true (shown (button_for_action (window, "win.save-as")));
  g_assert_true (shown (button_for_action (window, "win.overwrite")));

  /* Overwriting on purpose saves, and all is well again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.overwrite", NULL));
  g_assert_false (pt_history_get_dirty (pt_workshop_get_history (ws)));
  g_assert_null (pt_window_get_error (window));
  reread = pt_reader_load_file (file, NULL, NULL);
  g_assert_cmpstr (pt_workshop_get_place (reread), ==, "The library");
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* The shortcuts window (Ctrl+?) is built when asked for, not with the
 * window, and opens over it showing the keys of the actions it lists. */
static gboolean
shows_key (GtkWidget  *widget,
           const char *accelerator)
{
  if (GTK_IS_SHORTCUT_LABEL (widget) &&
      g_strcmp0 (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget)), accelerator) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_key (child, accelerator))
      return TRUE;
  return FALSE;
}

/* Every key the shortcuts window shows, one accelerator each. */
static void
collect_keys (GtkWidget *widget,
              GPtrArray *keys)
{
  if (GTK_IS_SHORTCUT_LABEL (widget) && gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget)) != NULL)
    {
      g_auto(GStrv) each = g_strsplit (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget)), " ", -1);

      for (guint i = 0; each[i] != NULL; i++)
        g_ptr_array_add (keys, g_strdup (each[i]));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_keys (child, keys);
}

/* Whether keys holds accelerator, however its modifiers are written. */
static gboolean
lists_key (GPtrArray  *keys,
           const char *accelerator)
{
  guint key, shown_key;
  GdkModifierType mods, shown_mods;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
  for (guint i = 0; i < keys->len; i++)
    if (gtk_accelerator_parse (g_ptr_array_index (keys, i), &shown_key, &shown_mods) &&
        gdk_keyval_to_lower (shown_key) == gdk_keyval_to_lower (key) && shown_mods == mods)
      return TRUE;
  return FALSE;
}

/* GTK 4.8's shortcuts window measures some of its own labels at -4 wide,
 * with or without this app: that warning alone is not counted (as the
 * shortcuts window is opened here); every other message goes on as ever. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
    else if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if ((level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      strstr (message, "reported min width -4") != NULL)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, data);
}

static void
test_help_overlay_builds (void)
{
  PtWindow *window = pt_window_new (test_app ());
  GtkShortcutsWindow *shortcuts;

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.shortcuts", NULL));
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));
  /* Save's key, from the application's accelerators, and every key the
   * README tells of. */
  g_assert_true (shows_key (GTK_WIDGET (shortcuts), "<Control>s"));
  {
    const char *readme_keys[] = {
      "n", "<Control><Shift>a", "p", "l", "1", "2", "3", "0", "Return", "F2", "Delete", "<Control>d",
      "v", "<Shift>v", "<Control>question", "<Control>plus", "<Control>minus", "<Control>0",
      "<Alt>Return", "F9", "<Control>r", "F5", "Escape", "<Shift>F5", "Page_Down", "Page_Up",
      "<Control>p", "<Control><Shift>e", "<Control>z", "<Control><Shift>z", "F11", "Tab", "<Control><Shift>j",
    };
    g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

    collect_keys (GTK_WIDGET (shortcuts), shown);
    for (guint i = 0; i < G_N_ELEMENTS (readme_keys); i++)
      if (!lists_key (shown, readme_keys[i]))
        g_error ("the shortcuts window does not list %s", readme_keys[i]);
  }
  /* It fits a 1280×720 projector, and a 1024×768 one, with room for a
   * title bar. */
  {
    int width, height;

    gtk_widget_measure (GTK_WIDGET (shortcuts), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
    gtk_widget_measure (GTK_WIDGET (shortcuts), GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
    g_test_message ("the shortcuts window needs %d × %d", width, height);
    g_assert_cmpint (width, <=, 1024);
    g_assert_cmpint (height, <=, 720 - 40);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Gets the window's entry whose placeholder or text is known. */
static GtkEditable *
find_entry (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_ENTRY (widget) &&
      (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0 ||
       g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), text) == 0))
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_entry (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The details window edits the workshop's words as one undo step; the
 * dimensions can take the group's own names, and empty means the model's. */
static void
test_details_window (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) example = dist_file ("data", "examples", "lindgarden-en.ptw");
  PtWorkshop *ws;
  GtkWindow *details;
  guint steps;

  g_assert_true (pt_window_open_file (window, example));
  ws = pt_window_get_workshop (window);
  steps = pt_history_get_n_steps (pt_workshop_get_history (ws));
  details = pt_details_window_new (GTK_WINDOW (window), ws);

  gtk_editable_set_text (find_entry (GTK_WIDGET (details), "What is best for the person we serve?"),
                         "How do we listen better?");
  gtk_editable_set_text (find_entry (GTK_WIDGET (details), "Resources"), "Means");
  gtk_editable_set_text (find_entry (GTK_WIDGET (details), "Contexts"), "");
  pt_details_window_apply (PT_DETAILS_WINDOW (details));
  gtk_window_destroy (details);

  g_assert_cmpstr (pt_workshop_get_focus_question (ws), ==, "How do we listen better?");
  g_assert_cmpstr (pt_dimension_get_display_label (pt_workshop_get_dimension (ws, PT_DIMENSION_RESOURCES)), ==, "Means");
  g_assert_cmpstr (pt_dimension_get_label (pt_workshop_get_dimension (ws, PT_DIMENSION_CONTEXTS)), ==, "");
  g_assert_cmpstr (pt_dimension_get_display_label (pt_workshop_get_dimension (ws, PT_DIMENSION_CONTEXTS)), ==, "Contexts");
  g_assert_cmpstr (pt_workshop_get_title (ws), ==, "Co-production at Lindgården care home");
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps + 1);

  g_assert_true (pt_history_undo (pt_workshop_get_history (ws)));
  g_assert_cmpstr (pt_workshop_get_focus_question (ws), ==, "What is best for the person we serve?");
  g_assert_cmpstr (pt_dimension_get_label (pt_workshop_get_dimension (ws, PT_DIMENSION_CONTEXTS)), ==, "Contexts");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Next and Previous walk the cycle; Next after Action closes the round. */
static void
test_cycle_steps (void)
{
  PtWindow *window = pt_window_new (test_app ());
  GtkWidget *widget = GTK_WIDGET (window);
  PtWorkshop *ws = pt_window_get_workshop (window);
  PtHistory *history = pt_workshop_get_history (ws);

  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_REACTION);
  g_assert_true (gtk_widget_activate_action (widget, "win.next-step", NULL));
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_INTERACTION);
  g_assert_true (gtk_widget_activate_action (widget, "win.next-step", NULL));
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_ACTION);
  g_assert_true (gtk_widget_activate_action (widget, "win.previous-step", NULL));
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_INTERACTION);
  g_assert_true (gtk_widget_activate_action (widget, "win.next-step", NULL));

  /* From Action, Next asks first, naming the round: Cancel (the default)
   * leaves it open; Close Round closes it. */
  for (int answer = 0; answer < 2; answer++)
    {
      GtkWidget *dialog = NULL;
      GListModel *toplevels = gtk_window_get_toplevels ();

      g_assert_true (gtk_widget_activate_action (widget, "win.next-step", NULL));
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (GTK_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
            dialog = GTK_WIDGET (toplevel);
        }
      g_assert_nonnull (dialog);
      g_assert_cmpuint (pt_workshop_get_round (ws), ==, 1);
      {
        g_autofree char *text = NULL;

        g_object_get (dialog, "text", &text, NULL);
        g_assert_cmpstr (text, ==, "Close round 1?");
      }
      gtk_dialog_response (GTK_DIALOG (dialog), answer == 0 ? GTK_RESPONSE_CANCEL : GTK_RESPONSE_ACCEPT);
    }
  g_assert_cmpuint (pt_workshop_get_round (ws), ==, 2);
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_REACTION);
  g_assert_nonnull (pt_workshop_get_snapshot (ws, 1));

  /* Each is one undo step. */
  g_assert_true (pt_history_undo (history));
  g_assert_cmpuint (pt_workshop_get_round (ws), ==, 1);
  g_assert_cmpint (pt_workshop_get_step (ws), ==, PT_CYCLE_STEP_ACTION);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_votes (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) example = dist_file ("data", "examples", "lindgarden-en.ptw");
  PtCanvas *canvas;
  PtFactor *factor;

  g_assert_true (pt_window_open_file (window, example));
  canvas = pt_window_get_canvas (window);
  factor = pt_workshop_lookup_factor (pt_window_get_workshop (window), "f5");
  g_assert_cmpuint (pt_factor_get_votes (factor), ==, 0);
  pt_canvas_select_factor (canvas, factor, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.vote", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.vote", "i", 1);
  g_assert_cmpuint (pt_factor_get_votes (factor), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.vote", "i", -1);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.vote", "i", -1);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.vote", "i", -1);
  /* Never below none, and a press that changes nothing is no undo step. */
  g_assert_cmpuint (pt_factor_get_votes (factor), ==, 0);
  pt_history_undo (pt_workshop_get_history (pt_window_get_workshop (window)));
  g_assert_cmpuint (pt_factor_get_votes (factor), ==, 1);
  pt_history_undo (pt_workshop_get_history (pt_window_get_workshop (window)));
  g_assert_cmpuint (pt_factor_get_votes (factor), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = find_text_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The outline's rows, their texts joined by " | ". */
static char *
outline_rows (PtWindow *window)
{
  g_autoptr(GPtrArray) outlines = test_widgets_of (window, PT_TYPE_OUTLINE);
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  GtkListBoxRow *row;

  g_assert_cmpuint (outlines->len, ==, 1);
  lists = test_widgets_of (g_ptr_array_index (outlines, 0), GTK_TYPE_LIST_BOX);
  g_assert_cmpuint (lists->len, ==, 1);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (g_ptr_array_index (lists, 0), i)) != NULL; i++)
    g_string_append_printf (all, "%s%s", all->len > 0 ? " | " : "",
                            gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (row))));
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* Cards entered face down hide their text (also from screen readers and
 * the outline) until they are revealed together, as one step. */
static void
test_face_down (void)
{
  PtWindow *window = pt_window_new (test_app ());
  PtCanvas *canvas = pt_window_get_canvas (window);
  PtWorkshop *ws = pt_window_get_workshop (window);
  PtFactor *factor, *second;
  GtkWidget *card;
  guint steps;

  g_object_set (window, "face-down", TRUE, NULL);
  pt_canvas_add_factor (canvas);
  g_assert_true (pt_canvas_is_editing (canvas));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (canvas))),
                            "Nobody asks the residents", -1);
  pt_canvas_commit_editing (canvas);

  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 1);
  factor = g_ptr_array_index (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR), 0);
  g_assert_cmpstr (pt_factor_get_text (factor), ==, "Nobody asks the residents");
  g_assert_true (pt_factor_get_hidden (factor));
  card = pt_canvas_get_card (canvas, factor);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (card), "pt-accessible-label"), ==, "Face-down card in Unplaced");
  /* The outline, which may be on the wall too, tells no more. */
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 500 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
  test_settle ();
  g_assert_cmpstr (outline_rows (window), ==, "Face-down card");

  /* A second card, face down too: Reveal turns them all. */
  pt_canvas_add_factor (canvas);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (canvas))),
                            "Relatives are not asked either", -1);
  pt_canvas_commit_editing (canvas);
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 2);
  second = g_ptr_array_index (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR), 1);
  g_assert_true (pt_factor_get_hidden (second));

  steps = pt_history_get_n_steps (pt_workshop_get_history (ws));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal-cards", NULL));
  g_assert_false (pt_factor_get_hidden (factor));
  g_assert_false (pt_factor_get_hidden (second));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (card), "pt-accessible-label"), ==,
                   "Barrier in Unplaced: Nobody asks the residents");
  test_settle ();
  g_assert_cmpstr (outline_rows (window), ==, "Nobody asks the residents | Relatives are not asked either");
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps + 1);
  pt_history_undo (pt_workshop_get_history (ws));
  g_assert_true (pt_factor_get_hidden (factor));
  g_assert_true (pt_factor_get_hidden (second));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saving takes along what is still being typed into a card. */
static void
test_save_commits_typing (void)
{
  PtWindow *window = pt_window_new (test_app ());
  PtCanvas *canvas = pt_window_get_canvas (window);
  g_autofree char *dir = g_dir_make_tmp ("pt-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "typing.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) saved = NULL;

  pt_canvas_add_factor (canvas);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (canvas))),
                            "Typed, never confirmed", -1);
  g_assert_true (pt_window_save_to_file (window, file));
  saved = pt_reader_load_file (file, NULL, NULL);
  g_assert_cmpuint (pt_workshop_get_items (saved, PT_ITEM_KIND_FACTOR)->len, ==, 1);
  g_assert_cmpstr (pt_factor_get_text (g_ptr_array_index (pt_workshop_get_items (saved, PT_ITEM_KIND_FACTOR), 0)),
                   ==, "Typed, never confirmed");
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* Dates are written as the interface's language writes them (English
 * here; test-i18n.c has Swedish), whatever the locale. */
static void
test_date_format (void)
{
  g_autofree char *date = pt_format_date ("2021-03-16");
  g_autofree char *first = pt_format_date ("2021-01-01");
  g_autofree char *none = pt_format_date ("");

  g_assert_cmpstr (date, ==, "16 Mar 2021");
  g_assert_cmpstr (first, ==, "1 Jan 2021");
  g_assert_null (none);
}

/* The desktop's dark style reaches GTK; its high contrast reaches GTK's
 * theme and the canvas's palette, and leaving it goes back. */
static void
test_desktop_style (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) a11y_schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);
  g_autoptr(GSettingsSchema) interface_schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  g_autoptr(GSettings) a11y = NULL, interface = NULL;
  PtWindow *window;
  PtScene *scene;
  GtkSettings *gtk = gtk_settings_get_default ();
  gboolean dark;
  g_autofree char *theme = NULL;

  if (a11y_schema == NULL || interface_schema == NULL || !g_settings_schema_has_key (interface_schema, "color-scheme"))
    {
      test_cannot_run ("the desktop's settings schemas (gsettings-desktop-schemas) are not installed");
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  interface = g_settings_new ("org.gnome.desktop.interface");
  window = pt_window_new (test_app ());
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  scene = pt_canvas_get_scene (pt_window_get_canvas (window));
  g_assert_true (pt_scene_get_palette (scene) == &pt_palette_normal);

  g_settings_set_string (interface, "color-scheme", "prefer-dark");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  test_settle ();
  g_object_get (gtk, "gtk-application-prefer-dark-theme", &dark, "gtk-theme-name", &theme, NULL);
  g_assert_true (dark);
  g_assert_cmpstr (theme, ==, "Default-hc-dark");
  g_assert_true (pt_desktop_style_get_high_contrast (pt_desktop_style_get_default ()));
  g_assert_true (pt_scene_get_palette (scene) == &pt_palette_high_contrast);

  g_settings_reset (interface, "color-scheme");
  g_settings_reset (a11y, "high-contrast");
  test_settle ();
  g_clear_pointer (&theme, g_free);
  g_object_get (gtk, "gtk-application-prefer-dark-theme", &dark, "gtk-theme-name", &theme, NULL);
  g_assert_false (dark);
  g_assert_cmpstr (theme, !=, "Default-hc-dark");
  g_assert_true (pt_scene_get_palette (scene) == &pt_palette_normal);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing a window with unsaved changes asks: Cancel keeps it open with
 * them; Save writes them to its file and closes it. */
static void
test_close_asks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-close-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "workshop.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) example = test_example_file ();
  g_autoptr(PtWorkshop) saved = NULL;
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws;
  guint windows;

  g_assert_true (g_file_copy (example, file, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  ws = pt_window_get_workshop (window);
  pt_workshop_set (ws, ws, "place", "Asked before closing", NULL);
  windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ())));

  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (test_question ());
  test_answer_question ("_Cancel");
  g_assert_null (test_question ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ()))), ==, windows);
  g_assert_true (pt_history_get_dirty (pt_workshop_get_history (ws)));

  gtk_window_close (GTK_WINDOW (window));
  test_answer_question ("_Save");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ()))), ==, windows - 1);
  saved = pt_reader_load_file (file, NULL, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpstr (pt_workshop_get_place (saved), ==, "Asked before closing");
  g_unlink (path);
  g_rmdir (dir);
}

/* A .ptw file dropped on the window opens in it (it was empty), and a
 * second one dropped on it then opens in a window of its own. */
static void
test_drop_file (void)
{
  g_autoptr(GFile) example = test_example_file ();
  PtWindow *window = pt_window_new (test_app ());
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  GSList *files = g_slist_prepend (NULL, example);
  gboolean accepted = FALSE;
  guint windows;

  gtk_window_present (GTK_WINDOW (window));
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
  }
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ())));

  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  g_assert_true (accepted);
  while (pt_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (pt_workshop_get_title (pt_window_get_workshop (window)), ==,
                   "Co-production at Lindgården care home");
  g_assert_true (g_file_equal (pt_window_get_file (window), example));

  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app ()))), ==, windows + 1);
  {
    PtWindow *other = gtk_application_get_windows (GTK_APPLICATION (test_app ()))->data;

    g_assert_true (other != window);
    while (pt_window_is_loading (other))
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (g_file_equal (pt_window_get_file (other), example));
    gtk_window_destroy (GTK_WINDOW (other));
  }
  g_value_unset (&value);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The side panel's Dimension sends a card where the keys send it (the
 * same landing rule: free space in that dimension), as one undo step. */
static void
test_editor_dimension_as_keys (void)
{
  g_autoptr(GFile) example = test_example_file ();
  PtWindow *window = pt_window_new (test_app ());
  PtCanvas *canvas = pt_window_get_canvas (window);
  PtWorkshop *ws;
  PtFactor *moved;
  g_autoptr(GPtrArray) editors = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  double x, y;
  guint steps;

  g_assert_true (pt_window_open_file (window, example));
  gtk_window_present (GTK_WINDOW (window));
  ws = pt_window_get_workshop (window);
  moved = pt_workshop_lookup_factor (ws, "f1");
  pt_canvas_select_factor (canvas, moved, FALSE);
  test_settle ();
  editors = test_widgets_of (window, PT_TYPE_FACTOR_EDITOR);
  g_assert_cmpuint (editors->len, ==, 1);
  choices = test_widgets_of (g_ptr_array_index (editors, 0), PT_TYPE_CHOICE_BUTTON);
  g_assert_cmpuint (choices->len, >=, 2);
  steps = pt_history_get_n_steps (pt_workshop_get_history (ws));

  /* Polarity, then Dimension. */
  pt_choice_button_set_selected (g_ptr_array_index (choices, 1), PT_DIMENSION_CONTEXTS);
  g_assert_cmpint (pt_factor_get_dimension (moved), ==, PT_DIMENSION_CONTEXTS);
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps + 1);
  x = pt_factor_get_x (moved);
  y = pt_factor_get_y (moved);

  g_assert_true (pt_history_undo (pt_workshop_get_history (ws)));
  g_assert_cmpint (pt_factor_get_dimension (moved), ==, PT_DIMENSION_RESOURCES);
  pt_canvas_select_factor (canvas, moved, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.move-to", "i", PT_DIMENSION_CONTEXTS));
  g_assert_cmpint (pt_factor_get_dimension (moved), ==, PT_DIMENSION_CONTEXTS);
  g_assert_cmpfloat (pt_factor_get_x (moved), ==, x);
  g_assert_cmpfloat (pt_factor_get_y (moved), ==, y);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (log_writer, NULL, NULL);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/open-example", test_open_example);
  g_test_add_func ("/window/open-bad-file-keeps-document", test_open_bad_file_keeps_document);
  g_test_add_func ("/window/keyboard-move-survives-save", test_keyboard_move_survives_save);
  g_test_add_func ("/window/failed-save-keeps-document-dirty", test_failed_save_keeps_document_dirty);
  g_test_add_func ("/window/save-conflict", test_save_conflict);
  g_test_add_func ("/window/help-overlay-builds", test_help_overlay_builds);
  g_test_add_func ("/window/details", test_details_window);
  g_test_add_func ("/window/date-format", test_date_format);
  g_test_add_func ("/window/cycle-steps", test_cycle_steps);
  g_test_add_func ("/window/votes", test_votes);
  g_test_add_func ("/window/face-down", test_face_down);
  g_test_add_func ("/window/close-asks", test_close_asks);
  g_test_add_func ("/window/drop-file", test_drop_file);
  g_test_add_func ("/window/editor-dimension-as-keys", test_editor_dimension_as_keys);
  g_test_add_func ("/window/save-commits-typing", test_save_commits_typing);
  g_test_add_func ("/window/desktop-style", test_desktop_style);

  return g_test_run ();
}
