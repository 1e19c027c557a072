/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-start-cache.c — see pt-start-cache.h.
 *
 * What is kept there is only ever a hint for the next start (which fonts
 * to load, which view to draw ahead): a file lost, damaged or from another
 * desktop costs that start the time it would have saved, nothing else.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "pt-start-cache.h"

char *
pt_start_cache_path (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);
  return g_build_filename (g_get_user_cache_dir (), "power-triangle", name, NULL);
}

/* Written whole or not at all, and not forced to the disk: a hint lost in
 * a crash costs one start the time it saves. */
gboolean
pt_start_cache_write (const char  *path,
                      GKeyFile    *file,
                      GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL && file != NULL, FALSE);

  folder = g_path_get_dirname (path);
  data = g_key_file_to_data (file, &length, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", folder, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
