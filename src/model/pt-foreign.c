/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-foreign.c — PtForeign: unknown attributes and elements, by place.
 *
 * Two tables from a place to a list of strings: attributes as name, value,
 * name, value…, elements as their XML text. And the minor format version
 * the file had, so that a save does not claim an older one.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-foreign.h"

struct _PtForeign
{
  GHashTable *attributes;   /* place → GPtrArray of char * */
  GHashTable *elements;     /* place → GPtrArray of char * */
  guint       minor;
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static GHashTable *
table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

static void
add (GHashTable *table,
     const char *where,
     const char *text)
{
  GPtrArray *list = g_hash_table_lookup (table, where);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (table, g_strdup (where), list);
    }
  g_ptr_array_add (list, g_strdup (text));
}

static GHashTable *
table_copy (GHashTable *from)
{
  GHashTable *to = table_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;

      for (guint i = 0; i < list->len; i++)
        add (to, key, g_ptr_array_index (list, i));
    }
  return to;
}

static gboolean
table_equal (GHashTable *a,
             GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *mine = value, *theirs = g_hash_table_lookup (b, key);

      if (theirs == NULL || mine->len != theirs->len)
        return FALSE;
      for (guint i = 0; i < mine->len; i++)
        if (!g_str_equal (g_ptr_array_index (mine, i), g_ptr_array_index (theirs, i)))
          return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtForeign *
pt_foreign_new (void)
{
  PtForeign *self = g_new0 (PtForeign, 1);

  self->attributes = table_new ();
  self->elements = table_new ();
  return self;
}

PtForeign *
pt_foreign_copy (const PtForeign *self)
{
  PtForeign *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (PtForeign, 1);
  copy->attributes = table_copy (self->attributes);
  copy->elements = table_copy (self->elements);
  copy->minor = self->minor;
  return copy;
}

void
pt_foreign_free (PtForeign *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->attributes);
  g_hash_table_unref (self->elements);
  g_free (self);
}

gboolean
pt_foreign_equal (const PtForeign *a,
                  const PtForeign *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->minor == b->minor &&
         table_equal (a->attributes, b->attributes) &&
         table_equal (a->elements, b->elements);
}

gboolean
pt_foreign_is_empty (const PtForeign *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return g_hash_table_size (self->attributes) == 0 && g_hash_table_size (self->elements) == 0;
}

/* The minor format version of the file, if newer than this version's; 0
 * otherwise. */
guint
pt_foreign_get_minor (const PtForeign *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->minor;
}

void
pt_foreign_set_minor (PtForeign *self,
                      guint      minor)
{
  g_return_if_fail (self != NULL);
  self->minor = minor;
}

void
pt_foreign_add_attribute (PtForeign  *self,
                          const char *where,
                          const char *name,
                          const char *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (where != NULL && name != NULL && value != NULL);

  add (self->attributes, where, name);
  add (self->attributes, where, value);
}

void
pt_foreign_add_element (PtForeign  *self,
                        const char *where,
                        const char *xml)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (where != NULL && xml != NULL);

  add (self->elements, where, xml);
}

/* The attributes kept for a place, as name, value, name, value…; or NULL. */
GPtrArray *
pt_foreign_get_attributes (const PtForeign *self,
                           const char      *where)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_hash_table_lookup (self->attributes, where);
}

/* The elements kept for a place, as their XML; or NULL. */
GPtrArray *
pt_foreign_get_elements (const PtForeign *self,
                         const char      *where)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_hash_table_lookup (self->elements, where);
}
