/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-print-preview.c — PtPrintPreview: the handout's pages on screen.
 *
 * GTK's own preview hands a PDF to an outside program (evince), which not
 * every machine has; this window draws the very pages the printer gets,
 * with the render layer's PtHandout, each on its sheet with its margins.
 * Closing it ends the print operation's preview.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-print-preview.h"

/* Pixels per point: a page about 900 pixels tall on A4. */
#define PREVIEW_SCALE 1.1

struct _PtPrintPreview
{
  GtkWindow parent_instance;

  GtkPrintOperationPreview *preview;
};

G_DEFINE_FINAL_TYPE (PtPrintPreview, pt_print_preview, GTK_TYPE_WINDOW)

/* One page as a picture: white paper, the printable area drawn inside its
 * margins, as it will come out of the printer. */
static GdkTexture *
render_page (PtHandout    *handout,
             GtkPageSetup *setup,
             guint         page)
{
  int width = (int) ceil (gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS) * PREVIEW_SCALE);
  int height = (int) ceil (gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS) * PREVIEW_SCALE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PREVIEW_SCALE, PREVIEW_SCALE);
  cairo_translate (cr, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS),
                   gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  pt_handout_draw_page (handout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  /* cairo's ARGB32 is GDK's default memory format. */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  return texture;
}

static void
pt_print_preview_dispose (GObject *object)
{
  PtPrintPreview *self = PT_PRINT_PREVIEW (object);

  if (self->preview != NULL)
    {
      gtk_print_operation_preview_end_preview (self->preview);
      g_clear_object (&self->preview);
    }
  G_OBJECT_CLASS (pt_print_preview_parent_class)->dispose (object);
}

static void
pt_print_preview_class_init (PtPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_print_preview_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_print_preview_init (PtPrintPreview *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 900);
}

/* Shows handout's pages; ends preview (when not NULL) once closed. */
GtkWindow *
pt_print_preview_new (GtkWindow                *parent,
                      PtHandout                *handout,
                      GtkPageSetup             *page_setup,
                      GtkPrintOperationPreview *preview)
{
  PtPrintPreview *self;
  GtkWidget *scrolled, *pages;
  guint n_pages;

  g_return_val_if_fail (PT_IS_HANDOUT (handout), NULL);
  g_return_val_if_fail (GTK_IS_PAGE_SETUP (page_setup), NULL);

  self = g_object_new (PT_TYPE_PRINT_PREVIEW, "transient-for", parent, NULL);
  if (preview != NULL)
    self->preview = g_object_ref (preview);
  n_pages = pt_handout_get_n_pages (handout);

  pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (pages, 18);
  gtk_widget_set_margin_bottom (pages, 18);
  gtk_widget_set_margin_start (pages, 18);
  gtk_widget_set_margin_end (pages, 18);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GdkTexture) texture = render_page (handout, page_setup, i);
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      /* Translators: how a screen reader names a page in the print preview: "Page 2 of 4" */
      g_autofree char *name = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (GTK_BOX (pages), picture);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), pages);
  gtk_window_set_child (GTK_WINDOW (self), scrolled);
  return GTK_WINDOW (self);
}
