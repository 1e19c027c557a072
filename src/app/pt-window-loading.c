/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-loading.c — PtWindow opens files without stopping.
 *
 * The file is read and parsed on a thread of GIO's pool, so the window
 * answers all the while; after half a second a bar in the window says
 * which file, how far it got, and offers Cancel. What the window shows
 * stays until the new workshop is ready, and stays if the file cannot be
 * read or the user cancels.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-reader.h"
#include "pt-window-private.h"

/* Loads quicker than this never show the bar, so it does not flash. */
#define SHOW_AFTER_MS 500
#define UPDATE_MS     100

typedef struct
{
  GFile *file;
  gint   progress;      /* thousandths; written by the reading thread */
  char  *etag;
  gint64 started;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_object_unref (load->file);
  g_free (load->etag);
  g_free (load);
}

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Load *load = data;
  GError *error = NULL;
  PtWorkshop *workshop = pt_reader_load_file_full (load->file, cancellable, &load->progress,
                                                   &load->etag, &error);

  if (workshop != NULL)
    g_task_return_pointer (task, workshop, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
stop_showing (PtWindow *self)
{
  g_clear_handle_id (&self->loading_timer, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_bar), FALSE);
}

static gboolean
on_loading_timer_cb (gpointer data)
{
  PtWindow *self = data;
  Load *load;

  if (self->loading == NULL)
    {
      self->loading_timer = 0;
      return G_SOURCE_REMOVE;
    }
  load = g_task_get_task_data (self->loading);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->loading_bar)) &&
      g_get_monotonic_time () - load->started >= SHOW_AFTER_MS * 1000)
    {
      g_autofree char *name = g_file_get_basename (load->file);
      /* Translators: in a bar while a file is read: "Opening “big.ptw”…" */
      g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), name);

      gtk_label_set_text (self->loading_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->loading_bar), TRUE);
    }
  gtk_progress_bar_set_fraction (self->loading_progress, g_atomic_int_get (&load->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

/* The window a finished load goes to: this one, unless the user started
 * work in it meanwhile (it was empty when the load began). */
static PtWindow *
window_for_result (PtWindow *self)
{
  PtWindow *window;

  if (!pt_history_get_dirty (pt_workshop_get_history (self->workshop)))
    return self;
  window = pt_window_new (PT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PtWindow *self = PT_WINDOW (source);
  GTask *task = G_TASK (result);
  Load *load = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) workshop = g_task_propagate_pointer (task, &error);

  /* A later load (or closing) replaced this one: it is not wanted. */
  if (self->loading != task)
    return;
  g_clear_object (&self->loading);
  stop_showing (self);

  if (workshop == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _pt_window_show_error (self, _("The workshop could not be opened"), error->message);
      return;
    }
  _pt_window_opened (window_for_result (self), workshop, load->file, load->etag);
}

static void
cancel_loading_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _pt_window_cancel_loading (PT_WINDOW (widget));
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */
/* ------------------------------------------------------------------------ */

void
_pt_window_class_init_loading (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_cb);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, loading_bar);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, loading_progress);
}

void
_pt_window_cancel_loading (PtWindow *self)
{
  if (self->loading != NULL)
    {
      g_cancellable_cancel (g_task_get_cancellable (self->loading));
      g_clear_object (&self->loading);
    }
  stop_showing (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/* Opens file in this window without waiting for it: errors are shown in
 * the window, as from pt_window_open_file (). */
void
pt_window_load_file (PtWindow *self,
                     GFile    *file)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Load *load;

  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _pt_window_cancel_loading (self);
  load = g_new0 (Load, 1);
  load->file = g_object_ref (file);
  load->started = g_get_monotonic_time ();
  self->loading = g_task_new (self, cancellable, on_loaded_cb, NULL);
  g_task_set_task_data (self->loading, load, load_free);
  g_task_set_return_on_cancel (self->loading, FALSE);
  g_task_run_in_thread (self->loading, read_in_thread);
  self->loading_timer = g_timeout_add (UPDATE_MS, on_loading_timer_cb, self);
}

/* Whether a file is being read for this window. */
gboolean
pt_window_is_loading (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);
  return self->loading != NULL;
}

/* The file being read for this window, or NULL. */
GFile *
pt_window_get_loading_file (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  if (self->loading == NULL)
    return NULL;
  return ((Load *) g_task_get_task_data (self->loading))->file;
}
