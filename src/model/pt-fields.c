/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-fields.c — one implementation of get/set/init/free for the model's
 * property fields; see pt-fields.h. */
#define G_LOG_DOMAIN "pt-model"

#include "pt-fields.h"
#include "pt-text.h"

typedef struct
{
  PtField *fields;
  guint    n_fields;
} FieldTable;

static GQuark
table_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("pt-field-table");
  return quark;
}

static const FieldTable *
table_for (GType type)
{
  return g_type_get_qdata (type, table_quark ());
}

#define FIELD_PTR(instance, field) ((gpointer) ((guint8 *) (instance) + (field)->offset))

static gboolean
is_strv (GParamSpec *pspec)
{
  return pspec->value_type == G_TYPE_STRV;
}

static void
pt_fields_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  const FieldTable *table = table_for (pspec->owner_type);
  const PtField *field;
  gpointer p;

  g_assert (table != NULL && prop_id >= 1 && prop_id <= table->n_fields);
  field = &table->fields[prop_id - 1];
  p = FIELD_PTR (object, field);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, *(char **) p);
      break;
    case G_TYPE_BOXED:
      g_assert (is_strv (pspec));
      g_value_set_boxed (value, *(GStrv *) p);
      break;
    case G_TYPE_ENUM:
      g_value_set_enum (value, *(int *) p);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) p);
      break;
    case G_TYPE_UINT:
      g_value_set_uint (value, *(guint *) p);
      break;
    case G_TYPE_DOUBLE:
      g_value_set_double (value, *(double *) p);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_fields_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  const FieldTable *table = table_for (pspec->owner_type);
  const PtField *field;
  gboolean changed = FALSE;
  gpointer p;

  g_assert (table != NULL && prop_id >= 1 && prop_id <= table->n_fields);
  field = &table->fields[prop_id - 1];
  p = FIELD_PTR (object, field);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      changed = pt_text_replace ((char **) p, g_value_get_string (value));
      break;
    case G_TYPE_BOXED:
      {
        const char * const *v = g_value_get_boxed (value);

        g_assert (is_strv (pspec));
        changed = !pt_strv_equal0 (v, *(const char * const **) p);
        if (changed)
          {
            g_strfreev (*(GStrv *) p);
            *(GStrv *) p = v != NULL ? g_strdupv ((GStrv) v) : g_new0 (char *, 1);
          }
      }
      break;
    case G_TYPE_ENUM:
      changed = *(int *) p != g_value_get_enum (value);
      *(int *) p = g_value_get_enum (value);
      break;
    case G_TYPE_BOOLEAN:
      changed = *(gboolean *) p != g_value_get_boolean (value);
      *(gboolean *) p = g_value_get_boolean (value);
      break;
    case G_TYPE_UINT:
      changed = *(guint *) p != g_value_get_uint (value);
      *(guint *) p = g_value_get_uint (value);
      break;
    case G_TYPE_DOUBLE:
      changed = *(double *) p != g_value_get_double (value);
      *(double *) p = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY))
    g_object_notify_by_pspec (object, pspec);
}

/* Installs fields[i] as property i + 1 of klass. fields must outlive the
 * class (a static array). */
void
pt_fields_install (GObjectClass *klass,
                   PtField      *fields,
                   guint         n_fields)
{
  FieldTable *table = g_new0 (FieldTable, 1);

  table->fields = fields;
  table->n_fields = n_fields;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), table_quark (), table);

  klass->get_property = pt_fields_get_property;
  klass->set_property = pt_fields_set_property;
  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (klass, i + 1, fields[i].pspec);
}

/* Gives every field its pspec's default; call from instance init. */
void
pt_fields_init (gpointer instance,
                GType    type)
{
  const FieldTable *table = table_for (type);

  g_return_if_fail (table != NULL);

  for (guint i = 0; i < table->n_fields; i++)
    {
      const PtField *field = &table->fields[i];
      const GValue *def = g_param_spec_get_default_value (field->pspec);
      gpointer p = FIELD_PTR (instance, field);

      switch (G_TYPE_FUNDAMENTAL (field->pspec->value_type))
        {
        case G_TYPE_STRING:
          *(char **) p = pt_text_sanitize (g_value_get_string (def));
          break;
        case G_TYPE_BOXED:
          *(GStrv *) p = g_new0 (char *, 1);
          break;
        case G_TYPE_ENUM:
          *(int *) p = g_value_get_enum (def);
          break;
        case G_TYPE_BOOLEAN:
          *(gboolean *) p = g_value_get_boolean (def);
          break;
        case G_TYPE_UINT:
          *(guint *) p = g_value_get_uint (def);
          break;
        case G_TYPE_DOUBLE:
          *(double *) p = g_value_get_double (def);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Frees the strings and string lists; call from finalize. */
void
pt_fields_finalize (gpointer instance,
                    GType    type)
{
  const FieldTable *table = table_for (type);

  g_return_if_fail (table != NULL);

  for (guint i = 0; i < table->n_fields; i++)
    {
      const PtField *field = &table->fields[i];
      gpointer p = FIELD_PTR (instance, field);

      if (G_TYPE_FUNDAMENTAL (field->pspec->value_type) == G_TYPE_STRING)
        g_clear_pointer ((char **) p, g_free);
      else if (is_strv (field->pspec))
        g_clear_pointer ((GStrv *) p, g_strfreev);
    }
}

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *
pt_param_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "", FLAGS);
}

GParamSpec *
pt_param_strv (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, FLAGS);
}

GParamSpec *
pt_param_enum (const char *name,
               GType       enum_type,
               int         default_value)
{
  return g_param_spec_enum (name, NULL, NULL, enum_type, default_value, FLAGS);
}

GParamSpec *
pt_param_boolean (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, FLAGS);
}

GParamSpec *
pt_param_uint (const char *name,
               guint       minimum,
               guint       maximum,
               guint       default_value)
{
  return g_param_spec_uint (name, NULL, NULL, minimum, maximum, default_value, FLAGS);
}

GParamSpec *
pt_param_double (const char *name,
                 double      minimum,
                 double      maximum,
                 double      default_value)
{
  return g_param_spec_double (name, NULL, NULL, minimum, maximum, default_value, FLAGS);
}
