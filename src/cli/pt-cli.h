/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-cli.h — the command-line tools: they need no display and never touch
 * GTK, so they run on a server or in CI. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int pt_cli_check  (const char * const *files);
int pt_cli_export (const char         *output,
                   const char         *paper,
                   gboolean            landscape,
                   gboolean            include_private,
                   int                 png_width,
                   const char * const *files);

G_END_DECLS
