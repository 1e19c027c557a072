/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-recovery.c — recovery copies of unsaved workshops.
 *
 * Each copy is two files in $XDG_DATA_HOME/power-triangle/recovery: ID.ptw,
 * the document as it would be saved, and ID.info, a key file saying which
 * file it came from, its title, and which process keeps it. Both are
 * written atomically, the document first, so an info file never points at
 * a half-written document. A copy whose process still runs belongs to that
 * process and is not offered; the process is named by its id and its start
 * time, so a recycled process id does not hide a crash.
 */
#define G_LOG_DOMAIN "pt-io"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pt-reader.h"
#include "pt-recovery.h"
#include "pt-writer.h"

#define GROUP "recovery"

GFile *
pt_recovery_folder (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "power-triangle", "recovery", NULL);
}

char *
pt_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
path_for (const char *id,
          const char *extension)
{
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *dir = g_file_get_path (folder);
  g_autofree char *name = g_strconcat (id, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

/* When a process started, in clock ticks since boot; 0 if it is gone. */
static guint64
process_start (long pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%ld/stat", pid);
  g_autofree char *stat = NULL;
  const char *after;
  guint64 start = 0;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return 0;
  /* The command name may hold spaces and parentheses: read after the last. */
  after = strrchr (stat, ')');
  if (after == NULL)
    return 0;
  /* Fields 3 to 22; the start time is the twentieth after the name. */
  if (sscanf (after + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %" G_GUINT64_FORMAT,
              &start) != 1)
    return 0;
  return start;
}

/* Whether the process that wrote a copy still runs. Without /proc (a bare
 * chroot) only the process id can be asked after. */
static gboolean
process_alive (long    pid,
               guint64 started)
{
  guint64 now;

  if (process_start (getpid ()) == 0)
    return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
  now = process_start (pid);
  return now != 0 && now == started;
}

static gboolean
is_valid_id (const char *id)
{
  return id != NULL && g_uuid_string_is_valid (id);
}

gboolean
pt_recovery_write (const char  *id,
                   PtWorkshop  *workshop,
                   GFile       *original,
                   const char  *etag,
                   GError     **error)
{
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *dir = g_file_get_path (folder);
  g_autofree char *document = path_for (id, ".ptw");
  g_autofree char *info_path = path_for (id, ".info");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *changed = g_date_time_format_iso8601 (now);
  g_autofree char *info_data = NULL;
  gsize info_length;

  g_return_val_if_fail (is_valid_id (id), FALSE);
  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder */
                   _("Cannot make the recovery folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  bytes = pt_writer_to_bytes (workshop);
  if (!g_file_set_contents_full (document, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  g_key_file_set_string (info, GROUP, "title", pt_workshop_get_title (workshop));
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (info, GROUP, "original", uri);
      if (etag != NULL)
        g_key_file_set_string (info, GROUP, "etag", etag);
    }
  g_key_file_set_string (info, GROUP, "changed", changed);
  g_key_file_set_int64 (info, GROUP, "pid", getpid ());
  g_key_file_set_uint64 (info, GROUP, "started", process_start (getpid ()));
  info_data = g_key_file_to_data (info, &info_length, NULL);
  return g_file_set_contents_full (info_path, info_data, (gssize) info_length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
pt_recovery_remove (const char *id)
{
  g_autofree char *document = NULL, *info = NULL;

  if (!is_valid_id (id))
    return;
  document = path_for (id, ".ptw");
  info = path_for (id, ".info");
  /* The info first: a document without one is never offered. */
  g_unlink (info);
  g_unlink (document);
}

void
pt_recovery_entry_free (PtRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->original);
  g_free (entry->etag);
  g_clear_pointer (&entry->changed, g_date_time_unref);
  g_free (entry->problem);
  g_free (entry);
}

/* The info file is ours, but anything could have written it: its original
 * must be a local workshop file by an absolute path, for "Save" goes there.
 * One since deleted is still plausible (saving makes it again); one that is
 * a folder, a device or a FIFO is not. */
static gboolean
is_plausible_original (const char *uri)
{
  g_autofree char *path = NULL;

  if (uri == NULL || !g_utf8_validate (uri, -1, NULL))
    return FALSE;
  path = g_filename_from_uri (uri, NULL, NULL);
  if (path == NULL || !g_path_is_absolute (path))
    return FALSE;
  return !g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static PtRecoveryEntry *
read_entry (const char *id)
{
  g_autofree char *info_path = path_for (id, ".info");
  g_autofree char *document = path_for (id, ".ptw");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  PtRecoveryEntry *entry;
  g_autofree char *changed = NULL;
  gint64 pid;

  entry = g_new0 (PtRecoveryEntry, 1);
  entry->id = g_strdup (id);
  if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, &error))
    {
      entry->title = g_strdup ("");
      entry->problem = g_strdup (error->message);
      return entry;
    }
  pid = g_key_file_get_int64 (info, GROUP, "pid", NULL);
  /* This process's own (a window still open), or one still running
   * elsewhere: the process that wrote it keeps it. */
  if (pid == getpid () ||
      (pid > 0 && process_alive ((long) pid, g_key_file_get_uint64 (info, GROUP, "started", NULL))))
    {
      pt_recovery_entry_free (entry);
      return NULL;
    }
  entry->title = g_key_file_get_string (info, GROUP, "title", NULL);
  if (entry->title == NULL || !g_utf8_validate (entry->title, -1, NULL))
    {
      g_free (entry->title);
      entry->title = g_strdup ("");
    }
  entry->original = g_key_file_get_string (info, GROUP, "original", NULL);
  if (!is_plausible_original (entry->original))
    g_clear_pointer (&entry->original, g_free);
  else
    entry->etag = g_key_file_get_string (info, GROUP, "etag", NULL);
  changed = g_key_file_get_string (info, GROUP, "changed", NULL);
  if (changed != NULL)
    entry->changed = g_date_time_new_from_iso8601 (changed, NULL);
  if (!g_file_test (document, G_FILE_TEST_IS_REGULAR))
    entry->problem = g_strdup (_("The recovered document is missing."));
  return entry;
}

/* The copies left by processes that are gone: crashed, killed, or cut off
 * by a power cut. A folder that cannot be read gives none. */
GPtrArray *
pt_recovery_list (void)
{
  g_autoptr(GFile) folder = pt_recovery_folder ();
  g_autofree char *dir = g_file_get_path (folder);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) pt_recovery_entry_free);
  const char *name;

  if (listing == NULL)
    return entries;
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *id = NULL;
      PtRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".info"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".info"));
      if (!is_valid_id (id))
        continue;
      entry = read_entry (id);
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  return entries;
}

/* The recovered workshop, or NULL with the reason (a damaged copy). */
PtWorkshop *
pt_recovery_load (const PtRecoveryEntry *entry,
                  GError               **error)
{
  g_autofree char *document = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  document = path_for (entry->id, ".ptw");
  file = g_file_new_for_path (document);
  return pt_reader_load_file (file, NULL, error);
}
