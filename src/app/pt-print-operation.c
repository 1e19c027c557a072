/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-print-operation.c — PtPrintOperation: the handout on a printer.
 *
 * All drawing is the render layer's PtHandout, so the print, its preview
 * and an exported PDF have the same pages. The print dialog gets a tab of
 * our own to choose the parts and whether private notes go on paper (not,
 * unless asked). The default paper follows the locale (GTK's own default).
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-print-operation.h"
#include "pt-print-preview.h"

struct _PtPrintOperation
{
  GtkPrintOperation parent_instance;

  PtWorkshop     *workshop;
  PtHandout      *handout;
  PtHandoutParts  parts;
  gboolean        include_private;

  GtkWidget      *factors_check;
  GtkWidget      *links_check;
  GtkWidget      *journal_check;
  GtkWidget      *reflection_check;
  GtkWidget      *private_check;
};

G_DEFINE_FINAL_TYPE (PtPrintOperation, pt_print_operation, GTK_TYPE_PRINT_OPERATION)

/* ------------------------------------------------------------------------ */
/* GtkPrintOperation                                                        */
/* ------------------------------------------------------------------------ */

static void
pt_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  PtPrintOperation *self = PT_PRINT_OPERATION (operation);

  g_clear_object (&self->handout);
  self->handout = pt_handout_new (self->workshop, self->parts, self->include_private,
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) pt_handout_get_n_pages (self->handout));
}

/* The preview in a window of our own (see pt-print-preview.c), with the
 * parts and page chosen in the dialog. */
static gboolean
pt_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  PtPrintOperation *self = PT_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  g_autoptr(PtHandout) handout = NULL;
  GtkWindow *window;

  handout = pt_handout_new (self->workshop, self->parts, self->include_private,
                            gtk_page_setup_get_page_width (setup, GTK_UNIT_POINTS),
                            gtk_page_setup_get_page_height (setup, GTK_UNIT_POINTS));
  window = pt_print_preview_new (parent, handout, setup, preview);
  gtk_window_present (window);

  /* GTK insists on a cairo context for a preview it did not draw. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
    cairo_t *cr = cairo_create (surface);

    gtk_print_context_set_cairo_context (context, cr, 72, 72);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  return TRUE;
}

static void
pt_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  PtPrintOperation *self = PT_PRINT_OPERATION (operation);

  pt_handout_draw_page (self->handout, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
pt_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  g_clear_object (&PT_PRINT_OPERATION (operation)->handout);
}

static GtkWidget *
check (const char *label,
       gboolean    active)
{
  GtkWidget *button = gtk_check_button_new_with_mnemonic (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), active);
  return button;
}

static GtkWidget *
pt_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  PtPrintOperation *self = PT_PRINT_OPERATION (operation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (_("Print these parts after the triangle"));

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");

  self->factors_check = check (_("The _factors, dimension by dimension"), self->parts & PT_HANDOUT_FACTORS);
  self->links_check = check (_("The _links and the actions"), self->parts & PT_HANDOUT_LINKS);
  self->journal_check = check (_("The _journal"), self->parts & PT_HANDOUT_JOURNAL);
  self->reflection_check = check (_("A _reflection sheet with the cycle’s questions"),
                                  self->parts & PT_HANDOUT_REFLECTION);
  self->private_check = check (_("Include _private notes"), self->include_private);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), self->factors_check);
  gtk_box_append (GTK_BOX (box), self->links_check);
  gtk_box_append (GTK_BOX (box), self->journal_check);
  gtk_box_append (GTK_BOX (box), self->reflection_check);
  gtk_box_append (GTK_BOX (box), self->private_check);
  return box;
}

static void
pt_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  PtPrintOperation *self = PT_PRINT_OPERATION (operation);
  /* The triangle's page comes first, unless the journal is printed on
   * its own (from the journal's window). */
  PtHandoutParts parts = self->parts & PT_HANDOUT_TRIANGLE;

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->factors_check)))
    parts |= PT_HANDOUT_FACTORS;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->links_check)))
    parts |= PT_HANDOUT_LINKS;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->journal_check)))
    parts |= PT_HANDOUT_JOURNAL;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->reflection_check)))
    parts |= PT_HANDOUT_REFLECTION;
  pt_print_operation_set_parts (self, parts,
                                gtk_check_button_get_active (GTK_CHECK_BUTTON (self->private_check)));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_print_operation_dispose (GObject *object)
{
  PtPrintOperation *self = PT_PRINT_OPERATION (object);

  g_clear_object (&self->handout);
  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (pt_print_operation_parent_class)->dispose (object);
}

static void
pt_print_operation_class_init (PtPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = pt_print_operation_dispose;

  print_class->begin_print = pt_print_operation_begin_print;
  print_class->draw_page = pt_print_operation_draw_page;
  print_class->preview = pt_print_operation_preview;
  print_class->end_print = pt_print_operation_end_print;
  print_class->create_custom_widget = pt_print_operation_create_custom_widget;
  print_class->custom_widget_apply = pt_print_operation_custom_widget_apply;
}

static void
pt_print_operation_init (PtPrintOperation *self)
{
  self->parts = PT_HANDOUT_DEFAULT_PARTS;
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), FALSE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* Translators: the tab of the print dialog with the handout's parts */
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Handout"));
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtPrintOperation *
pt_print_operation_new (PtWorkshop *workshop)
{
  PtPrintOperation *self;
  const char *title;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (PT_TYPE_PRINT_OPERATION, NULL);
  self->workshop = g_object_ref (workshop);
  title = pt_workshop_get_title (workshop);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title[0] != '\0' ? title : _("Workshop"));
  return self;
}

/* What is printed: the triangle's page and what follows it, or (parts
 * without PT_HANDOUT_TRIANGLE) the journal alone. */
void
pt_print_operation_set_parts (PtPrintOperation *self,
                              PtHandoutParts    parts,
                              gboolean          include_private)
{
  g_return_if_fail (PT_IS_PRINT_OPERATION (self));

  self->parts = parts;
  self->include_private = include_private;
}

/* The parts chosen, as the dialog's Handout tab left them. */
PtHandoutParts
pt_print_operation_get_parts (PtPrintOperation *self,
                              gboolean         *include_private)
{
  g_return_val_if_fail (PT_IS_PRINT_OPERATION (self), PT_HANDOUT_DEFAULT_PARTS);

  if (include_private != NULL)
    *include_private = self->include_private;
  return self->parts;
}
