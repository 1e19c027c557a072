/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-reader-private.h — what the reader's files share. */
#pragma once

#include "pt-reader.h"

G_BEGIN_DECLS

/* Said wherever the bytes are not the UTF-8 the format asks for. */
#define NOT_UTF8 N_("the file is not valid UTF-8 text; it may be damaged or saved in another encoding")

gboolean    pt_reader_check_bytes     (const guint8  *data,
                                       gsize          length,
                                       const char    *name,
                                       GError       **error);
void        pt_reader_set_too_large   (GError       **error,
                                       const char    *name);
PtWorkshop *pt_reader_load_bytes_full (GBytes        *bytes,
                                       const char    *display_name,
                                       GCancellable  *cancellable,
                                       gint          *progress,
                                       GError       **error);

G_END_DECLS
