/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-files.c — PtWindow's files: open, save, save as, recent, and
 * asking before unsaved changes are lost.
 *
 * GtkFileChooserNative, because GtkFileDialog arrives only in GTK 4.10.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-format.h"
#include "pt-settings.h"
#include "pt-window-private.h"

#define MAX_RECENT 8

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
add_workshop_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Workshops"));
  gtk_file_filter_add_pattern (filter, "*" PT_FORMAT_EXTENSION);
  gtk_file_filter_add_mime_type (filter, PT_FORMAT_MIME_TYPE);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* Dialogs start in the folder last used, while it still exists. */
static void
start_in_last_folder (GtkFileChooser *chooser)
{
  GSettings *settings = pt_settings_get ();
  g_autofree char *path = settings != NULL ? g_settings_get_string (settings, "last-folder") : NULL;

  if (path != NULL && path[0] != '\0' && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (path);

      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
}

/* The window for a file being opened: this one while nobody has touched
 * it, otherwise a new one, so opening never replaces someone's work. */
static PtWindow *
window_for_opening (PtWindow *self)
{
  PtWindow *window;

  if (pt_window_is_pristine (self))
    return self;
  window = pt_window_new (PT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
is_ours (GtkRecentInfo *info)
{
  const char *mime = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  return g_strcmp0 (mime, PT_FORMAT_MIME_TYPE) == 0 || g_str_has_suffix (uri, PT_FORMAT_EXTENSION);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */
/* ------------------------------------------------------------------------ */

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     PtWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          pt_window_load_file (window_for_opening (self), file);
        }
    }
  g_object_unref (dialog);
}

static void
on_save_as_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        PtWindow        *self)
{
  gboolean saved = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *basename = g_file_get_basename (file);

      /* Give it the workshop extension, so it is known for one. */
      if (!g_str_has_suffix (basename, PT_FORMAT_EXTENSION))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *named = g_strconcat (basename, PT_FORMAT_EXTENSION, NULL);

          g_set_object (&file, g_file_get_child (parent, named));
        }
      saved = pt_window_save_to_file (self, file);
    }
  g_object_unref (dialog);

  if (saved && self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
  self->close_after_save = FALSE;
}

enum {
  RESPONSE_DISCARD = 1,
  RESPONSE_SAVE = 2,
};

static void
on_close_response_cb (GtkDialog *dialog,
                      int        response,
                      PtWindow  *self)
{
  /* The window may be destroyed below, and then finalized at once: it
   * stays alive until this handler is done with it. */
  g_autoptr(PtWindow) alive = g_object_ref (self);

  /* The dialog outlives this handler (GTK holds it until the response is
   * emitted) and, still transient for this window, would touch it after
   * it is destroyed below. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == RESPONSE_DISCARD)
    {
      self->discarded = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (response == RESPONSE_SAVE)
    {
      self->close_after_save = TRUE;
      if (self->file != NULL)
        {
          if (pt_window_save_to_file (self, self->file))
            gtk_window_destroy (GTK_WINDOW (self));
          self->close_after_save = FALSE;
        }
      else
        _pt_window_save_as_dialog (self);
    }
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */
/* ------------------------------------------------------------------------ */

void
_pt_window_open_dialog (PtWindow *self)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Open Workshop"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_workshop_filter (GTK_FILE_CHOOSER (dialog));
  start_in_last_folder (GTK_FILE_CHOOSER (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_pt_window_save_as_dialog (PtWindow *self)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Save Workshop"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  g_autofree char *name = _pt_window_get_display_name (self);
  g_autofree char *suggested = g_strconcat (name, PT_FORMAT_EXTENSION, NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  add_workshop_filter (GTK_FILE_CHOOSER (dialog));
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), self->file, NULL);
  else
    {
      start_in_last_folder (GTK_FILE_CHOOSER (dialog));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), g_strdelimit (suggested, "/", '-'));
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_pt_window_save (PtWindow *self)
{
  if (self->file == NULL)
    _pt_window_save_as_dialog (self);
  else
    pt_window_save_to_file (self, self->file);
}

void
_pt_window_open_recent (PtWindow   *self,
                        const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  pt_window_load_file (window_for_opening (self), file);
}

void
_pt_window_update_recent_menu (PtWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GList *ours = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    if (is_ours (l->data) && gtk_recent_info_exists (l->data))
      ours = g_list_prepend (ours, l->data);
  ours = g_list_sort (ours, compare_recent);

  for (GList *l = ours; l != NULL && n < MAX_RECENT; l = l->next, n++)
    {
      g_autoptr(GMenuItem) item =
        g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (l->data));
      g_menu_append_item (self->recent_menu, item);
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Workshops"), "win.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }
  g_list_free (ours);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* TRUE when the window may close now; otherwise asks whether to save, and
 * closes (or not) when the user has answered. */
gboolean
_pt_window_confirm_close (PtWindow *self)
{
  GtkWidget *dialog;
  g_autofree char *name = NULL;

  _pt_window_commit_edits (self);
  if (!pt_history_get_dirty (pt_workshop_get_history (self->workshop)))
    return TRUE;

  name = _pt_window_get_display_name (self);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s” before closing?"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you don’t save, your changes will be lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), RESPONSE_DISCARD,
                          _("_Save"), RESPONSE_SAVE,
                          NULL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_DISCARD),
                            "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}
