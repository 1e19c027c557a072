/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-export.h — a workshop as a PDF handout, or its triangle as an SVG or
 * PNG picture. cairo only: the command line exports without a display. */
#pragma once

#include <gio/gio.h>

#include "pt-handout.h"
#include "pt-paper.h"

G_BEGIN_DECLS

typedef enum {
  PT_EXPORT_PDF,
  PT_EXPORT_SVG,
  PT_EXPORT_PNG,
} PtExportFormat;

typedef struct
{
  PtExportFormat  format;
  PtPaper         paper;            /* the PDF's pages; the PNG's default size */
  PtHandoutParts  parts;            /* for PDF */
  gboolean        include_private;
  int             png_width;        /* pixels; 0 for 300 dpi across the paper */
} PtExportOptions;

gboolean pt_export_format_for_filename (const char             *filename,
                                        PtExportFormat         *format);
void     pt_export_options_init        (PtExportOptions        *options,
                                        PtExportFormat          format);
GBytes  *pt_export_to_bytes            (PtWorkshop             *workshop,
                                        const PtExportOptions  *options,
                                        GError                **error);
gboolean pt_export_to_file             (PtWorkshop             *workshop,
                                        const PtExportOptions  *options,
                                        GFile                  *file,
                                        GError                **error);

G_END_DECLS
