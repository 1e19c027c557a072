/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-writer.c — from a PtWorkshop to the bytes of a .ptw file, and onto disk.
 *
 * Free text always goes into element content, never attributes, so line
 * breaks and spaces survive exactly; attributes hold only ids, enumeration
 * nicks, numbers and dates. Defaults are left out to keep files small.
 */
#define G_LOG_DOMAIN "pt-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pt-enum-types.h"
#include "pt-reader.h"
#include "pt-text.h"
#include "pt-writer.h"

typedef struct
{
  xmlTextWriterPtr writer;
  gboolean         failed;
  PtForeign       *foreign;   /* what the file held that we do not know */
  GPtrArray       *path;      /* the open elements' places: "factors", "factor:f1";
                               * NULL when nothing is kept, as for most files */
} Writer;

/* ------------------------------------------------------------------------ */
/* Primitives                                                               */
/* ------------------------------------------------------------------------ */

/* Where the element being written is, as the reader names places for
 * what it keeps (see pt-foreign.h): the open elements below the root. */
static char *
place (Writer *w)
{
  g_autoptr(GString) where = g_string_new (NULL);

  for (guint i = 1; i < w->path->len; i++)
    g_string_append_printf (where, "%s%s", i > 1 ? "/" : "", (char *) g_ptr_array_index (w->path, i));
  return g_string_free (g_steal_pointer (&where), FALSE);
}

/* An attribute kept from the file. A namespace declaration's value is
 * written as libxml2 gave it, which is as the file had it, character
 * references and all: escaped again, "&#38;" would become "&amp;#38;", a
 * different namespace at every save. */
static void
kept_attribute (Writer     *w,
                const char *name,
                const char *value)
{
  if (!g_str_has_prefix (name, "xmlns:"))
    {
      w->failed |= xmlTextWriterWriteAttribute (w->writer, (const xmlChar *) name, (const xmlChar *) value) < 0;
      return;
    }
  w->failed |= xmlTextWriterStartAttribute (w->writer, (const xmlChar *) name) < 0;
  w->failed |= xmlTextWriterWriteRaw (w->writer, (const xmlChar *) value) < 0;
  w->failed |= xmlTextWriterEndAttribute (w->writer) < 0;
}

/* Starts element, with any attributes the file had on it that this
 * version does not know; id names it among its kind. */
static void
start_with_id (Writer     *w,
               const char *element,
               const char *id)
{
  g_autofree char *where = NULL;
  GPtrArray *kept;

  w->failed |= xmlTextWriterStartElement (w->writer, (const xmlChar *) element) < 0;
  if (w->path == NULL)
    return;
  g_ptr_array_add (w->path, id != NULL ? g_strdup_printf ("%s:%s", element, id) : g_strdup (element));
  where = place (w);
  kept = pt_foreign_get_attributes (w->foreign, where);
  for (guint i = 0; kept != NULL && i + 1 < kept->len; i += 2)
    kept_attribute (w, g_ptr_array_index (kept, i), g_ptr_array_index (kept, i + 1));
}

static void
start (Writer     *w,
       const char *element)
{
  start_with_id (w, element, NULL);
}

/* Ends the element, after any elements the file had in it that this
 * version does not know, as they were. */
static void
end (Writer *w)
{
  if (w->path != NULL)
    {
      g_autofree char *where = place (w);
      GPtrArray *kept = pt_foreign_get_elements (w->foreign, where);

      for (guint i = 0; kept != NULL && i < kept->len; i++)
        w->failed |= xmlTextWriterWriteRaw (w->writer, g_ptr_array_index (kept, i)) < 0;
      g_ptr_array_remove_index (w->path, w->path->len - 1);
    }
  w->failed |= xmlTextWriterEndElement (w->writer) < 0;
}

/* Whether the element about to be started has anything kept for it, so it
 * is written even when this version has nothing to put in it. */
