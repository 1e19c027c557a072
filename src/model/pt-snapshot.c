/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-snapshot.c — PtSnapshot: a frozen copy of a finished round.
 *
 * Its arrays are construct-only properties, so the generic item copy shares
 * them (they are never modified) and the generic comparison is replaced by
 * one that compares their contents.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-snapshot.h"
#include "pt-text.h"

struct _PtSnapshot
{
  PtItem parent_instance;

  guint      round;
  char      *taken;
  GPtrArray *factors;
  GPtrArray *links;
  /* NULL when the round was closed by a version that did not keep them:
   * unknown, not none. */
  GPtrArray *actions;
  GPtrArray *participants;
};

G_DEFINE_FINAL_TYPE (PtSnapshot, pt_snapshot, PT_TYPE_ITEM)

enum {
  PROP_0,
  PROP_ROUND,
  PROP_TAKEN,
  PROP_FACTORS,
  PROP_LINKS,
  PROP_ACTIONS,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static gboolean
items_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!pt_item_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static gboolean
kept_equal (GPtrArray *a,
            GPtrArray *b)
{
  return (a == NULL && b == NULL) || (a != NULL && b != NULL && items_equal (a, b));
}

static gboolean
pt_snapshot_equal (PtItem *a,
                   PtItem *b)
{
  PtSnapshot *sa = PT_SNAPSHOT (a);
  PtSnapshot *sb = PT_SNAPSHOT (b);

  return g_strcmp0 (pt_item_get_id (a), pt_item_get_id (b)) == 0 &&
         sa->round == sb->round &&
         g_strcmp0 (sa->taken, sb->taken) == 0 &&
         items_equal (sa->factors, sb->factors) &&
         items_equal (sa->links, sb->links) &&
         kept_equal (sa->actions, sb->actions) &&
         kept_equal (sa->participants, sb->participants);
}

static GPtrArray *
dup_or_new_array (const GValue *value)
{
  GPtrArray *array = g_value_get_boxed (value);

  return array != NULL ? g_ptr_array_ref (array) : g_ptr_array_new_with_free_func (g_object_unref);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_snapshot_finalize (GObject *object)
{
  PtSnapshot *self = PT_SNAPSHOT (object);

  g_free (self->taken);
  g_clear_pointer (&self->factors, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);

  G_OBJECT_CLASS (pt_snapshot_parent_class)->finalize (object);
}

static void
pt_snapshot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PtSnapshot *self = PT_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;
    case PROP_TAKEN:
      g_value_set_string (value, self->taken);
      break;
    case PROP_FACTORS:
      g_value_set_boxed (value, self->factors);
      break;
    case PROP_LINKS:
      g_value_set_boxed (value, self->links);
      break;
    case PROP_ACTIONS:
      g_value_set_boxed (value, self->actions);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_boxed (value, self->participants);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_snapshot_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PtSnapshot *self = PT_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_ROUND:
      self->round = g_value_get_uint (value);
      break;
    case PROP_TAKEN:
      pt_text_replace (&self->taken, g_value_get_string (value));
      break;
    case PROP_FACTORS:
      self->factors = dup_or_new_array (value);
      break;
    case PROP_LINKS:
      self->links = dup_or_new_array (value);
      break;
    case PROP_ACTIONS:
      self->actions = g_value_dup_boxed (value);
      break;
    case PROP_PARTICIPANTS:
      self->participants = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_snapshot_class_init (PtSnapshotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_snapshot_finalize;
  object_class->get_property = pt_snapshot_get_property;
  object_class->set_property = pt_snapshot_set_property;

  PT_ITEM_CLASS (klass)->id_prefix = "s";
  PT_ITEM_CLASS (klass)->equal = pt_snapshot_equal;

  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL, 1, PT_MAX_ROUND, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAKEN] =
    g_param_spec_string ("taken", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FACTORS] =
    g_param_spec_boxed ("factors", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINKS] =
    g_param_spec_boxed ("links", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIONS] =
    g_param_spec_boxed ("actions", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_boxed ("participants", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_snapshot_init (PtSnapshot *self)
{
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/* factors and links: arrays that own their items (NULL for none); actions
 * and participants likewise, but NULL there means not kept (a file of an
 * older version). The snapshot keeps a reference and nobody may change
 * them afterwards. */
PtSnapshot *
pt_snapshot_new (const char *id,
                 guint       round,
                 const char *taken,
                 GPtrArray  *factors,
                 GPtrArray  *links,
                 GPtrArray  *actions,
                 GPtrArray  *participants)
{
  return g_object_new (PT_TYPE_SNAPSHOT,
                       "id", id,
                       "round", round,
                       "taken", taken,
                       "factors", factors,
                       "links", links,
                       "actions", actions,
                       "participants", participants,
                       NULL);
}

guint
pt_snapshot_get_round (PtSnapshot *self)
{
  g_return_val_if_fail (PT_IS_SNAPSHOT (self), 0);
  return self->round;
}

const char *
pt_snapshot_get_taken (PtSnapshot *self)
{
  g_return_val_if_fail (PT_IS_SNAPSHOT (self), NULL);
  return self->taken;
}

GPtrArray *
pt_snapshot_get_factors (PtSnapshot *self)
{
  g_return_val_if_fail (PT_IS_SNAPSHOT (self), NULL);
  return self->factors;
}

GPtrArray *
pt_snapshot_get_links (PtSnapshot *self)
{
  g_return_val_if_fail (PT_IS_SNAPSHOT (self), NULL);
  return self->links;
}

/* The round's actions as they were when it closed, or NULL if not kept. */
GPtrArray *
pt_snapshot_get_actions (PtSnapshot *self)
{
  g_return_val_if_fail (PT_IS_SNAPSHOT (self), NULL);
  return self->actions;
}

/* Who took part when the round closed, or NULL if not kept. */
GPtrArray *
pt_snapshot_get_participants (PtSnapshot *self)
{
  g_return_val_if_fail (PT_IS_SNAPSHOT (self), NULL);
  return self->participants;
}
