/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-start-cache.h — small files one start keeps in the user's cache for
 * the next: where they go, and writing one. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *pt_start_cache_path  (const char  *name);
gboolean  pt_start_cache_write (const char  *path,
                                GKeyFile    *file,
                                GError     **error);

G_END_DECLS
