/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-writer.h — writing a workshop document.
 *
 * The same workshop always gives the same bytes, indented for people and
 * version control. Saving never leaves a half-written file: the document is
 * serialised in memory, read back and compared, and only then replaces the
 * file in one rename.
 */
#pragma once

#include <gio/gio.h>

#include "pt-workshop.h"
#include "pt-format.h"

G_BEGIN_DECLS

GBytes   *pt_writer_to_bytes  (PtWorkshop  *workshop);
gboolean  pt_writer_save_file (PtWorkshop  *workshop,
                               GFile       *file,
                               const char  *etag,
                               char       **new_etag,
                               GError     **error);

G_END_DECLS
