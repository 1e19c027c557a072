/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-export.c — writing PDF, SVG and PNG.
 *
 * cairo writes into memory through a stream callback; the file is then
 * replaced in one atomic step, as a saved workshop is, so a full disk never
 * leaves half a PDF behind. The PDF has the same pages as a print; SVG and
 * PNG are the triangle as on screen.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-export.h"
#include "pt-privacy.h"
#include "pt-scene.h"

/* The largest PNG side, in pixels: enough for a poster, not for a crash. */
#define MAX_PNG_SIDE 16384

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
pt_export_format_for_filename (const char     *filename,
                               PtExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (filename, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *format = PT_EXPORT_PDF;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = PT_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".png"))
    *format = PT_EXPORT_PNG;
  else
    return FALSE;
  return TRUE;
}

void
pt_export_options_init (PtExportOptions *options,
                        PtExportFormat   format)
{
  memset (options, 0, sizeof *options);
  options->format = format;
  options->paper = pt_paper_default_for_locale ();
  options->parts = PT_HANDOUT_DEFAULT_PARTS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s is cairo's (English) reason */
               _("the picture could not be made (%s)"), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_pdf (PtWorkshop             *workshop,
           const PtExportOptions  *options,
           GByteArray             *out,
           GError                **error)
{
  g_autoptr(PtHandout) handout = pt_handout_new (workshop, options->parts, options->include_private,
                                                 options->paper.width, options->paper.height);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_array, out,
                                                                  options->paper.width, options->paper.height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pt_workshop_get_title (workshop));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Power Triangle " PACKAGE_VERSION);
  for (guint page = 0; page < pt_handout_get_n_pages (handout); page++)
    {
      pt_handout_draw_page (handout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, error);
}

/* The triangle as on screen, scaled so the scene's units become `scale`
 * device units. */
static void
draw_picture (PtWorkshop *workshop,
              cairo_t    *cr,
              double      scale,
              gboolean    include_private)
{
  g_autoptr(PtWorkshop) shown = include_private ? g_object_ref (workshop) : pt_privacy_public_copy (workshop);
  g_autoptr(PtScene) scene = pt_scene_new (shown);
  PtRect bounds;
  double width, height;

  pt_scene_set_reveal_hidden (scene, TRUE);
  pt_scene_set_show_tray (scene, pt_scene_shows_unplaced (scene));
  /* Every card whole and uncovered, as on screen and paper: the picture is
   * the triangle's usual bounds at the given scale, its text at 11 to 16
   * of the picture's units (pixels, or points in an SVG). */
  pt_geometry_scene_bounds (&bounds);
  width = bounds.width * scale;
  height = bounds.height * scale;
  pt_scene_arrange (scene, width, height, 11.0, 16.0, TRUE);
  pt_scene_get_bounds (scene, &bounds);
  scale = MIN (width / bounds.width, height / bounds.height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, (width - bounds.width * scale) / 2, (height - bounds.height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds.x, -bounds.y);
  pt_scene_draw (scene, cr);
}

static gboolean
write_svg (PtWorkshop             *workshop,
           const PtExportOptions  *options,
           GByteArray             *out,
           GError                **error)
{
  PtRect bounds;
  const double scale = 0.75;   /* scene units to points: about a page wide */
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  pt_geometry_scene_bounds (&bounds);
  surface = cairo_svg_surface_create_for_stream (write_to_array, out,
                                                 bounds.width * scale, bounds.height * scale);
  cr = cairo_create (surface);
  draw_picture (workshop, cr, scale, options->include_private);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, error);
}

static gboolean
write_png (PtWorkshop             *workshop,
           const PtExportOptions  *options,
           GByteArray             *out,
           GError                **error)
{
  PtRect bounds;
  int width = options->png_width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  pt_geometry_scene_bounds (&bounds);
  /* By default as wide as the paper at 300 dots per inch. */
  if (width <= 0)
    width = (int) lround (options->paper.width / 72.0 * 300.0);
  height = (int) lround (width * bounds.height / bounds.width);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE || height < 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("a picture %d pixels wide is too large; use at most %d"), width, MAX_PNG_SIDE);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  draw_picture (workshop, cr, width / bounds.width, options->include_private);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, write_to_array, out);
  cairo_surface_destroy (surface);
  return check_status (status, error);
}

/* The exported document, in memory. */
GBytes *
pt_export_to_bytes (PtWorkshop             *workshop,
                    const PtExportOptions  *options,
                    GError                **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok = FALSE;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  switch (options->format)
    {
    case PT_EXPORT_PDF:
      ok = write_pdf (workshop, options, out, error);
      break;
    case PT_EXPORT_SVG:
      ok = write_svg (workshop, options, out, error);
      break;
    case PT_EXPORT_PNG:
      ok = write_png (workshop, options, out, error);
      break;
    default:
      g_assert_not_reached ();
    }
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&out)) : NULL;
}

/* Exports to file, replacing it in one step; on failure the file is as it
 * was. Errors read "FILE: what is wrong". */
gboolean
pt_export_to_file (PtWorkshop             *workshop,
                   const PtExportOptions  *options,
                   GFile                  *file,
                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  bytes = pt_export_to_bytes (workshop, options, &local_error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      if (g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                   NULL, NULL, &local_error))
        return TRUE;
    }
  g_set_error (error, local_error->domain, local_error->code,
               /* Translators: FILE: not exported: REASON */
               _("%s: not exported: %s"), name, local_error->message);
  return FALSE;
}
