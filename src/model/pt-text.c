/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-text.c — sanitising and checking the text that enters the model.
 *
 * XML 1.0 cannot carry most C0 control characters nor U+FFFE/U+FFFF, and
 * libxml2 writes them anyway (producing files nothing can read), so they are
 * removed here, at the model's door, rather than discovered at save time.
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-text.h"

#include <string.h>

static gboolean
is_xml_char (gunichar c)
{
  if (c < 0x20)
    return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0xD800 && c <= 0xDFFF)
    return FALSE;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

/* Returns a newly allocated copy of text that is valid UTF-8 (invalid bytes
 * become U+FFFD) without characters XML forbids. NULL becomes "". */
char *
pt_text_sanitize (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  if (pt_text_is_xml_safe (text, -1))
    return g_strdup (text);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (is_xml_char (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
pt_text_is_xml_safe (const char *text,
                     gssize      length)
{
  const char *end;

  if (!g_utf8_validate (text, length, &end))
    return FALSE;
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    if (!is_xml_char (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Whether text (length bytes) may be a text of the workshop of at most
 * max_chars characters: the one rule for a file and for the room's phones. */
PtTextProblem
pt_text_check (const char *text,
               gsize       length,
               guint       max_chars)
{
  if (!pt_text_is_xml_safe (text, (gssize) length))
    return PT_TEXT_NOT_ALLOWED;
  if (g_utf8_strlen (text, (gssize) length) > max_chars)
    return PT_TEXT_TOO_LONG;
  return PT_TEXT_OK;
}

/* Ids are short tokens that are safe in an attribute and in a list of ids
 * separated by spaces: letters, digits, '-', '_', '.', starting with a letter. */
gboolean
pt_id_is_valid (const char *id)
{
  gsize len;

  if (id == NULL || !g_ascii_isalpha (id[0]))
    return FALSE;
  len = strlen (id);
  if (len > PT_MAX_ID_LENGTH)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_' && id[i] != '.')
      return FALSE;
  return TRUE;
}

/* YYYY-MM-DD, and a real day. */
gboolean
pt_iso_date_is_valid (const char *date)
{
  guint64 y, m, d;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  y = g_ascii_strtoull (date, NULL, 10);
  m = g_ascii_strtoull (date + 5, NULL, 10);
  d = g_ascii_strtoull (date + 8, NULL, 10);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 &&
         g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

gboolean
pt_iso_date_time_is_valid (const char *date_time)
{
  g_autoptr(GDateTime) dt = NULL;

  if (date_time == NULL || strlen (date_time) > 64)
    return FALSE;
  dt = g_date_time_new_from_iso8601 (date_time, NULL);
  return dt != NULL;
}

/* A BCP 47 tag in its simple form: "sv", "en-GB", "se-Latn-NO". */
gboolean
pt_language_tag_is_valid (const char *tag)
{
  g_auto(GStrv) parts = NULL;

  if (tag == NULL || strlen (tag) > 35)
    return FALSE;
  parts = g_strsplit (tag, "-", -1);
  if (parts[0] == NULL)
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (len == 0 || len > 8 || (i == 0 && (len < 2 || len > 3)))
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (!g_ascii_isalnum (parts[i][j]) || (i == 0 && !g_ascii_isalpha (parts[i][j])))
          return FALSE;
    }
  return TRUE;
}

gboolean
pt_strv_equal0 (const char * const *a,
                const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

/* Stores a sanitised copy of text in *field; TRUE when the value changed, so a
 * setter knows whether to notify. */
gboolean
pt_text_replace (char       **field,
                 const char  *text)
{
  g_autofree char *clean = pt_text_sanitize (text);

  if (g_strcmp0 (*field, clean) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&clean);
  return TRUE;
}

/* A YYYY-MM-DD date as the user's locale writes dates, or NULL for none. */
char *
pt_format_date (const char *iso_date)
{
  /* Translators: the short names of the months, for dates such as
   * "16 Mar 2021" (see "%e %b %Y") */
  const char *months[] = {
    NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
    NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
    NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
  };
  /* Translators: how a date is written, in the interface and on paper:
   * %Y the year, %m the month (01-12), %d the day (01-31), %e the day
   * (1-31), %b the month's short name (translated above). Not the C
   * library's format: a date follows the interface's language, not the
   * computer's locale. Swedish writes 2021-03-16: "%Y-%m-%d". */
  const char *format = _("%e %b %Y");
  GString *out = g_string_new (NULL);
  guint64 y, m, d;

  if (!pt_iso_date_is_valid (iso_date))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  y = g_ascii_strtoull (iso_date, NULL, 10);
  m = g_ascii_strtoull (iso_date + 5, NULL, 10);
  d = g_ascii_strtoull (iso_date + 8, NULL, 10);
  for (const char *c = format; *c != '\0'; c++)
    {
      if (*c != '%' || c[1] == '\0')
        {
          g_string_append_c (out, *c);
          continue;
        }
      switch (*++c)
        {
        case 'Y':
        case 'm':
        case 'd':
        case 'e':
          /* Four digits for the year, two for the rest, as few for %e. */
          g_string_append_printf (out, "%0*" G_GUINT64_FORMAT, *c == 'Y' ? 4 : *c == 'e' ? 1 : 2,
                                  *c == 'Y' ? y : *c == 'm' ? m : d);
          break;
        case 'b':
          g_string_append (out, g_dpgettext2 (GETTEXT_PACKAGE, "month", months[m - 1]));
          break;
        default:
          g_string_append_c (out, *c);
        }
    }
  return g_string_free (out, FALSE);
}
