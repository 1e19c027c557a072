/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-reader-file.c — reading a workshop from a file: only a regular one,
 * never more than PT_MAX_FILE_SIZE of it, with the file's etag.
 */
#define G_LOG_DOMAIN "pt-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pt-reader-private.h"

/* How messages name a file: its path, or its URI when it has none. */
char *
pt_io_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_file_get_parse_name (file);
}

static void
set_not_regular (GError    **error,
                 const char *name)
{
  g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_NOT_A_WORKSHOP,
               /* Translators: %s is a file; a FIFO, a device or a socket */
               _("%s: this is not a workshop file (it is a device, a pipe or a socket)"), name);
}

/* Reads a local file, which must be a regular one: it is opened without
 * waiting (a FIFO would wait for a writer for ever) and asked what it is
 * before a byte is read, so nothing can be swapped in between. */
static GByteArray *
read_local (const char    *path,
            const char    *name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  struct stat st;
  gsize total = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", name,
                   g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      set_not_regular (error, name);
      close (fd);
      return NULL;
    }
  for (;;)
    {
      gsize chunk = 256 * 1024;
      gssize got;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      g_byte_array_set_size (buffer, total + chunk);
      got = read (fd, buffer->data + total, chunk);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", name,
                       g_strerror (saved_errno));
          break;
        }
      total += (gsize) got;
      if (total > PT_MAX_FILE_SIZE)
        {
          pt_reader_set_too_large (error, name);
          break;
        }
      if (got == 0)
        {
          close (fd);
          g_byte_array_set_size (buffer, total);
          return g_steal_pointer (&buffer);
        }
    }
  close (fd);
  return NULL;
}

/* Reads at most PT_MAX_FILE_SIZE + 1 bytes, so a huge or endless file is
 * refused without being read. */
static GBytes *
read_capped (GFile         *file,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize total = 0;

  if (path != NULL)
    {
      buffer = read_local (path, name, cancellable, error);
      return buffer != NULL ? g_byte_array_free_to_bytes (g_steal_pointer (&buffer)) : NULL;
    }

  buffer = g_byte_array_new ();
  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", name, local_error->message);
      return NULL;
    }
  for (;;)
    {
      gsize chunk = 64 * 1024, got = 0;

      g_byte_array_set_size (buffer, total + chunk);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer->data + total, chunk,
                                    &got, cancellable, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
          return NULL;
        }
      total += got;
      if (got < chunk)
        break;
      if (total > PT_MAX_FILE_SIZE)
        {
          pt_reader_set_too_large (error, name);
          return NULL;
        }
    }
  g_byte_array_set_size (buffer, total);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Loads file, which may take a while (up to seconds for the largest): from
 * another thread, cancellable goes on checking whether to stop, and
 * progress (if not NULL) says how far it got, in thousandths. etag
 * (optional) receives the file's entity tag, for noticing at save time
 * that someone else changed the file meanwhile. */
PtWorkshop *
pt_reader_load_file_full (GFile         *file,
                          GCancellable  *cancellable,
                          gint          *progress,
                          char         **etag,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PtWorkshop *workshop;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = pt_io_display_name (file);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("%s: there is no such file"), name);
      else
        g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s: this is a folder, not a workshop file"), name);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_not_regular (error, name);
      return NULL;
    }
  if (g_file_info_get_size (info) > PT_MAX_FILE_SIZE)
    {
      pt_reader_set_too_large (error, name);
      return NULL;
    }

  bytes = read_capped (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;
  workshop = pt_reader_load_bytes_full (bytes, name, cancellable, progress, error);
  if (workshop != NULL && etag != NULL)
    *etag = g_strdup (g_file_info_get_etag (info));
  return workshop;
}

PtWorkshop *
pt_reader_load_file (GFile   *file,
                     char   **etag,
                     GError **error)
{
  return pt_reader_load_file_full (file, NULL, NULL, etag, error);
}