static gboolean
has_kept (Writer     *w,
          const char *element)
{
  g_autofree char *where = NULL;
  gboolean kept;

  if (w->path == NULL)
    return FALSE;
  g_ptr_array_add (w->path, g_strdup (element));
  where = place (w);
  kept = pt_foreign_get_attributes (w->foreign, where) != NULL ||
         pt_foreign_get_elements (w->foreign, where) != NULL;
  g_ptr_array_remove_index (w->path, w->path->len - 1);
  return kept;
}

static void
attribute (Writer     *w,
           const char *name,
           const char *value)
{
  w->failed |= xmlTextWriterWriteAttribute (w->writer, (const xmlChar *) name,
                                            (const xmlChar *) value) < 0;
}

static void
attribute_if (Writer     *w,
              const char *name,
              const char *value)
{
  if (value != NULL && value[0] != '\0')
    attribute (w, name, value);
}

static void
attribute_enum (Writer     *w,
                const char *name,
                GType       type,
                int         value)
{
  attribute (w, name, pt_enum_to_nick (type, value));
}

static void
attribute_uint (Writer     *w,
                const char *name,
                guint       value)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  attribute (w, name, buffer);
}

/* The shortest decimal that reads back as exactly the same double, so
 * positions round-trip without "0.30000000000000004" in the file. */
static void
attribute_double (Writer     *w,
                  const char *name,
                  double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  attribute (w, name, buffer);
}

/* Empty text writes nothing, so an element without it closes as <x/>. */
static void
text_content (Writer     *w,
              const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  w->failed |= xmlTextWriterWriteString (w->writer, (const xmlChar *) text) < 0;
}

static void
text_element (Writer     *w,
              const char *element,
              const char *text)
{
  if ((text == NULL || text[0] == '\0') && !has_kept (w, element))
    return;
  start (w, element);
  text_content (w, text);
  end (w);
}

/* ------------------------------------------------------------------------ */
/* Elements                                                                 */
/* ------------------------------------------------------------------------ */

static void
write_metadata (Writer     *w,
                PtWorkshop *ws)
{
  start (w, "metadata");
  text_element (w, "title", pt_workshop_get_title (ws));
  text_element (w, "place", pt_workshop_get_place (ws));
  text_element (w, "date", pt_workshop_get_date (ws));
  text_element (w, "facilitator", pt_workshop_get_facilitator (ws));
  text_element (w, "focus-question", pt_workshop_get_focus_question (ws));
  text_element (w, "language", pt_workshop_get_language (ws));
  end (w);
}

static void
write_dimensions (Writer     *w,
                  PtWorkshop *ws)
{
  start (w, "dimensions");
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    {
      PtDimension *dimension = pt_workshop_get_dimension (ws, k);

      start_with_id (w, "dimension", pt_enum_to_nick (PT_TYPE_DIMENSION_KIND, k));
      attribute_enum (w, "id", PT_TYPE_DIMENSION_KIND, k);
      text_element (w, "label", pt_dimension_get_label (dimension));
      text_element (w, "description", pt_dimension_get_description (dimension));
      end (w);
    }
  end (w);
}

static void
write_participant (Writer        *w,
                   PtParticipant *participant)
{
  start_with_id (w, "participant", pt_item_get_id (PT_ITEM (participant)));
  attribute (w, "id", pt_item_get_id (PT_ITEM (participant)));
  attribute_enum (w, "perspective", PT_TYPE_PERSPECTIVE, pt_participant_get_perspective (participant));
  text_content (w, pt_participant_get_name (participant));
  end (w);
}

