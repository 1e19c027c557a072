/* pt-window.c — PtWindow: holds a workshop and the file it came from.
 *
 * Until the canvas arrives it shows the workshop's title, focus question and
 * how many factors each dimension holds. Errors from opening are shown in the
 * window, never only on stderr, and never replace the open document.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-reader.h"
#include "pt-window.h"

struct _PtWindow
{
  GtkApplicationWindow parent_instance;

  PtWorkshop *workshop;
  GFile      *file;
  char       *etag;

  GtkLabel   *title_label;
  GtkLabel   *question_label;
  GtkLabel   *summary_label;
};

G_DEFINE_FINAL_TYPE (PtWindow, pt_window, GTK_TYPE_APPLICATION_WINDOW)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
update_title (PtWindow *self)
{
  const char *title = pt_workshop_get_title (self->workshop);
  gboolean dirty = pt_history_get_dirty (pt_workshop_get_history (self->workshop));
  g_autofree char *name = NULL;
  g_autofree char *window_title = NULL;

  if (title[0] != '\0')
    name = g_strdup (title);
  else if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else
    name = g_strdup (_("New Workshop"));

  /* The bullet marks unsaved changes, as GNOME's editors do. */
  window_title = g_strdup_printf ("%s%s — %s", dirty ? "• " : "", name, _("Power Triangle"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  gtk_label_set_text (self->title_label, name);
}

static void
update_summary (PtWindow *self)
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  g_autoptr(GString) summary = g_string_new (NULL);
  guint counts[PT_DIMENSION_CONTEXTS + 1] = { 0 };

  for (guint i = 0; i < factors->len; i++)
    counts[pt_factor_get_dimension (g_ptr_array_index (factors, i))]++;

  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    {
      PtDimension *dimension = pt_workshop_get_dimension (self->workshop, k);

      g_string_append_printf (summary, "%s: ", pt_dimension_get_display_label (dimension));
      g_string_append_printf (summary, ngettext ("%u factor", "%u factors", counts[k]), counts[k]);
      g_string_append_c (summary, '\n');
    }
  g_string_append_printf (summary, "%s: ", pt_dimension_kind_to_label (PT_DIMENSION_UNPLACED));
  g_string_append_printf (summary, ngettext ("%u factor", "%u factors", counts[0]), counts[0]);

  gtk_label_set_text (self->question_label, pt_workshop_get_focus_question (self->workshop));
  gtk_widget_set_visible (GTK_WIDGET (self->question_label),
                          pt_workshop_get_focus_question (self->workshop)[0] != '\0');
  gtk_label_set_text (self->summary_label, summary->str);
}

static void
show_error (PtWindow   *self,
            const char *primary,
            const char *secondary)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_history_dirty_notify_cb (PtWindow *self)
{
  update_title (self);
}

static void
set_workshop (PtWindow   *self,
              PtWorkshop *workshop)
{
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (pt_workshop_get_history (self->workshop), self);
  g_set_object (&self->workshop, workshop);
  g_signal_connect_swapped (pt_workshop_get_history (workshop), "notify::dirty",
                            G_CALLBACK (on_history_dirty_notify_cb), self);
  update_title (self);
  update_summary (self);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_window_dispose (GObject *object)
{
  PtWindow *self = PT_WINDOW (object);

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (pt_workshop_get_history (self->workshop), self);
  g_clear_object (&self->workshop);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);

  G_OBJECT_CLASS (pt_window_parent_class)->dispose (object);
}

static void
pt_window_class_init (PtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PtWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, summary_label);
}

static void
pt_window_init (PtWindow *self)
{
  g_autoptr(PtWorkshop) workshop = pt_workshop_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  set_workshop (self, workshop);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtWindow *
pt_window_new (PtApplication *application)
{
  return g_object_new (PT_TYPE_WINDOW, "application", application, NULL);
}

/* Loads file into this window; on failure the current workshop stays and
 * the reason is shown. */
void
pt_window_open_file (PtWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(PtWorkshop) workshop = NULL;

  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  workshop = pt_reader_load_file (file, &etag, &error);
  if (workshop == NULL)
    {
      show_error (self, _("The workshop could not be opened"), error->message);
      return;
    }

  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  set_workshop (self, workshop);
}

PtWorkshop *
pt_window_get_workshop (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);
  return self->workshop;
}

GFile *
pt_window_get_file (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);
  return self->file;
}
