/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-handouts.c — PtWindow's printing and export.
 *
 * Printing keeps the window's page setup and printer settings between
 * prints. Export writes in a worker thread from a copy of the workshop, so
 * the window goes on responding (and may go on being edited) meanwhile.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pt-export.h"
#include "pt-print-operation.h"
#include "pt-window-private.h"

/* ------------------------------------------------------------------------ */
/* Printing                                                                 */
/* ------------------------------------------------------------------------ */

/* Where a handout or picture is written unless the user says otherwise:
 * where the last one went, else beside the workshop, else the Documents
 * folder (never the folder the program happened to be started in). */
static GFile *
export_folder (PtWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (self->export_folder != NULL)
    return g_object_ref (self->export_folder);
  if (self->file != NULL)
    {
      GFile *parent = g_file_get_parent (self->file);

      if (parent != NULL)
        return parent;
    }
  return g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR) ? documents
                                                                                             : g_get_home_dir ());
}

void
_pt_window_print (PtWindow *self)
{
  g_autoptr(PtPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  _pt_window_commit_edits (self);
  operation = pt_print_operation_new (self->workshop);
  if (self->print_settings == NULL)
    {
      /* Print to File suggests the workshop's name, beside it. */
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
      g_autoptr(GFile) folder = export_folder (self);
      g_autofree char *name = _pt_window_get_display_name (self);
      g_autofree char *file_name = g_strconcat (g_strdelimit (name, "/", '-'), ".pdf", NULL);
      g_autoptr(GFile) file = g_file_get_child (folder, file_name);
      g_autofree char *uri = g_file_get_uri (file);

      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
      gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
    }
  else
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), self->print_settings);
  if (self->page_setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), self->page_setup);
  else
    {
      /* The paper the locale uses, as pt_paper decides it for export and
       * the command line too: one decision, not GTK's beside it. */
      PtPaper paper = pt_paper_default_for_locale ();
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) size = NULL;

      size = gtk_paper_size_new (g_str_equal (paper.name, "letter") ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
      gtk_page_setup_set_paper_size_and_default_margins (setup, size);
      gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
    }
  if (self->handout_parts != 0)
    pt_print_operation_set_parts (operation, self->handout_parts, self->handout_private);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  /* What the Handout tab shows is taken when the dialog prints or
   * previews; kept either way, cancelled or not. */
  self->handout_parts = pt_print_operation_get_parts (operation, &self->handout_private);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _pt_window_show_error (self, _("The workshop could not be printed"), error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation)));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation)));
    }
}

/* ------------------------------------------------------------------------ */
/* Export                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct
{
  PtWorkshop      *workshop;    /* a copy, the thread's own */
  PtExportOptions  options;
  GFile           *file;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->workshop);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (pt_export_to_file (job->workshop, &job->options, job->file, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  PtWindow *self = PT_WINDOW (source);
  g_autoptr(GError) error = NULL;

  self->exporting = FALSE;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  _pt_window_update_actions (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    _pt_window_show_error (self, _("The workshop could not be exported"), error->message);
}

/* Starts writing file in the background; the window stays usable. */
void
_pt_window_export_to (PtWindow              *self,
                      GFile                 *file,
                      const PtExportOptions *options)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);

  _pt_window_commit_edits (self);
  job->workshop = pt_workshop_copy (self->workshop);
  job->options = *options;
  job->file = g_object_ref (file);

  self->exporting = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "progress");
  _pt_window_update_actions (self);

  task = g_task_new (self, NULL, on_export_done_cb, NULL);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       PtWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);
      const char *paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "paper");
      const char *width = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "png-width");
      const char *private = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "private");
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      PtExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "format"));
      PtExportOptions options;

      PtExportFormat named_as;
      g_autoptr(GFile) parent = g_file_get_parent (file);

      /* The name's extension decides, unless a picture was chosen and the
       * name still ends in .pdf as suggested: the name follows the type
       * chosen. Without one, the chosen type's. */
      if (!pt_export_format_for_filename (name, &named_as) || (named_as == PT_EXPORT_PDF && format != PT_EXPORT_PDF))
        {
          const char *extensions[] = { ".pdf", ".svg", ".png" };
          g_autofree char *stem = pt_export_format_for_filename (name, &named_as)
                                  ? g_strndup (name, strlen (name) - 4) : g_strdup (name);
          g_autofree char *named = g_strconcat (stem, extensions[format], NULL);

          g_set_object (&file, g_file_get_child (parent, named));
        }
      else
        format = named_as;
      g_set_object (&self->export_folder, parent);
      pt_export_options_init (&options, format);
      if (paper != NULL)
        pt_paper_from_name (paper, &options.paper);
      options.png_width = width != NULL ? atoi (width) : 0;
      options.include_private = g_strcmp0 (private, "true") == 0;
      _pt_window_export_to (self, file, &options);
    }
  g_object_unref (dialog);
}