static void
write_factor (Writer   *w,
              PtFactor *factor)
{
  start_with_id (w, "factor", pt_item_get_id (PT_ITEM (factor)));
  attribute (w, "id", pt_item_get_id (PT_ITEM (factor)));
  if (pt_factor_get_dimension (factor) != PT_DIMENSION_UNPLACED)
    attribute_enum (w, "dimension", PT_TYPE_DIMENSION_KIND, pt_factor_get_dimension (factor));
  attribute_enum (w, "polarity", PT_TYPE_POLARITY, pt_factor_get_polarity (factor));
  attribute_double (w, "x", pt_factor_get_x (factor));
  attribute_double (w, "y", pt_factor_get_y (factor));
  attribute_if (w, "raised-by", pt_factor_get_raised_by (factor));
  if (pt_factor_get_votes (factor) > 0)
    attribute_uint (w, "votes", pt_factor_get_votes (factor));
  if (pt_factor_get_private (factor))
    attribute (w, "private", "true");
  if (pt_factor_get_hidden (factor))
    attribute (w, "hidden", "true");
  if (pt_factor_get_from_room (factor))
    attribute (w, "from-room", "true");
  attribute_if (w, "perspective", pt_factor_get_perspective (factor));
  text_element (w, "text", pt_factor_get_text (factor));
  text_element (w, "notes", pt_factor_get_notes (factor));
  end (w);
}

static void
write_link (Writer *w,
            PtLink *link)
{
  start_with_id (w, "link", pt_item_get_id (PT_ITEM (link)));
  attribute (w, "id", pt_item_get_id (PT_ITEM (link)));
  attribute (w, "from", pt_link_get_from (link));
  attribute (w, "to", pt_link_get_to (link));
  attribute_enum (w, "kind", PT_TYPE_LINK_KIND, pt_link_get_kind (link));
  text_content (w, pt_link_get_label (link));
  end (w);
}

static void
write_action (Writer   *w,
              PtAction *action)
{
  g_autofree char *factors = g_strjoinv (" ", (GStrv) pt_action_get_factors (action));

  start_with_id (w, "action", pt_item_get_id (PT_ITEM (action)));
  attribute (w, "id", pt_item_get_id (PT_ITEM (action)));
  attribute_enum (w, "status", PT_TYPE_ACTION_STATUS, pt_action_get_status (action));
  if (pt_action_get_aim (action) != PT_ACTION_AIM_UNKNOWN)
    attribute_enum (w, "aim", PT_TYPE_ACTION_AIM, pt_action_get_aim (action));
  attribute_if (w, "due", pt_action_get_due (action));
  attribute_if (w, "factors", factors);
  text_element (w, "text", pt_action_get_text (action));
  text_element (w, "owner", pt_action_get_owner (action));
  end (w);
}

typedef void (*WriteItem) (Writer *w, gpointer item);

/* A snapshot's actions or participants: written even when there are none,
 * since a round whose list is missing kept none (an older version). */
static void
write_kept (Writer     *w,
            const char *element,
            GPtrArray  *items,
            WriteItem   write_item)
{
  if (items == NULL)
    return;
  start (w, element);
  for (guint i = 0; i < items->len && !w->failed; i++)
    write_item (w, g_ptr_array_index (items, i));
  end (w);
}

static void
write_snapshot (Writer     *w,
                PtSnapshot *snapshot)
{
  GPtrArray *factors = pt_snapshot_get_factors (snapshot);
  GPtrArray *links = pt_snapshot_get_links (snapshot);

  start_with_id (w, "snapshot", pt_item_get_id (PT_ITEM (snapshot)));
  attribute (w, "id", pt_item_get_id (PT_ITEM (snapshot)));
  attribute_uint (w, "round", pt_snapshot_get_round (snapshot));
  attribute (w, "taken", pt_snapshot_get_taken (snapshot));
  for (guint i = 0; i < factors->len; i++)
    write_factor (w, g_ptr_array_index (factors, i));
  for (guint i = 0; i < links->len; i++)
    write_link (w, g_ptr_array_index (links, i));
  write_kept (w, "actions", pt_snapshot_get_actions (snapshot), (WriteItem) write_action);
  write_kept (w, "participants", pt_snapshot_get_participants (snapshot), (WriteItem) write_participant);
  end (w);
}

