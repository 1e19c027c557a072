/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-text.h — what text may enter the model, and the model's size limits.
 *
 * Every string the model stores passes pt_text_sanitize (), so whatever is
 * in memory can always be written as XML and read back.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Characters, not bytes. Names, labels and owners are short; factor texts,
 * notes and journal entries may be long, but not unbounded. */
#define PT_MAX_SHORT_TEXT   1000
#define PT_MAX_LONG_TEXT    100000
#define PT_MAX_ID_LENGTH    64
#define PT_MAX_ITEMS        100000
#define PT_MAX_VOTES        999
#define PT_MAX_ROUND        9999

char     *pt_text_sanitize          (const char *text);
typedef enum {
  PT_TEXT_OK,
  PT_TEXT_TOO_LONG,
  PT_TEXT_NOT_ALLOWED,
} PtTextProblem;

PtTextProblem pt_text_check (const char *text,
                             gsize       length,
                             guint       max_chars);
gboolean  pt_text_is_xml_safe       (const char *text,
                                     gssize      length);
gboolean  pt_id_is_valid            (const char *id);
gboolean  pt_iso_date_is_valid      (const char *date);
gboolean  pt_iso_date_time_is_valid (const char *date_time);
gboolean  pt_language_tag_is_valid  (const char *tag);
gboolean  pt_strv_equal0            (const char * const *a,
                                     const char * const *b);

G_END_DECLS

G_BEGIN_DECLS
gboolean  pt_text_replace           (char      **field,
                                     const char *text);
char     *pt_format_date            (const char *iso_date);
G_END_DECLS
