/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-item.c — PtItem: an id, and equality and copying by properties.
 *
 * Comparing and copying through the property list means a property added to
 * a factor later is compared, copied into snapshots and undone without any
 * further code.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-item.h"
#include "pt-text.h"

typedef struct
{
  char *id;
} PtItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PtItem, pt_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* Two values of pspec's type hold the same: exactly, for doubles and for
 * string lists (which GLib would compare by pointer). */
gboolean
pt_values_equal (GParamSpec   *pspec,
                 const GValue *a,
                 const GValue *b)
{
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    return pt_strv_equal0 (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_DOUBLE (a))
    return g_value_get_double (a) == g_value_get_double (b);
  return g_param_values_cmp (pspec, a, b) == 0;
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_item_finalize (GObject *object)
{
  PtItemPrivate *priv = pt_item_get_instance_private (PT_ITEM (object));

  g_free (priv->id);

  G_OBJECT_CLASS (pt_item_parent_class)->finalize (object);
}

static void
pt_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PtItemPrivate *priv = pt_item_get_instance_private (PT_ITEM (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_item_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PtItemPrivate *priv = pt_item_get_instance_private (PT_ITEM (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (priv->id == NULL);
      g_return_if_fail (pt_id_is_valid (g_value_get_string (value)));
      priv->id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_item_class_init (PtItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_item_finalize;
  object_class->get_property = pt_item_get_property;
  object_class->set_property = pt_item_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_item_init (PtItem *self)
{
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

const char *
pt_item_get_id (PtItem *self)
{
  PtItemPrivate *priv;

  g_return_val_if_fail (PT_IS_ITEM (self), NULL);

  priv = pt_item_get_instance_private (self);
  return priv->id;
}

/* Same type and the same value in every readable property. */
gboolean
pt_object_properties_equal (GObject *a,
                            GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (a == b)
    return TRUE;
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      if (!pt_values_equal (pspecs[i], &va, &vb))
        return FALSE;
    }
  return TRUE;
}

gboolean
pt_item_equal (PtItem *a,
               PtItem *b)
{
  g_return_val_if_fail (PT_IS_ITEM (a), FALSE);
  g_return_val_if_fail (PT_IS_ITEM (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  if (PT_ITEM_GET_CLASS (a)->equal != NULL)
    return PT_ITEM_GET_CLASS (a)->equal (a, b);
  return pt_object_properties_equal (G_OBJECT (a), G_OBJECT (b));
}

/* A new item of the same type with the same id and properties; it belongs to
 * no workshop. Used for snapshots, duplicating and tests. */
PtItem *
pt_item_copy (PtItem *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree const char **names = NULL;
  GValue *values;
  guint n_pspecs, n = 0;
  GObject *copy;

  g_return_val_if_fail (PT_IS_ITEM (self), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  names = g_new0 (const char *, n_pspecs);
  values = g_new0 (GValue, n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      names[n] = pspecs[i]->name;
      g_value_init (&values[n], pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), pspecs[i]->name, &values[n]);
      n++;
    }

  copy = g_object_new_with_properties (G_OBJECT_TYPE (self), n, names, values);

  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  g_free (values);

  return PT_ITEM (copy);
}