static void
write_journal_entry (Writer         *w,
                     PtJournalEntry *entry)
{
  start_with_id (w, "entry", pt_item_get_id (PT_ITEM (entry)));
  attribute (w, "id", pt_item_get_id (PT_ITEM (entry)));
  attribute_enum (w, "step", PT_TYPE_CYCLE_STEP, pt_journal_entry_get_step (entry));
  attribute_uint (w, "round", pt_journal_entry_get_round (entry));
  if (pt_journal_entry_get_private (entry))
    attribute (w, "private", "true");
  if (pt_journal_entry_get_created (entry)[0] != '\0')
    attribute (w, "created", pt_journal_entry_get_created (entry));
  if (pt_journal_entry_get_changed (entry)[0] != '\0')
    attribute (w, "changed", pt_journal_entry_get_changed (entry));
  text_content (w, pt_journal_entry_get_text (entry));
  end (w);
}

static void
write_items (Writer     *w,
             PtWorkshop *ws,
             PtItemKind  kind,
             const char *element,
             WriteItem   write_item)
{
  GPtrArray *items = pt_workshop_get_items (ws, kind);

  if (items->len == 0 && !has_kept (w, element))
    return;
  start (w, element);
  for (guint i = 0; i < items->len && !w->failed; i++)
    write_item (w, g_ptr_array_index (items, i));
  end (w);
}

/* ------------------------------------------------------------------------ */
/* Atomic replacement                                                       */
/* ------------------------------------------------------------------------ */

/* After the rename, the folder entry itself must reach the disk, or a power
 * cut can bring back the old file (GLib does not do this part). */
static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("fsync of %s failed: %s", folder, g_strerror (errno));
  close (fd);
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* Writes through a symbolic link to the file it names, so the link stays a
 * link (GLib would otherwise rewrite the target in place, not atomically). */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  char *resolved;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return g_strdup (path);

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("the link %s points to a file that cannot be reached (%s)"),
                   path, g_strerror (saved_errno));
      return NULL;
    }
  {
    char *copy = g_strdup (resolved);
    free (resolved);
    return copy;
  }
}

static gboolean
replace_atomically (GFile       *file,
                    GBytes      *bytes,
                    const char  *etag,
                    char       **new_etag,
                    GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  g_autoptr(GFile) target_file = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  GStatBuf st;
  /* A new workshop holds people's names and private notes: its owner's
   * alone. An existing file keeps its mode. */
  int mode = 0600;

  if (path == NULL)
    {
      /* Not a local file (a network share through GVfs): GIO's own
       * replace is the best there is, and it checks the etag itself. */
      return g_file_replace_contents (file, data, length, etag, FALSE,
                                      g_file_query_exists (file, NULL) ? G_FILE_CREATE_NONE
                                                                       : G_FILE_CREATE_PRIVATE,
                                      new_etag, NULL, error);
    }

  target = resolve_target (path, error);
  if (target == NULL)
    return FALSE;
  target_file = g_file_new_for_path (target);

  if (etag != NULL)
    {
      g_autofree char *current = query_etag (target_file);

      if (current != NULL && !g_str_equal (current, etag))
        {
          g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_CHANGED_ON_DISK,
                       _("the file was changed by someone or something else since it was opened"));
          return FALSE;
        }
    }

  /* Keep the permissions the file had (the new file replaces it). */
  if (g_stat (target, &st) == 0)
    mode = st.st_mode & 07777;

  if (!g_file_set_contents_full (target, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 mode, error))
    return FALSE;
  sync_folder (target);

  if (new_etag != NULL)
    *new_etag = query_etag (target_file);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

