/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-recovery-dialog.c — PtRecoveryDialog: bring back what a crash left.
 *
 * Shown once at start when copies of unsaved workshops were left by a
 * process that is gone. Each row says what it was (title, the file it came
 * from, when it last changed) and offers Restore or Discard; a copy that
 * cannot be read says why and offers only Discard. Restoring opens the
 * workshop as unsaved changes to its file, in the window that asked if that
 * is still empty, else in a new one.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-application.h"
#include "pt-recovery-dialog.h"
#include "pt-window.h"

struct _PtRecoveryDialog
{
  GtkWindow parent_instance;

  GPtrArray *entries;      /* PtRecoveryEntry, in the rows' order */
  GtkWidget *rows;
};

G_DEFINE_FINAL_TYPE (PtRecoveryDialog, pt_recovery_dialog, GTK_TYPE_WINDOW)

static char *
describe (const PtRecoveryEntry *entry)
{
  g_autofree char *when = entry->changed != NULL ? g_date_time_format (entry->changed, "%x %X") : NULL;
  g_autofree char *where = NULL;

  if (entry->original != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (entry->original);

      where = g_file_get_parse_name (file);
    }
  return g_strdup_printf ("%s\n%s",
                          /* Translators: a recovered workshop that was never saved */
                          where != NULL ? where : _("Never saved"),
                          /* Translators: %s is a date and time */
                          when != NULL ? when : "");
}

static GtkWidget *
row_at (PtRecoveryDialog *self,
        guint             position)
{
  GtkWidget *row = gtk_widget_get_first_child (self->rows);

  for (guint i = 0; i < position && row != NULL; i++)
    row = gtk_widget_get_next_sibling (row);
  return row;
}

static void
remove_row (PtRecoveryDialog *self,
            guint             position)
{
  GtkWidget *row = row_at (self, position);

  if (row != NULL)
    gtk_box_remove (GTK_BOX (self->rows), row);
  g_ptr_array_remove_index (self->entries, position);
  if (self->entries->len == 0)
    gtk_window_close (GTK_WINDOW (self));
}

/* Rows and entries go together: a button's row is its entry's position. */
static guint
position_of (PtRecoveryDialog *self,
             GtkWidget        *button)
{
  guint position = 0;

  g_ptr_array_find (self->entries, g_object_get_data (G_OBJECT (button), "entry"), &position);
  return position;
}

void
pt_recovery_dialog_discard (PtRecoveryDialog *self,
                            guint             position)
{
  PtRecoveryEntry *entry;

  g_return_if_fail (PT_IS_RECOVERY_DIALOG (self));
  g_return_if_fail (position < self->entries->len);

  entry = g_ptr_array_index (self->entries, position);
  pt_recovery_remove (entry->id);
  remove_row (self, position);
}

/* A window already showing the copy's file, as saved: the copy is that
 * file plus the changes, so it goes there rather than beside it. */
static PtWindow *
window_for_restoring (PtRecoveryDialog      *self,
                      const PtRecoveryEntry *entry)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) original = NULL;

  if (app == NULL || entry->original == NULL)
    return NULL;
  original = g_file_new_for_uri (entry->original);
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      PtWindow *window;
      GFile *file;

      if (!PT_IS_WINDOW (l->data))
        continue;
      window = l->data;
      /* Or about to: the file named at start may still be being read. */
      file = pt_window_get_loading_file (window);
      if (file == NULL)
        file = pt_window_get_file (window);
      if (file != NULL && g_file_equal (file, original) &&
          !pt_history_get_dirty (pt_workshop_get_history (pt_window_get_workshop (window))))
        return window;
    }
  return NULL;
}