static void
add_format_filter (GtkFileChooser *chooser,
                   const char     *name,
                   const char     *pattern,
                   const char     *mime_type,
                   PtExportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data (G_OBJECT (filter), "format", GINT_TO_POINTER (format));
  gtk_file_chooser_add_filter (chooser, filter);
}

void
_pt_window_export_dialog (PtWindow *self)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Export Workshop"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  PtPaper paper = pt_paper_default_for_locale ();
  g_autofree char *name = _pt_window_get_display_name (self);
  g_autofree char *suggested = g_strconcat (name, ".pdf", NULL);
  /* Each default comes first: GTK 4.8's own dialog ignores set_choice
   * made before it is shown. */
  gboolean letter = g_str_equal (paper.name, "letter");
  const char *paper_ids[] = { letter ? "letter" : "a4", letter ? "a4" : "letter", NULL };
  const char *paper_labels[] = { letter ? "Letter" : "A4", letter ? "A4" : "Letter", NULL };
  g_autofree char *w150 = g_strdup_printf ("%d", (int) (paper.width / 72 * 150));
  g_autofree char *w300 = g_strdup_printf ("%d", (int) (paper.width / 72 * 300));
  g_autofree char *w600 = g_strdup_printf ("%d", (int) (paper.width / 72 * 600));
  /* Translators: a PNG's width: "2480 pixels (300 dpi)" */
  g_autofree char *l150 = g_strdup_printf (_("%s pixels (%d dpi)"), w150, 150);
  g_autofree char *l300 = g_strdup_printf (_("%s pixels (%d dpi)"), w300, 300);
  g_autofree char *l600 = g_strdup_printf (_("%s pixels (%d dpi)"), w600, 600);
  const char *width_ids[] = { w300, w150, w600, NULL };
  const char *width_labels[] = { l300, l150, l600, NULL };

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  add_format_filter (chooser, _("PDF handout (the printed pages)"), "*.pdf", "application/pdf", PT_EXPORT_PDF);
  add_format_filter (chooser, _("SVG picture of the triangle"), "*.svg", "image/svg+xml", PT_EXPORT_SVG);
  add_format_filter (chooser, _("PNG picture of the triangle"), "*.png", "image/png", PT_EXPORT_PNG);

  /* Translators: a choice in the export dialog */
  gtk_file_chooser_add_choice (chooser, "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (chooser, "paper", paper.name);
  /* Translators: a choice in the export dialog, for PNG pictures */
  gtk_file_chooser_add_choice (chooser, "png-width", _("PNG width"), width_ids, width_labels);
  gtk_file_chooser_set_choice (chooser, "png-width", w300);
  gtk_file_chooser_add_choice (chooser, "private", _("Include private notes"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "private", "false");

  {
    g_autoptr(GFile) folder = export_folder (self);

    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  }
  gtk_file_chooser_set_current_name (chooser, g_strdelimit (suggested, "/", '-'));
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