GBytes *
pt_writer_to_bytes (PtWorkshop *ws)
{
  xmlBufferPtr buffer;
  Writer w = { 0 };
  GBytes *bytes;

  g_return_val_if_fail (PT_IS_WORKSHOP (ws), NULL);

  buffer = xmlBufferCreate ();
  w.foreign = pt_workshop_get_foreign (ws);
  if (!pt_foreign_is_empty (w.foreign))
    w.path = g_ptr_array_new_with_free_func (g_free);
  w.writer = xmlNewTextWriterMemory (buffer, 0);
  g_assert (w.writer != NULL);
  xmlTextWriterSetIndent (w.writer, 1);
  xmlTextWriterSetIndentString (w.writer, (const xmlChar *) "  ");

  w.failed |= xmlTextWriterStartDocument (w.writer, "1.0", "UTF-8", NULL) < 0;
  w.failed |= xmlTextWriterStartElementNS (w.writer, NULL, (const xmlChar *) "workshop",
                                           (const xmlChar *) PT_FORMAT_NAMESPACE) < 0;
  {
    char version[16];
    GPtrArray *kept = pt_foreign_get_attributes (w.foreign, "");

    /* A file from a newer minor version keeps its version: what it holds
     * that this one does not know is written back as it was. */
    g_snprintf (version, sizeof version, "%d.%u", PT_FORMAT_MAJOR,
                pt_foreign_get_minor (w.foreign) != 0 ? pt_foreign_get_minor (w.foreign) : PT_FORMAT_MINOR);
    attribute (&w, "version", version);
    for (guint i = 0; kept != NULL && i + 1 < kept->len; i += 2)
      kept_attribute (&w, g_ptr_array_index (kept, i), g_ptr_array_index (kept, i + 1));
    if (w.path != NULL)
      g_ptr_array_add (w.path, g_strdup ("workshop"));
  }

  write_metadata (&w, ws);
  write_dimensions (&w, ws);
  write_items (&w, ws, PT_ITEM_KIND_PARTICIPANT, "participants", (WriteItem) write_participant);
  write_items (&w, ws, PT_ITEM_KIND_FACTOR, "factors", (WriteItem) write_factor);
  write_items (&w, ws, PT_ITEM_KIND_LINK, "links", (WriteItem) write_link);
  write_items (&w, ws, PT_ITEM_KIND_ACTION, "actions", (WriteItem) write_action);

  start (&w, "cycle");
  attribute_enum (&w, "step", PT_TYPE_CYCLE_STEP, pt_workshop_get_step (ws));
  attribute_uint (&w, "round", pt_workshop_get_round (ws));
  end (&w);

  write_items (&w, ws, PT_ITEM_KIND_SNAPSHOT, "snapshots", (WriteItem) write_snapshot);
  write_items (&w, ws, PT_ITEM_KIND_JOURNAL_ENTRY, "journal", (WriteItem) write_journal_entry);
  end (&w);

  w.failed |= xmlTextWriterEndDocument (w.writer) < 0;
  xmlFreeTextWriter (w.writer);
  g_clear_pointer (&w.path, g_ptr_array_unref);

  /* Only running out of memory makes libxml2's writer fail. */
  if (w.failed)
    g_error ("Out of memory while writing a workshop");

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

/* Saves workshop to file. etag is the one the file had when it was loaded
 * (or NULL to overwrite whatever is there); new_etag receives the new one.
 * On failure the file on disk is untouched. */
gboolean
pt_writer_save_file (PtWorkshop  *workshop,
                     GFile       *file,
                     const char  *etag,
                     char       **new_etag,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PtWorkshop) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pt_io_display_name (file);
  bytes = pt_writer_to_bytes (workshop);

  /* Never replace a good file with one that cannot be read back whole. */
  check = pt_reader_load_bytes (bytes, name, &local_error);
  if (check == NULL || !pt_workshop_equal (check, workshop))
    {
      g_critical ("Written workshop does not read back: %s",
                  local_error != NULL ? local_error->message : "content differs");
      g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_WRITE,
                   _("%s: not saved, because the saved copy could not be read back "
                     "(this is a bug; please report it)"), name);
      return FALSE;
    }

  if (!replace_atomically (file, bytes, etag, new_etag, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: FILE: not saved: REASON */
                   _("%s: not saved: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
