/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-reader.h — reading a workshop document, trusting nothing in it.
 *
 * Errors are in PT_IO_ERROR (or G_IO_ERROR for the file system) and read
 * "FILE:LINE:COLUMN: what is wrong", in words a facilitator can act on.
 */
#pragma once

#include <gio/gio.h>

#include "pt-workshop.h"
#include "pt-format.h"

G_BEGIN_DECLS

PtWorkshop *pt_reader_load_file  (GFile       *file,
                                  char       **etag,
                                  GError     **error);
PtWorkshop *pt_reader_load_file_full (GFile         *file,
                                      GCancellable  *cancellable,
                                      gint          *progress,
                                      char         **etag,
                                      GError       **error);
PtWorkshop *pt_reader_load_bytes (GBytes      *bytes,
                                  const char  *display_name,
                                  GError     **error);
char       *pt_io_display_name   (GFile       *file);

G_END_DECLS
