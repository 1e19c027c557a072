/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-reader.c — from the bytes of a .ptw file to a PtWorkshop.
 *
 * The file is read into memory with a size cap (so nothing is decompressed
 * behind our back and a 5 GB file is refused before it is read), then walked
 * with libxml2's streaming xmlTextReader without entity substitution and with
 * any DOCTYPE refused, so no entity or external file can ever be expanded.
 * Every value is checked before it enters the model; the first problem ends
 * the read with a message that says where it is.
 */
#define G_LOG_DOMAIN "pt-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "pt-enum-types.h"
#include "pt-reader-private.h"
#include "pt-text.h"
#include "pt-workshop-private.h"


/* Our elements nest five deep at most; deeper ones are not ours. */
#define MAX_PLACE_DEPTH 8

typedef struct
{
  xmlTextReaderPtr  reader;
  const char       *name;      /* the file, as messages name it */
  const char       *data;
  gsize             length;
  GError           *error;     /* the first problem; reading stops there */
  int               xml_code;
  int               xml_line;
  int               xml_column;
  char             *xml_message;
  guint             minor;     /* the file's minor format version */
  GCancellable     *cancellable;
  gint             *progress;  /* per mille of the bytes parsed, or NULL */
  guint             nodes;     /* read so far, to look up now and then */
  char             *path[MAX_PLACE_DEPTH]; /* by depth, each open element's part
                                            * of a place: "factors", "factor:f1" */
  gboolean          skipping;  /* inside an element kept whole */
  PtWorkshop       *workshop;
  GHashTable       *ids;       /* every id of the document, for uniqueness */
} Loader;

/* A set of factor ids that links and actions may refer to: the workshop's,
 * or one snapshot's. */
typedef struct
{
  GHashTable *ids;         /* the ids new factors and links must not reuse */
  GHashTable *factor_ids;
  GPtrArray  *factors;
  GPtrArray  *links;
  GPtrArray  *participants;
  GPtrArray  *actions;
  gboolean    snapshot;    /* a snapshot may name participants since removed */
} Scope;

/* Reads one child element; data is what the list's reader passes on. */
typedef gboolean (*ReadChild) (Loader   *l,
                               gpointer  data);

/* ------------------------------------------------------------------------ */
/* Safety walls                                                             */
/* ------------------------------------------------------------------------ */

static xmlParserInputPtr
deny_external_entity (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  ctxt)
{
  g_debug ("Refused to load external entity %s", url != NULL ? url : "(null)");
  return NULL;
}

static void
init_libxml_once (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      /* A second wall behind refusing DOCTYPEs: nothing outside the document
       * is ever read, whatever the options. */
      xmlSetExternalEntityLoader (deny_external_entity);
      g_once_init_leave (&initialised, 1);
    }
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */
/* ------------------------------------------------------------------------ */

/* libxml2 does not keep columns for nodes, so find where the element's start
 * tag (or one of its attributes) is on the node's line. */
static int
find_column (Loader     *l,
             int         line,
             const char *element,
             const char *attribute)
{
  const char *p = l->data;
  const char *end = l->data + l->length;
  const char *line_start, *line_end, *hit;
  g_autofree char *tag = g_strdup_printf ("<%s", element);
  g_autofree char *attr = attribute != NULL ? g_strdup_printf ("%s=", attribute) : NULL;

  for (int n = 1; n < line && p < end; p++)
    if (*p == '\n')
      n++;
  line_start = p;
  line_end = memchr (p, '\n', end - p);
  if (line_end == NULL)
    line_end = end;

  hit = g_strstr_len (line_start, line_end - line_start, tag);
  if (hit == NULL)
    return 1;
  if (attr != NULL)
    {
      const char *a = g_strstr_len (hit, line_end - hit, attr);
      if (a != NULL)
        hit = a;
    }
  return g_utf8_strlen (line_start, hit - line_start) + 1;
}

static void
current_position (Loader     *l,
                  const char *attribute,
                  int        *line,
                  int        *column)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (l->reader);

  *line = node != NULL ? (int) xmlGetLineNo (node) : -1;
  if (*line <= 0 || *line >= 65535)
    {
      /* Lines past 65535 are not stored in nodes; the parser's own position
       * is close behind the current node. */
      *line = xmlTextReaderGetParserLineNumber (l->reader);
      *column = xmlTextReaderGetParserColumnNumber (l->reader);
      return;
    }
  *column = node->type == XML_ELEMENT_NODE
            ? find_column (l, *line, (const char *) node->name, attribute)
            : 1;
}

G_GNUC_PRINTF (4, 0) static void
fail_valist (Loader     *l,
             PtIoError   code,
             const char *attribute,
             const char *format,
             va_list     args)
{
  g_autofree char *message = NULL;
  int line, column;

  if (l->error != NULL)
    return;
  message = g_strdup_vprintf (format, args);
  current_position (l, attribute, &line, &column);
  g_set_error (&l->error, PT_IO_ERROR, code, "%s:%d:%d: %s", l->name, line, column, message);
}

G_GNUC_PRINTF (3, 4) static gboolean
fail (Loader     *l,
      PtIoError   code,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (l, code, NULL, format, args);
  va_end (args);
  return FALSE;
}

G_GNUC_PRINTF (3, 4) static gboolean
fail_attribute (Loader     *l,
                const char *attribute,
                const char *format,
                ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (l, PT_IO_ERROR_INVALID, attribute, format, args);
  va_end (args);
  return FALSE;
}

static void
on_xml_error_cb (void        *data,
                 xmlErrorPtr  error)
{
  Loader *l = data;

  if (error->level < XML_ERR_ERROR || l->xml_code != 0)
    return;
  l->xml_code = error->code;
  g_debug ("libxml2 error %d at %d:%d: %s", error->code, error->line, error->int2, error->message);
  l->xml_line = error->line;
  l->xml_column = error->int2;
  l->xml_message = g_strchomp (g_strdup (error->message != NULL ? error->message : ""));
}