void
pt_recovery_dialog_restore (PtRecoveryDialog *self,
                            guint             position)
{
  PtRecoveryEntry *entry;
  GtkWindow *parent;
  PtWindow *window;
  gboolean made = FALSE;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PT_IS_RECOVERY_DIALOG (self));
  g_return_if_fail (position < self->entries->len);

  entry = g_ptr_array_index (self->entries, position);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  window = window_for_restoring (self, entry);
  if (window == NULL && PT_IS_WINDOW (parent) && pt_window_is_pristine (PT_WINDOW (parent)))
    window = PT_WINDOW (parent);
  if (window == NULL)
    {
      window = pt_window_new (PT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      made = TRUE;
    }
  if (!pt_window_restore (window, entry, &error))
    {
      g_autofree char *problem = g_strdup (error->message);
      GtkWidget *row = row_at (self, position);

      /* Damaged after all: say so in its row; only Discard is left. */
      g_free (entry->problem);
      entry->problem = g_steal_pointer (&problem);
      gtk_widget_set_sensitive (GTK_WIDGET (g_object_get_data (G_OBJECT (row), "restore")), FALSE);
      gtk_widget_set_tooltip_text (row, entry->problem);
      gtk_label_set_text (GTK_LABEL (g_object_get_data (G_OBJECT (row), "problem")), entry->problem);
      gtk_widget_set_visible (GTK_WIDGET (g_object_get_data (G_OBJECT (row), "problem")), TRUE);
      if (made)
        gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
  remove_row (self, position);
}

static void
on_restore_clicked_cb (GtkButton        *button,
                       PtRecoveryDialog *self)
{
  pt_recovery_dialog_restore (self, position_of (self, GTK_WIDGET (button)));
}

static void
on_discard_clicked_cb (GtkButton        *button,
                       PtRecoveryDialog *self)
{
  pt_recovery_dialog_discard (self, position_of (self, GTK_WIDGET (button)));
}

static void
add_row (PtRecoveryDialog      *self,
         const PtRecoveryEntry *entry)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  /* Translators: a recovered workshop without a title */
  GtkWidget *title = gtk_label_new (entry->title[0] != '\0' ? entry->title : _("Untitled workshop"));
  g_autofree char *details = describe (entry);
  GtkWidget *detail = gtk_label_new (details);
  GtkWidget *problem = gtk_label_new (entry->problem);
  GtkWidget *restore = gtk_button_new_with_mnemonic (_("_Restore"));
  GtkWidget *discard = gtk_button_new_with_mnemonic (_("_Discard"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (problem), 0);
  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_widget_add_css_class (problem, "error");
  gtk_widget_set_visible (problem, entry->problem != NULL);
  gtk_widget_set_sensitive (restore, entry->problem == NULL);
  gtk_widget_add_css_class (restore, "suggested-action");
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  g_signal_connect (restore, "clicked", G_CALLBACK (on_restore_clicked_cb), self);
  g_signal_connect (discard, "clicked", G_CALLBACK (on_discard_clicked_cb), self);
  g_object_set_data (G_OBJECT (restore), "entry", (gpointer) entry);
  g_object_set_data (G_OBJECT (discard), "entry", (gpointer) entry);
  g_object_set_data (G_OBJECT (row), "restore", restore);
  g_object_set_data (G_OBJECT (row), "problem", problem);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_box_append (GTK_BOX (texts), problem);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), discard);
  gtk_box_append (GTK_BOX (row), restore);
  gtk_box_append (GTK_BOX (self->rows), row);
}

static void
pt_recovery_dialog_dispose (GObject *object)
{
  PtRecoveryDialog *self = PT_RECOVERY_DIALOG (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  G_OBJECT_CLASS (pt_recovery_dialog_parent_class)->dispose (object);
}

static void
pt_recovery_dialog_class_init (PtRecoveryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_recovery_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_recovery_dialog_init (PtRecoveryDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("Power Triangle stopped before these workshops were saved. "
                                      "Restore them to go on where you were, or discard them."));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->rows = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 50);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->rows);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_titlebar (GTK_WINDOW (self), gtk_header_bar_new ());
  /* Translators: the title of the window offering workshops back after a crash */
  gtk_window_set_title (GTK_WINDOW (self), _("Unsaved Workshops"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
}

/* Shows what can be recovered, if anything; NULL when there is nothing. */
GtkWindow *
pt_recovery_dialog_offer (GtkWindow *parent)
{
  g_autoptr(GPtrArray) entries = pt_recovery_list ();
  PtRecoveryDialog *self;

  if (entries->len == 0)
    return NULL;
  self = g_object_new (PT_TYPE_RECOVERY_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->entries = g_steal_pointer (&entries);
  for (guint i = 0; i < self->entries->len; i++)
    add_row (self, g_ptr_array_index (self->entries, i));
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}

guint
pt_recovery_dialog_count (PtRecoveryDialog *self)
{
  g_return_val_if_fail (PT_IS_RECOVERY_DIALOG (self), 0);
  return self->entries != NULL ? self->entries->len : 0;
}
