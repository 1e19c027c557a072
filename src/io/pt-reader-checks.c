/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-reader-checks.c — what is refused before libxml2 sees a byte: an
 * empty, huge, compressed or non-UTF-8 file, a DOCTYPE (so no entity is
 * ever declared), and a flood of attributes (libxml2 2.9 checks an
 * element's attributes for duplicates pair by pair).
 */
#define G_LOG_DOMAIN "pt-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/encoding.h>
#include <string.h>

#include "pt-reader-private.h"

/* Looks through the prolog (XML declaration, comments, processing
 * instructions) for a DOCTYPE, so that libxml2 never parses a DTD: no entity
 * is ever declared, let alone expanded. The reader refuses DOCTYPE nodes too,
 * for encodings this byte scan cannot see into. */
static gboolean
prolog_has_doctype (const char *data,
                    gsize       length,
                    int        *line,
                    int        *column)
{
  const char *p = data, *end = data + length;
  const char *line_start = data;

  *line = 1;
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end)
    {
      const char *close = NULL;

      if (g_ascii_isspace (*p))
        {
          if (*p == '\n')
            {
              (*line)++;
              line_start = p + 1;
            }
          p++;
          continue;
        }
      if (end - p >= 9 && memcmp (p, "<!DOCTYPE", 9) == 0)
        {
          *column = (int) (p - line_start) + 1;
          return TRUE;
        }
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        close = g_strstr_len (p + 4, end - p - 4, "-->");
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        close = g_strstr_len (p + 2, end - p - 2, "?>");
      if (close == NULL)
        return FALSE;
      for (; p < close; p++)
        if (*p == '\n')
          {
            (*line)++;
            line_start = p + 1;
          }
      p = close + 2;
    }
  return FALSE;
}

/* Whether some start tag holds more than PT_MAX_ATTRIBUTES attributes, and
 * where. libxml2 2.9 checks an element's attributes for duplicates pair by
 * pair, so 100,000 of them take it 20 seconds and 200,000 minutes, far
 * inside the size cap: they are counted here, in one pass over the bytes,
 * before it sees them. Each = outside quotes in a tag is one attribute;
 * comments, CDATA and processing instructions are stepped over. */
static gboolean
has_attribute_flood (const char *data,
                     gsize       length,
                     int        *line,
                     int        *column)
{
  const char *p = data, *end = data + length;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      const char *tag = p, *close = NULL;
      guint attributes = 0;
      char quote = 0;

      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        close = g_strstr_len (p + 4, end - p - 4, "-->");
      else if (end - p >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
        close = g_strstr_len (p + 9, end - p - 9, "]]>");
      else if (end - p >= 2 && (p[1] == '?' || p[1] == '!' || p[1] == '/'))
        close = memchr (p, '>', end - p);
      if (close != NULL || (end - p >= 2 && (p[1] == '?' || p[1] == '!' || p[1] == '/')))
        {
          if (close == NULL)
            return FALSE;
          p = close + 1;
          continue;
        }
      for (p++; p < end && (quote != 0 || *p != '>'); p++)
        {
          if (quote != 0)
            quote = *p == quote ? 0 : quote;
          else if (*p == '"' || *p == '\'')
            quote = *p;
          else if (*p == '=' && ++attributes > PT_MAX_ATTRIBUTES)
            {
              const char *line_start = data;

              *line = 1;
              for (const char *q = data; q < tag; q++)
                if (*q == '\n')
                  {
                    (*line)++;
                    line_start = q + 1;
                  }
              *column = (int) (tag - line_start) + 1;
              return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
is_blank_bytes (const guint8 *data,
                gsize         length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static gboolean
looks_compressed (const guint8 *data,
                  gsize         length)
{
  static const guint8 gzip[] = { 0x1f, 0x8b };
  static const guint8 xz[] = { 0xfd, '7', 'z', 'X', 'Z', 0x00 };
  static const guint8 bzip2[] = { 'B', 'Z', 'h' };
  static const guint8 zip[] = { 'P', 'K', 0x03, 0x04 };

  return (length >= sizeof gzip && memcmp (data, gzip, sizeof gzip) == 0) ||
         (length >= sizeof xz && memcmp (data, xz, sizeof xz) == 0) ||
         (length >= sizeof bzip2 && memcmp (data, bzip2, sizeof bzip2) == 0) ||
         (length >= sizeof zip && memcmp (data, zip, sizeof zip) == 0);
}

void
pt_reader_set_too_large (GError    **error,
               const char *name)
{
  g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_TOO_LARGE,
               _("%s: the file is too large to be a workshop (more than %d MB)"),
               name, PT_MAX_FILE_SIZE / (1024 * 1024));
}

/* Whether data may go on to libxml2; if not, error says why, as
 * "NAME:LINE:COLUMN: …" where there is a place to point at. */
gboolean
pt_reader_check_bytes (const guint8  *data,
                       gsize          length,
                       const char    *name,
                       GError       **error)
{
  if (is_blank_bytes (data, length))
    {
      g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_NOT_A_WORKSHOP,
                   _("%s: the file is empty"), name);
      return FALSE;
    }
  if (length > PT_MAX_FILE_SIZE)
    {
      pt_reader_set_too_large (error, name);
      return FALSE;
    }
  if (looks_compressed (data, length))
    {
      g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_NOT_A_WORKSHOP,
                   _("%s: the file is compressed (or an archive); unpack it and open the .ptw file inside"),
                   name);
      return FALSE;
    }

  if (length >= 4)
    {
      xmlCharEncoding encoding = xmlDetectCharEncoding (data, 4);

      if (encoding != XML_CHAR_ENCODING_NONE && encoding != XML_CHAR_ENCODING_UTF8)
        {
          g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_MALFORMED, "%s:1:1: %s", name,
                       _(NOT_UTF8));
          return FALSE;
        }
    }

  {
    int line, column;

    if (prolog_has_doctype ((const char *) data, length, &line, &column))
      {
        g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_FORBIDDEN, "%s:%d:%d: %s",
                     name, line, column,
                     _("the file has a DOCTYPE declaration, which workshop documents never have; "
                       "it was not read, for safety"));
        return FALSE;
      }
  }

  {
    int line, column;

    if (has_attribute_flood ((const char *) data, length, &line, &column))
      {
        g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_INVALID,
                     /* Translators: FILE:LINE:COLUMN: …; %u is a number, 100 */
                     _("%s:%d:%d: an element has more than %u attributes, which no workshop has; "
                       "the file was not read"),
                     name, line, column, PT_MAX_ATTRIBUTES);
        return FALSE;
      }
  }
  return TRUE;
}