/* A parse error on the last line with text is what a file cut off in the
 * middle of copying or saving looks like. */
static gboolean
error_is_at_end (Loader *l)
{
  gsize end = l->length;
  int last_line = 1;

  while (end > 0 && g_ascii_isspace (l->data[end - 1]))
    end--;
  for (gsize i = 0; i < end; i++)
    if (l->data[i] == '\n')
      last_line++;
  return l->xml_line >= last_line;
}

/* libxml2's words are for programmers; say what it means for the file. */
static void
fail_from_libxml (Loader *l)
{
  PtIoError code = PT_IO_ERROR_MALFORMED;
  g_autofree char *message = NULL;

  if (l->error != NULL)
    return;

  switch (l->xml_code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      code = PT_IO_ERROR_NOT_A_WORKSHOP;
      message = g_strdup (_("the file is empty or is not an XML document"));
      break;
    case XML_ERR_DOCUMENT_START:
      code = PT_IO_ERROR_NOT_A_WORKSHOP;
      message = g_strdup (_("the file is not a workshop document (it does not start as XML)"));
      break;
    case XML_ERR_INVALID_CHAR:
      if (l->xml_message != NULL && strstr (l->xml_message, "UTF-8") != NULL)
        message = g_strdup (_(NOT_UTF8));
      else
        message = g_strdup (_("the file contains a character that is not allowed in a workshop document (a control character)"));
      break;
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
      message = g_strdup (_("the file contains a character that is not allowed in a workshop document (a control character)"));
      break;
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      message = g_strdup (_(NOT_UTF8));
      break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_PE_INTERNAL:
      code = PT_IO_ERROR_FORBIDDEN;
      message = g_strdup (_("the file uses entities, which workshop documents never contain"));
      break;
    case XML_ERR_DOCUMENT_END:
      message = g_strdup (_("there is more after the end of the workshop; the file may have been joined with another"));
      break;
    case XML_ERR_NO_MEMORY:
      code = PT_IO_ERROR_TOO_LARGE;
      message = g_strdup (_("a text or element in the file is too large to be a workshop"));
      break;
    default:
      if (l->xml_message != NULL && strstr (l->xml_message, "depth") != NULL)
        message = g_strdup (_("elements are nested far too deeply to be a workshop"));
      else if (error_is_at_end (l))
        message = g_strdup (_("the file ends too early; it may have been cut off while being copied or saved"));
      else
        /* Translators: %s is the XML parser's own (English) explanation */
        message = g_strdup_printf (_("the file is not well-formed XML (%s)"),
                                   l->xml_message != NULL ? l->xml_message : "?");
    }

  g_set_error (&l->error, PT_IO_ERROR, code, "%s:%d:%d: %s",
               l->name, MAX (l->xml_line, 1), MAX (l->xml_column, 1), message);
}

/* ------------------------------------------------------------------------ */
/* Walking the tree                                                         */
/* ------------------------------------------------------------------------ */

static const char *
local_name (Loader *l)
{
  return (const char *) xmlTextReaderConstLocalName (l->reader);
}

static gboolean
is_ours (Loader *l)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (l->reader);

  return g_strcmp0 (ns, PT_FORMAT_NAMESPACE) == 0;
}

/* The attributes this version reads, by element; any other is kept for
 * the writer to put back (see pt-foreign.h). */
static gboolean
is_known_attribute (const char *element,
                    const char *attribute)
{
  static const char *known[][12] = {
    { "workshop", "version" },
    { "dimension", "id" },
    { "participant", "id", "perspective" },
    { "factor", "id", "dimension", "polarity", "x", "y", "raised-by", "votes", "private", "hidden",
      "from-room", "perspective" },
    { "link", "id", "from", "to", "kind" },
    { "action", "id", "status", "due", "factors", "aim" },
    { "cycle", "step", "round" },
    { "snapshot", "id", "round", "taken" },
    { "entry", "id", "step", "round", "private", "created", "changed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (known[i][0], element))
      {
        for (guint j = 1; j < G_N_ELEMENTS (known[i]) && known[i][j] != NULL; j++)
          if (g_str_equal (known[i][j], attribute))
            return TRUE;
        return FALSE;
      }
  return FALSE;
}

/* The place of the element at depth: its ancestors' parts and its own,
 * below the root ("" for the root itself). */
static char *
place_at (Loader *l,
          int     depth)
{
  g_autoptr(GString) where = g_string_new (NULL);

  for (int d = 1; d <= depth && d < MAX_PLACE_DEPTH; d++)
    g_string_append_printf (where, "%s%s", d > 1 ? "/" : "", l->path[d] != NULL ? l->path[d] : "");
  return g_string_free (g_steal_pointer (&where), FALSE);
}

/* An element of ours begins: notes its place, and keeps the attributes on
 * it this version does not read. */
static void
note_element (Loader *l)
{
  int depth = xmlTextReaderDepth (l->reader);
  const char *element = (const char *) xmlTextReaderConstLocalName (l->reader);
  g_autofree char *where = NULL;
  xmlChar *id;
  guint kept = 0;

  if (depth >= MAX_PLACE_DEPTH)
    return;
  id = xmlTextReaderGetAttribute (l->reader, (const xmlChar *) "id");
  g_free (l->path[depth]);
  l->path[depth] = id != NULL ? g_strdup_printf ("%s:%s", element, (const char *) id) : g_strdup (element);
  xmlFree (id);

  if (xmlTextReaderMoveToFirstAttribute (l->reader) != 1)
    return;
  do
    {
      const char *name = (const char *) xmlTextReaderConstName (l->reader);
      const char *ns = (const char *) xmlTextReaderConstNamespaceUri (l->reader);

      if (g_str_equal (name, "xmlns") ||
          (ns == NULL && is_known_attribute (element, (const char *) xmlTextReaderConstLocalName (l->reader))))
        continue;
      if (++kept > PT_MAX_FOREIGN_ATTRIBUTES)
        {
          xmlTextReaderMoveToElement (l->reader);
          fail (l, PT_IO_ERROR_INVALID,
                /* Translators: %u is a number, 80 */
                _("an element has more than %u attributes this version of Power Triangle does not know; "
                  "the file was not read"), (guint) PT_MAX_FOREIGN_ATTRIBUTES);
          return;
        }
      if (where == NULL)
        where = place_at (l, depth);
      pt_foreign_add_attribute (pt_workshop_get_foreign (l->workshop), where, name,
                                (const char *) xmlTextReaderConstValue (l->reader));
    }
  while (xmlTextReaderMoveToNextAttribute (l->reader) == 1);
  xmlTextReaderMoveToElement (l->reader);
}

static gboolean
read_node (Loader *l)
{
  int ret;

  if (l->error != NULL)
    return FALSE;
  /* Now and then, not at every node: both cost a little. */
  if (++l->nodes % 1024 == 0)
    {
      if (g_cancellable_set_error_if_cancelled (l->cancellable, &l->error))
        return FALSE;
      if (l->progress != NULL)
        g_atomic_int_set (l->progress,
                          (gint) (MIN (xmlTextReaderByteConsumed (l->reader), (long) l->length) * 1000 /
                                  MAX (l->length, 1)));
    }
  ret = xmlTextReaderRead (l->reader);
  if (ret < 0 || l->xml_code != 0)
    {
      fail_from_libxml (l);
      return FALSE;
    }
  if (xmlTextReaderNodeType (l->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    return fail (l, PT_IO_ERROR_FORBIDDEN,
                 _("the file has a DOCTYPE declaration, which workshop documents never have; "
                   "it was not read, for safety"));
  if (xmlTextReaderNodeType (l->reader) == XML_READER_TYPE_ENTITY_REFERENCE)
    return fail (l, PT_IO_ERROR_FORBIDDEN,
                 _("the file uses entities, which workshop documents never contain"));
  if (ret == 1 && !l->skipping && xmlTextReaderNodeType (l->reader) == XML_READER_TYPE_ELEMENT && is_ours (l))
    note_element (l);
  return ret == 1;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Advances to the next child element of the element at depth. FALSE at the
 * end of that element, or on an error (then l->error is set). */
static gboolean
next_child (Loader *l,
            int     depth)
{
  while (read_node (l))
    {
      switch (xmlTextReaderNodeType (l->reader))
        {
        case XML_READER_TYPE_ELEMENT:
          return TRUE;
        case XML_READER_TYPE_END_ELEMENT:
          if (xmlTextReaderDepth (l->reader) == depth)
            return FALSE;
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
          if (!is_blank ((const char *) xmlTextReaderConstValue (l->reader)))
            return fail (l, PT_IO_ERROR_INVALID, _("unexpected text between elements"));
          break;
        default:
          break;
        }
    }
  return FALSE;
}

/* Consumes the current element and all it contains. */
static gboolean
skip_element (Loader *l)
{
  int depth = xmlTextReaderDepth (l->reader);

  if (xmlTextReaderIsEmptyElement (l->reader))
    return TRUE;
  while (read_node (l))
    if (xmlTextReaderNodeType (l->reader) == XML_READER_TYPE_END_ELEMENT &&
        xmlTextReaderDepth (l->reader) == depth)
      return TRUE;
  return FALSE;
}

/* An element kept whole, as libxml2 writes it on its own, without the
 * declaration of our namespace it adds to its start tag: where it goes
 * back, our namespace is declared already, and with the declaration kept
 * a second save would not write the same bytes as the first. libxml2
 * writes attribute values in double quotes with any double quote escaped,
 * so the declaration cannot be mistaken for part of a value. */
static char *
without_our_namespace (const char *xml)
{
  const char *declaration = " xmlns=\"" PT_FORMAT_NAMESPACE "\"";
  const char *tag_end = strchr (xml, '>');
  const char *found = strstr (xml, declaration);

  if (found == NULL || tag_end == NULL || found > tag_end)
    return g_strdup (xml);
  {
    GString *plain = g_string_new_len (xml, found - xml);

    g_string_append (plain, found + strlen (declaration));
    return g_string_free (plain, FALSE);
  }
}

/* An element this reader does not know: from another namespace or from a
 * newer minor version of ours it is kept whole, as written, for the writer
 * to put back; otherwise it is an error. */
static gboolean
unknown_element (Loader *l)
{
  if (!is_ours (l) || l->minor > PT_FORMAT_MINOR)
    {
      g_autofree char *where = place_at (l, xmlTextReaderDepth (l->reader) - 1);
      xmlChar *xml = xmlTextReaderReadOuterXml (l->reader);
      gboolean ok;

      if (xml != NULL)
        {
          g_autofree char *plain = without_our_namespace ((const char *) xml);

          pt_foreign_add_element (pt_workshop_get_foreign (l->workshop), where, plain);
        }
      xmlFree (xml);
      l->skipping = TRUE;
      ok = skip_element (l);
      l->skipping = FALSE;
      return ok;
    }
  return fail (l, PT_IO_ERROR_INVALID, _("unknown element <%s>"), local_name (l));
}

/* The text content of the current element, which may hold no elements. */
static char *
read_text (Loader *l,
           guint   max_chars)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *element = g_strdup (local_name (l));
  int depth = xmlTextReaderDepth (l->reader);

  if (xmlTextReaderIsEmptyElement (l->reader))
    return g_strdup ("");

  while (read_node (l))
    {
      int type = xmlTextReaderNodeType (l->reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (l->reader) == depth)
        break;
      if (type == XML_READER_TYPE_ELEMENT)
        {
          fail (l, PT_IO_ERROR_INVALID, _("<%s> holds text only, not the element <%s>"),
                element, local_name (l));
          return NULL;
        }
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        {
          g_string_append (text, (const char *) xmlTextReaderConstValue (l->reader));
          if (text->len > (gsize) max_chars * 4)
            break;
        }
    }
  if (l->error != NULL)
    return NULL;

  switch (pt_text_check (text->str, text->len, max_chars))
    {
    case PT_TEXT_TOO_LONG:
      fail (l, PT_IO_ERROR_INVALID, _("the text in <%s> is longer than %u characters"),
            element, max_chars);
      return NULL;
    case PT_TEXT_NOT_ALLOWED:
      fail (l, PT_IO_ERROR_INVALID, _("the text in <%s> contains characters that are not allowed"),
            element);
      return NULL;
    case PT_TEXT_OK:
    default:
      break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ------------------------------------------------------------------------ */
/* Attributes                                                               */
/* ------------------------------------------------------------------------ */

static char *
get_attribute (Loader     *l,
               const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (l->reader, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* A new id for the element: present, well-formed, and unused in ids. */
static char *
read_id (Loader     *l,
         GHashTable *ids)
{
  g_autofree char *id = get_attribute (l, "id");

  if (id == NULL)
    {
      fail (l, PT_IO_ERROR_INVALID, _("<%s> has no id"), local_name (l));
      return NULL;
    }
  if (!pt_id_is_valid (id))
    {
      fail_attribute (l, "id", _("“%s” is not a valid id (letters, digits, “-”, “_” and “.”, "
                                 "starting with a letter, at most %d)"),
                      id, PT_MAX_ID_LENGTH);
      return NULL;
    }
  if (g_hash_table_contains (ids, id))
    {
      fail_attribute (l, "id", _("the id “%s” is used twice"), id);
      return NULL;
    }
  g_hash_table_add (ids, g_strdup (id));
  return g_steal_pointer (&id);
}

static gboolean
read_enum (Loader     *l,
           const char *name,
           GType       type,
           gboolean    required,
           int        *value)
{
  g_autofree char *text = get_attribute (l, name);

  if (text == NULL)
    return required ? fail (l, PT_IO_ERROR_INVALID, _("<%s> has no %s"), local_name (l), name)
                    : TRUE;
  if (!pt_enum_from_nick (type, text, value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", klass->values[i].value_nick);
      return fail_attribute (l, name, _("“%s” is not a valid %s (use one of %s)"),
                             text, name, allowed->str);
    }
  return TRUE;
}

static gboolean
read_coordinate (Loader     *l,
                 const char *name,
                 double     *value)
{
  g_autofree char *text = get_attribute (l, name);
  char *end = NULL;
  double v;

  if (text == NULL)
    return TRUE;
  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v) || v < 0.0 || v > 1.0)
    return fail_attribute (l, name, _("the position %s=“%s” is not a number between 0 and 1"),
                           name, text);
  *value = v;
  return TRUE;
}

static gboolean
read_uint (Loader     *l,
           const char *name,
           guint       min,
           guint       max,
           guint      *value)
{
  g_autofree char *text = get_attribute (l, name);
  guint64 v;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, min, max, &v, NULL))
    return fail_attribute (l, name, _("%s=“%s” is not a whole number from %u to %u"),
                           name, text, min, max);
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_boolean (Loader     *l,
              const char *name,
              gboolean   *value)
{
  g_autofree char *text = get_attribute (l, name);

  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "true") || g_str_equal (text, "1"))
    *value = TRUE;
  else if (g_str_equal (text, "false") || g_str_equal (text, "0"))
    *value = FALSE;
  else
    return fail_attribute (l, name, _("%s=“%s” must be “true” or “false”"), name, text);
  return TRUE;
}

static gboolean
read_date (Loader     *l,
           const char *name,
           char      **value)
{
  g_autofree char *text = get_attribute (l, name);

  if (text == NULL)
    return TRUE;
  if (!pt_iso_date_is_valid (text))
    return fail_attribute (l, name, _("%s=“%s” is not a date written as YYYY-MM-DD"), name, text);
  g_free (*value);
  *value = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
check_count (Loader    *l,
             GPtrArray *items)
{
  if (items->len >= PT_MAX_ITEMS)
    return fail (l, PT_IO_ERROR_TOO_LARGE, _("there are more than %d <%s> elements"),
                 PT_MAX_ITEMS, local_name (l));
  return TRUE;
}

/* A reference to a factor of the scope, from attribute name. */
static gboolean
check_factor_reference (Loader     *l,
                        Scope      *scope,
                        const char *attribute,
                        const char *id)
{
  if (!g_hash_table_contains (scope->factor_ids, id))
    return fail_attribute (l, attribute, _("%s=“%s” refers to a factor that does not exist"),
                           attribute, id);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Elements                                                                 */
/* ------------------------------------------------------------------------ */

/* Walks an element whose children are all <child> (as <factors> holds
 * <factor>s), reading each with read_one. */
static gboolean
read_children (Loader     *l,
               const char *child,
               ReadChild   read_one,
               gpointer    data)
{
  int depth = xmlTextReaderDepth (l->reader);

  if (xmlTextReaderIsEmptyElement (l->reader))
    return TRUE;
  while (next_child (l, depth))
    {
      gboolean ok = (is_ours (l) && g_str_equal (local_name (l), child))
                    ? read_one (l, data) : unknown_element (l);
      if (!ok)
        return FALSE;
    }
  return l->error == NULL;
}

/* Walks the children of a text-holding element such as <metadata>: each
 * known child (names[i]) is read into *fields[i], at most once. */
static gboolean
read_text_fields (Loader      *l,
                  const char **names,
                  char      ***fields,
                  guint       *limits,
                  guint        n_fields)
{
  int depth = xmlTextReaderDepth (l->reader);

  if (xmlTextReaderIsEmptyElement (l->reader))
    return TRUE;

  while (next_child (l, depth))
    {
      guint i;

      for (i = 0; i < n_fields; i++)
        if (is_ours (l) && g_str_equal (local_name (l), names[i]))
          break;
      if (i == n_fields)
        {
          if (!unknown_element (l))
            return FALSE;
          continue;
        }
      if (*fields[i] != NULL)
        return fail (l, PT_IO_ERROR_INVALID, _("<%s> appears twice"), names[i]);
      *fields[i] = read_text (l, limits[i]);
      if (*fields[i] == NULL)
        return FALSE;
    }
  return l->error == NULL;
}

static gboolean
read_metadata (Loader *l)
{
  g_autofree char *title = NULL, *place = NULL, *date = NULL, *facilitator = NULL;
  g_autofree char *focus = NULL, *language = NULL;
  const char *names[] = { "title", "place", "date", "facilitator", "focus-question", "language" };
  char **fields[] = { &title, &place, &date, &facilitator, &focus, &language };
  guint limits[] = { PT_MAX_SHORT_TEXT, PT_MAX_SHORT_TEXT, 10, PT_MAX_SHORT_TEXT,
                     PT_MAX_LONG_TEXT, 35 };

  if (!read_text_fields (l, names, fields, limits, G_N_ELEMENTS (names)))
    return FALSE;

  if (date != NULL && date[0] != '\0' && !pt_iso_date_is_valid (date))
    return fail (l, PT_IO_ERROR_INVALID, _("the workshop date “%s” is not a date written as YYYY-MM-DD"), date);
  if (language != NULL && language[0] != '\0' && !pt_language_tag_is_valid (language))
    return fail (l, PT_IO_ERROR_INVALID, _("“%s” is not a language code such as “sv” or “en-GB”"), language);

  g_object_set (l->workshop,
                "title", title, "place", place, "date", date, "facilitator", facilitator,
                "focus-question", focus, "language", language,
                NULL);
  return TRUE;
}

static gboolean
read_dimension (Loader   *l,
                gpointer  data)
{
  GHashTable *seen = data;
  g_autofree char *label = NULL, *description = NULL;
  const char *names[] = { "label", "description" };
  char **fields[] = { &label, &description };
  guint limits[] = { PT_MAX_SHORT_TEXT, PT_MAX_LONG_TEXT };
  g_autofree char *id = get_attribute (l, "id");
  int kind = PT_DIMENSION_UNPLACED;

  if (id == NULL)
    return fail (l, PT_IO_ERROR_INVALID, _("<dimension> has no id"));
  if (!pt_enum_from_nick (PT_TYPE_DIMENSION_KIND, id, &kind) || kind == PT_DIMENSION_UNPLACED)
    return fail_attribute (l, "id", _("“%s” is not a dimension (use “resources”, “discourses” or “contexts”)"), id);
  if (!g_hash_table_add (seen, GINT_TO_POINTER (kind)))
    return fail_attribute (l, "id", _("the dimension “%s” is described twice"), id);

  if (!read_text_fields (l, names, fields, limits, G_N_ELEMENTS (names)))
    return FALSE;

  g_object_set (pt_workshop_get_dimension (l->workshop, kind),
                "label", label, "description", description, NULL);
  return TRUE;
}

static gboolean
read_participant (Loader   *l,
                  gpointer  data)
{
  Scope *scope = data;
  g_autofree char *id = NULL, *name = NULL;
  int perspective = PT_PERSPECTIVE_OTHER;

  if (!check_count (l, scope->participants) ||
      !(id = read_id (l, scope->ids)) ||
      !read_enum (l, "perspective", PT_TYPE_PERSPECTIVE, FALSE, &perspective) ||
      !(name = read_text (l, PT_MAX_SHORT_TEXT)))
    return FALSE;

  g_ptr_array_add (scope->participants,
                   g_object_new (PT_TYPE_PARTICIPANT, "id", id, "name", name,
                                 "perspective", perspective, NULL));
  return TRUE;
}

static gboolean
read_factor (Loader   *l,
             gpointer  data)
{
  Scope *scope = data;
  g_autofree char *id = NULL, *raised_by = NULL, *text = NULL, *notes = NULL;
  const char *names[] = { "text", "notes" };
  char **fields[] = { &text, &notes };
  guint limits[] = { PT_MAX_LONG_TEXT, PT_MAX_LONG_TEXT };
  int dimension = PT_DIMENSION_UNPLACED, polarity = PT_POLARITY_BARRIER;
  double x = 0.5, y = 0.5;
  guint votes = 0;
  gboolean private = FALSE, hidden = FALSE, from_room = FALSE;
  int perspective = -1;
  PtItem *factor;

  if (!check_count (l, scope->factors) ||
      !(id = read_id (l, scope->ids)) ||
      !read_enum (l, "dimension", PT_TYPE_DIMENSION_KIND, FALSE, &dimension) ||
      !read_enum (l, "polarity", PT_TYPE_POLARITY, TRUE, &polarity) ||
      !read_coordinate (l, "x", &x) ||
      !read_coordinate (l, "y", &y) ||
      !read_uint (l, "votes", 0, PT_MAX_VOTES, &votes) ||
      !read_boolean (l, "private", &private) ||
      !read_boolean (l, "hidden", &hidden) ||
      !read_boolean (l, "from-room", &from_room) ||
      !read_enum (l, "perspective", PT_TYPE_PERSPECTIVE, FALSE, &perspective))
    return FALSE;

  raised_by = get_attribute (l, "raised-by");
  if (raised_by != NULL && scope->snapshot && !pt_id_is_valid (raised_by))
    return fail_attribute (l, "raised-by", _("“%s” is not a valid id"), raised_by);
  if (raised_by != NULL && !scope->snapshot &&
      !PT_IS_PARTICIPANT (pt_workshop_lookup (l->workshop, raised_by)))
    return fail_attribute (l, "raised-by",
                           _("raised-by=“%s” refers to a participant that does not exist"),
                           raised_by);

  if (!read_text_fields (l, names, fields, limits, G_N_ELEMENTS (names)))
    return FALSE;

  factor = g_object_new (PT_TYPE_FACTOR,
                         "id", id, "text", text, "notes", notes,
                         "dimension", dimension, "polarity", polarity,
                         "x", x, "y", y, "raised-by", raised_by,
                         "votes", votes, "private", private, "hidden", hidden,
                         "from-room", from_room,
                         "perspective", perspective >= 0 ? pt_enum_to_nick (PT_TYPE_PERSPECTIVE, perspective) : "",
                         NULL);
  g_hash_table_add (scope->factor_ids, g_strdup (id));
  g_ptr_array_add (scope->factors, factor);
  return TRUE;
}

static gboolean
read_link (Loader   *l,
           gpointer  data)
{
  Scope *scope = data;
  g_autofree char *id = NULL, *from = NULL, *to = NULL, *label = NULL;
  int kind = PT_LINK_KIND_RELATES;

  if (!check_count (l, scope->links) ||
      !(id = read_id (l, scope->ids)) ||
      !read_enum (l, "kind", PT_TYPE_LINK_KIND, FALSE, &kind))
    return FALSE;

  from = get_attribute (l, "from");
  to = get_attribute (l, "to");
  if (from == NULL || to == NULL)
    return fail (l, PT_IO_ERROR_INVALID, _("<link> needs both “from” and “to”"));
  if (!check_factor_reference (l, scope, "from", from) ||
      !check_factor_reference (l, scope, "to", to))
    return FALSE;
  if (g_str_equal (from, to))
    return fail_attribute (l, "to", _("the link “%s” goes from a factor to itself"), id);

  if (!(label = read_text (l, PT_MAX_SHORT_TEXT)))
    return FALSE;

  g_ptr_array_add (scope->links,
                   g_object_new (PT_TYPE_LINK, "id", id, "from", from, "to", to,
                                 "kind", kind, "label", label, NULL));
  return TRUE;
}

/* <factors> or <links> of the workshop or of a snapshot. */
static gboolean
read_action (Loader   *l,
             gpointer  data)
{
  Scope *scope = data;
  g_autofree char *id = NULL, *due = NULL, *factors = NULL, *text = NULL, *owner = NULL;
  g_auto(GStrv) factor_ids = NULL;
  const char *names[] = { "text", "owner" };
  char **fields[] = { &text, &owner };
  guint limits[] = { PT_MAX_LONG_TEXT, PT_MAX_SHORT_TEXT };
  int status = PT_ACTION_STATUS_PLANNED;
  int aim = PT_ACTION_AIM_UNKNOWN;

  if (!check_count (l, scope->actions) ||
      !(id = read_id (l, scope->ids)) ||
      !read_enum (l, "status", PT_TYPE_ACTION_STATUS, FALSE, &status) ||
      !read_enum (l, "aim", PT_TYPE_ACTION_AIM, FALSE, &aim) ||
      !read_date (l, "due", &due))
    return FALSE;

  factors = get_attribute (l, "factors");
  factor_ids = g_strsplit_set (factors != NULL ? g_strstrip (factors) : "", " \t\n\r", -1);
  {
    /* Collapse the empty strings that runs of spaces leave. */
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; factor_ids[i] != NULL; i++)
      {
        if (factor_ids[i][0] == '\0')
          continue;
        if (!check_factor_reference (l, scope, "factors", factor_ids[i]))
          return FALSE;
        g_strv_builder_add (builder, factor_ids[i]);
      }
    g_strfreev (factor_ids);
    factor_ids = g_strv_builder_end (builder);
  }

  if (!read_text_fields (l, names, fields, limits, G_N_ELEMENTS (names)))
    return FALSE;

  g_ptr_array_add (scope->actions,
                   g_object_new (PT_TYPE_ACTION, "id", id, "text", text, "owner", owner,
                                 "due", due, "status", status, "aim", aim, "factors", factor_ids, NULL));
  return TRUE;
}

static gboolean
read_cycle (Loader *l)
{
  int step = PT_CYCLE_STEP_REACTION;
  guint round = 1;

  if (!read_enum (l, "step", PT_TYPE_CYCLE_STEP, FALSE, &step) ||
      !read_uint (l, "round", 1, PT_MAX_ROUND, &round) ||
      !skip_element (l))
    return FALSE;
  g_object_set (l->workshop, "step", step, "round", round, NULL);
  return TRUE;
}

static void
scope_init (Scope      *scope,
            GHashTable *ids)
{
  scope->ids = ids;
  scope->snapshot = FALSE;
  scope->factor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scope->factors = g_ptr_array_new_with_free_func (g_object_unref);
  scope->links = g_ptr_array_new_with_free_func (g_object_unref);
  scope->participants = g_ptr_array_new_with_free_func (g_object_unref);
  scope->actions = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
scope_clear (Scope *scope)
{
  g_clear_pointer (&scope->factor_ids, g_hash_table_unref);
  g_clear_pointer (&scope->factors, g_ptr_array_unref);
  g_clear_pointer (&scope->links, g_ptr_array_unref);
  g_clear_pointer (&scope->participants, g_ptr_array_unref);
  g_clear_pointer (&scope->actions, g_ptr_array_unref);
}

static gboolean
read_snapshot (Loader   *l,
               gpointer  data)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PtSnapshot) snapshot = NULL;
  g_autofree char *id = NULL, *taken = NULL;
  guint round = 1;
  Scope scope;
  int depth = xmlTextReaderDepth (l->reader);
  gboolean ok = TRUE;
  /* Rounds closed by an older version kept no actions or participants:
   * unknown, which is not the same as none. */
  gboolean kept_participants = FALSE, kept_actions = FALSE;

  if (!check_count (l, pt_workshop_get_items (l->workshop, PT_ITEM_KIND_SNAPSHOT)) ||
      !(id = read_id (l, l->ids)) ||
      !read_uint (l, "round", 1, PT_MAX_ROUND, &round))
    return FALSE;
  taken = get_attribute (l, "taken");
  if (taken == NULL || !pt_iso_date_time_is_valid (taken))
    return fail_attribute (l, "taken", _("<snapshot> needs taken=“…”, a date and time such as "
                                         "2021-05-04T14:30:00+02:00"));

  scope_init (&scope, ids);
  scope.snapshot = TRUE;
  if (!xmlTextReaderIsEmptyElement (l->reader))
    while (ok && next_child (l, depth))
      {
        if (is_ours (l) && g_str_equal (local_name (l), "factor"))
          ok = read_factor (l, &scope);
        else if (is_ours (l) && g_str_equal (local_name (l), "link"))
          ok = read_link (l, &scope);
        else if (is_ours (l) && g_str_equal (local_name (l), "actions") && !kept_actions)
          ok = kept_actions = read_children (l, "action", read_action, &scope);
        else if (is_ours (l) && g_str_equal (local_name (l), "participants") && !kept_participants)
          ok = kept_participants = read_children (l, "participant", read_participant, &scope);
        else
          ok = unknown_element (l);
      }
  if (l->error == NULL)
    {
      snapshot = pt_snapshot_new (id, round, taken, scope.factors, scope.links,
                                  kept_actions ? scope.actions : NULL,
                                  kept_participants ? scope.participants : NULL);
      _pt_workshop_append (l->workshop, PT_ITEM (snapshot));
    }
  scope_clear (&scope);
  return l->error == NULL;
}

static gboolean
read_journal_entry (Loader   *l,
                    gpointer  data)
{
  g_autofree char *id = NULL, *text = NULL, *created = NULL, *changed = NULL;
  int step = PT_CYCLE_STEP_REACTION;
  guint round = 1;
  gboolean private = FALSE;
  g_autoptr(PtItem) entry = NULL;
  const char *times[] = { "created", "changed" };

  if (!check_count (l, pt_workshop_get_items (l->workshop, PT_ITEM_KIND_JOURNAL_ENTRY)) ||
      !(id = read_id (l, l->ids)) ||
      !read_enum (l, "step", PT_TYPE_CYCLE_STEP, TRUE, &step) ||
      !read_uint (l, "round", 1, PT_MAX_ROUND, &round) ||
      !read_boolean (l, "private", &private))
    return FALSE;
  /* Optional: notes written before they were dated have neither. */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      char *value = get_attribute (l, times[i]);

      if (value != NULL && !pt_iso_date_time_is_valid (value))
        {
          g_autofree char *bad = value;

          /* Translators: the first %s is the attribute's name, created or
           * changed; the second its value */
          return fail_attribute (l, times[i], _("<entry>’s %s=“%s” is not a date and time such as "
                                                "2021-05-04T14:30:00+02:00"), times[i], bad);
        }
      *(i == 0 ? &created : &changed) = value;
    }
  if (!(text = read_text (l, PT_MAX_LONG_TEXT)))
    return FALSE;

  entry = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", id, "step", step, "round", round,
                        "private", private, "text", text,
                        "created", created != NULL ? created : "", "changed", changed != NULL ? changed : "", NULL);
  _pt_workshop_append (l->workshop, entry);
  return TRUE;
}

/* <participants>, <snapshots> and <journal>: a list of one kind of child. */
/* The sections of <workshop>, in the only order they may come in: each
 * refers only to what came before it. */
typedef enum {
  SECTION_METADATA,
  SECTION_DIMENSIONS,
  SECTION_PARTICIPANTS,
  SECTION_FACTORS,
  SECTION_LINKS,
  SECTION_ACTIONS,
  SECTION_CYCLE,
  SECTION_SNAPSHOTS,
  SECTION_JOURNAL,
  N_SECTIONS
} Section;

static const char *section_names[N_SECTIONS] = {
  "metadata", "dimensions", "participants", "factors", "links", "actions",
  "cycle", "snapshots", "journal",
};

static gboolean
read_section (Loader  *l,
              Section  section,
              Scope   *scope)
{
  switch (section)
    {
    case SECTION_METADATA:
      return read_metadata (l);
    case SECTION_DIMENSIONS:
      {
        g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

        return read_children (l, "dimension", read_dimension, seen);
      }
    case SECTION_PARTICIPANTS:
      if (!read_children (l, "participant", read_participant, scope))
        return FALSE;
      for (guint i = 0; i < scope->participants->len; i++)
        _pt_workshop_append (l->workshop, g_ptr_array_index (scope->participants, i));
      return TRUE;
    case SECTION_FACTORS:
      if (!read_children (l, "factor", read_factor, scope))
        return FALSE;
      for (guint i = 0; i < scope->factors->len; i++)
        _pt_workshop_append (l->workshop, g_ptr_array_index (scope->factors, i));
      return TRUE;
    case SECTION_LINKS:
      if (!read_children (l, "link", read_link, scope))
        return FALSE;
      for (guint i = 0; i < scope->links->len; i++)
        _pt_workshop_append (l->workshop, g_ptr_array_index (scope->links, i));
      return TRUE;
    case SECTION_ACTIONS:
      if (!read_children (l, "action", read_action, scope))
        return FALSE;
      for (guint i = 0; i < scope->actions->len; i++)
        _pt_workshop_append (l->workshop, g_ptr_array_index (scope->actions, i));
      return TRUE;
    case SECTION_CYCLE:
      return read_cycle (l);
    case SECTION_SNAPSHOTS:
      return read_children (l, "snapshot", read_snapshot, NULL);
    case SECTION_JOURNAL:
      return read_children (l, "entry", read_journal_entry, NULL);
    case N_SECTIONS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_version (Loader *l)
{
  g_autofree char *version = get_attribute (l, "version");
  g_auto(GStrv) parts = NULL;
  guint64 major, minor;

  if (version == NULL)
    return fail (l, PT_IO_ERROR_INVALID, _("<workshop> has no version"));
  parts = g_strsplit (version, ".", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, 999, &major, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, 999, &minor, NULL))
    return fail_attribute (l, "version", _("version=“%s” is not a version such as “1.0”"), version);
  if (major > PT_FORMAT_MAJOR)
    {
      fail_attribute (l, "version",
                      _("this workshop was saved by a newer version of Power Triangle "
                        "(format %s); update Power Triangle to open it"), version);
      l->error->code = PT_IO_ERROR_NEWER_VERSION;
      return FALSE;
    }
  if (major < PT_FORMAT_MAJOR)
    return fail_attribute (l, "version", _("version=“%s” is not a version of this format"), version);
  l->minor = (guint) minor;
  if (l->minor > PT_FORMAT_MINOR)
    pt_foreign_set_minor (pt_workshop_get_foreign (l->workshop), l->minor);
  return TRUE;
}

static gboolean
read_root (Loader *l)
{
  const char *ns;
  Section next = SECTION_METADATA;
  Scope scope;
  int depth;

  /* Up to the first element: only the XML declaration, comments and PIs. */
  do
    if (!read_node (l))
      return l->error == NULL
             ? fail (l, PT_IO_ERROR_NOT_A_WORKSHOP, _("the file holds no workshop"))
             : FALSE;
  while (xmlTextReaderNodeType (l->reader) != XML_READER_TYPE_ELEMENT);

  ns = (const char *) xmlTextReaderConstNamespaceUri (l->reader);
  if (!g_str_equal (local_name (l), "workshop"))
    return fail (l, PT_IO_ERROR_NOT_A_WORKSHOP,
                 _("this is an XML file, but not a workshop (it starts with <%s>, not <workshop>)"),
                 local_name (l));
  if (ns != NULL && g_str_has_prefix (ns, PT_FORMAT_NAMESPACE_BASE) &&
      !g_str_equal (ns, PT_FORMAT_NAMESPACE))
    {
      guint64 major;

      if (g_ascii_string_to_unsigned (ns + strlen (PT_FORMAT_NAMESPACE_BASE), 10,
                                      PT_FORMAT_MAJOR + 1, 999, &major, NULL))
        return fail (l, PT_IO_ERROR_NEWER_VERSION,
                     _("this workshop was saved by a newer version of Power Triangle "
                       "(format %u); update Power Triangle to open it"), (guint) major);
    }
  if (g_strcmp0 (ns, PT_FORMAT_NAMESPACE) != 0)
    return fail (l, PT_IO_ERROR_NOT_A_WORKSHOP,
                 _("<workshop> is not in the Power Triangle namespace (%s)"), PT_FORMAT_NAMESPACE);
  if (!read_version (l))
    return FALSE;

  depth = xmlTextReaderDepth (l->reader);
  scope_init (&scope, l->ids);
  if (!xmlTextReaderIsEmptyElement (l->reader))
    while (next_child (l, depth))
      {
        Section s;

        for (s = 0; s < N_SECTIONS; s++)
          if (is_ours (l) && g_str_equal (local_name (l), section_names[s]))
            break;
        if (s == N_SECTIONS)
          {
            if (!unknown_element (l))
              break;
            continue;
          }
        if (s < next)
          {
            fail (l, PT_IO_ERROR_INVALID, s == next - 1 ? _("<%s> appears twice")
                                                        : _("<%s> is out of order"),
                  section_names[s]);
            break;
          }
        if (!read_section (l, s, &scope))
          break;
        next = s + 1;
      }
  scope_clear (&scope);
  if (l->error != NULL)
    return FALSE;

  /* Nothing but comments may follow the root; libxml2 reports the rest. */
  while (read_node (l))
    ;
  return l->error == NULL;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtWorkshop *
pt_reader_load_bytes_full (GBytes        *bytes,
            const char    *display_name,
            GCancellable  *cancellable,
            gint          *progress,
            GError       **error)
{
  g_autoptr(PtWorkshop) workshop = NULL;
  Loader l = { 0 };
  gsize length;
  const guint8 *data;

  data = g_bytes_get_data (bytes, &length);
  if (!pt_reader_check_bytes (data, length, display_name, error))
    return NULL;

  init_libxml_once ();

  workshop = pt_workshop_new ();
  l.name = display_name;
  l.data = (const char *) data;
  l.length = length;
  l.workshop = workshop;
  l.cancellable = cancellable;
  l.progress = progress;
  l.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* No NOENT (entities stay unexpanded), no DTDLOAD, no HUGE (libxml2's own
   * limits stay on); NONET although nothing external is loaded anyway.
   * Always UTF-8, whatever the file declares, as the format says: the byte
   * scans above must see what libxml2 parses (in EBCDIC or UTF-16 they saw
   * no tag, so a flood of attributes passed them). */
  l.reader = xmlReaderForMemory (l.data, (int) length, NULL, "UTF-8",
                                 XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA |
                                 XML_PARSE_IGNORE_ENC);
  if (l.reader == NULL)
    {
      g_set_error (error, PT_IO_ERROR, PT_IO_ERROR_READ,
                   _("%s: the file could not be read"), display_name);
      g_hash_table_unref (l.ids);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (l.reader, on_xml_error_cb, &l);

  read_root (&l);

  xmlFreeTextReader (l.reader);
  for (guint d = 0; d < MAX_PLACE_DEPTH; d++)
    g_free (l.path[d]);
  g_hash_table_unref (l.ids);
  g_free (l.xml_message);

  if (l.error != NULL)
    {
      g_propagate_error (error, l.error);
      return NULL;
    }
  pt_history_clear (pt_workshop_get_history (workshop));
  if (progress != NULL)
    g_atomic_int_set (progress, 1000);
  return g_steal_pointer (&workshop);
}

PtWorkshop *
pt_reader_load_bytes (GBytes      *bytes,
                      const char  *display_name,
                      GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return pt_reader_load_bytes_full (bytes, display_name, NULL, NULL, error);
}

