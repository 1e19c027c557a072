/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-workshop.c — PtWorkshop: collections, the id index, and the two kinds
 * of undoable command (set a property; insert or remove an item).
 *
 * All edits funnel into those two commands, so undo, dirty tracking and
 * change notification are implemented once.
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>
#include <string.h>

#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"
#include "pt-workshop-private.h"

struct _PtWorkshop
{
  GObject parent_instance;

  char        *title;
  char        *place;
  char        *date;
  char        *facilitator;
  char        *focus_question;
  char        *language;
  PtCycleStep  step;
  guint        round;

  PtDimension *dimensions[PT_N_DIMENSIONS];
  GPtrArray   *items[PT_N_ITEM_KINDS];
  GHashTable  *by_id;
  GHashTable  *links_at;     /* factor id → how many links end there */
  guint        next_serial[PT_N_ITEM_KINDS];
  PtForeign   *foreign;      /* kept for the writer, not an edit */

  PtHistory   *history;
};

G_DEFINE_FINAL_TYPE (PtWorkshop, pt_workshop, G_TYPE_OBJECT)

enum {
  ITEM_ADDED,
  ITEM_REMOVED,
  ITEM_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Collections                                                              */
/* ------------------------------------------------------------------------ */

PtItemKind
pt_item_kind_for_type (GType item_type)
{
  if (item_type == PT_TYPE_PARTICIPANT)
    return PT_ITEM_KIND_PARTICIPANT;
  if (item_type == PT_TYPE_FACTOR)
    return PT_ITEM_KIND_FACTOR;
  if (item_type == PT_TYPE_LINK)
    return PT_ITEM_KIND_LINK;
  if (item_type == PT_TYPE_ACTION)
    return PT_ITEM_KIND_ACTION;
  if (item_type == PT_TYPE_SNAPSHOT)
    return PT_ITEM_KIND_SNAPSHOT;
  if (item_type == PT_TYPE_JOURNAL_ENTRY)
    return PT_ITEM_KIND_JOURNAL_ENTRY;
  g_return_val_if_reached (PT_N_ITEM_KINDS);
}

/* Keeps pt_workshop_count_links constant-time: a link's ends are set when
 * it is made and never change. */
static void
count_link_ends (PtWorkshop *self,
                 PtLink     *link,
                 int         change)
{
  const char *ends[] = { pt_link_get_from (link), pt_link_get_to (link) };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->links_at, ends[i]));

      n = change > 0 ? n + 1 : n - MIN (n, 1);
      if (n == 0)
        g_hash_table_remove (self->links_at, ends[i]);
      else
        g_hash_table_insert (self->links_at, g_strdup (ends[i]), GUINT_TO_POINTER (n));
    }
}

static void
insert_item (PtWorkshop *self,
             PtItem     *item,
             guint       position,
             gboolean    emit)
{
  GPtrArray *items = self->items[pt_item_kind_for_type (G_OBJECT_TYPE (item))];

  g_assert (position <= items->len);
  g_ptr_array_insert (items, position, g_object_ref (item));
  g_hash_table_insert (self->by_id, (gpointer) pt_item_get_id (item), item);
  if (PT_IS_LINK (item))
    count_link_ends (self, PT_LINK (item), 1);
  if (emit)
    g_signal_emit (self, signals[ITEM_ADDED], 0, item, position);
}

static void
remove_item (PtWorkshop *self,
             PtItem     *item,
             guint       position)
{
  GPtrArray *items = self->items[pt_item_kind_for_type (G_OBJECT_TYPE (item))];

  g_assert (position < items->len && g_ptr_array_index (items, position) == item);

  /* Listeners still see the item whole while they hear of its removal. */
  g_object_ref (item);
  g_hash_table_remove (self->by_id, pt_item_get_id (item));
  if (PT_IS_LINK (item))
    count_link_ends (self, PT_LINK (item), -1);
  g_ptr_array_remove_index (items, position);
  g_signal_emit (self, signals[ITEM_REMOVED], 0, item, position);
  g_object_unref (item);
}

/* ------------------------------------------------------------------------ */
/* Commands                                                                 */
/* ------------------------------------------------------------------------ */

typedef struct
{
  PtCommand    parent;
  PtWorkshop  *workshop;   /* not a reference: the workshop owns the history */
  GObject     *object;
  GParamSpec  *pspec;
  GValue       old_value;
  GValue       new_value;
} SetCommand;

static void
set_command_apply (PtCommand *command,
                   gboolean   undo)
{
  SetCommand *self = (SetCommand *) command;

  g_object_set_property (self->object, self->pspec->name,
                         undo ? &self->old_value : &self->new_value);
  g_signal_emit (self->workshop, signals[ITEM_CHANGED], 0, self->object, self->pspec);
}

static void
set_command_free (PtCommand *command)
{
  SetCommand *self = (SetCommand *) command;

  g_object_unref (self->object);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
  g_free (self);
}

static const PtCommandVTable set_command_vtable = {
  set_command_apply,
  set_command_free,
};

typedef struct
{
  PtCommand   parent;
  PtWorkshop *workshop;
  PtItem     *item;
  guint       position;
  gboolean    is_insert;
} CollectionCommand;

static void
collection_command_apply (PtCommand *command,
                          gboolean   undo)
{
  CollectionCommand *self = (CollectionCommand *) command;

  if (self->is_insert != undo)
    insert_item (self->workshop, self->item, self->position, TRUE);
  else
    remove_item (self->workshop, self->item, self->position);
}

static void
collection_command_free (PtCommand *command)
{
  CollectionCommand *self = (CollectionCommand *) command;

  g_object_unref (self->item);
  g_free (self);
}

static const PtCommandVTable collection_command_vtable = {
  collection_command_apply,
  collection_command_free,
};

static void
perform_collection_command (PtWorkshop *self,
                            PtItem     *item,
                            guint       position,
                            gboolean    is_insert)
{
  CollectionCommand *command = g_new0 (CollectionCommand, 1);

  command->parent.vtable = &collection_command_vtable;
  command->workshop = self;
  command->item = g_object_ref (item);
  command->position = position;
  command->is_insert = is_insert;
  pt_history_perform (self->history, &command->parent);
}

/* ------------------------------------------------------------------------ */
/* Validation                                                               */
/* ------------------------------------------------------------------------ */

static gboolean
is_factor_id (PtWorkshop *self,
              const char *id)
{
  return pt_workshop_lookup_factor (self, id) != NULL;
}

/* The model refuses values that would make a document the loader rejects:
 * dangling references, links to themselves, malformed dates. */
gboolean
_pt_workshop_check_value (PtWorkshop   *self,
                          GObject      *object,
                          GParamSpec   *pspec,
                          const GValue *value)
{
  const char *name = pspec->name;

  if (PT_IS_LINK (object) && (g_str_equal (name, "from") || g_str_equal (name, "to")))
    {
      const char *other = g_str_equal (name, "from") ? pt_link_get_to (PT_LINK (object))
                                                      : pt_link_get_from (PT_LINK (object));
      const char *id = g_value_get_string (value);

      return is_factor_id (self, id) && g_strcmp0 (id, other) != 0;
    }
  if (PT_IS_FACTOR (object) && g_str_equal (name, "raised-by"))
    {
      const char *id = g_value_get_string (value);

      return id == NULL || id[0] == '\0' || PT_IS_PARTICIPANT (pt_workshop_lookup (self, id));
    }
  if (PT_IS_ACTION (object) && g_str_equal (name, "factors"))
    {
      const char * const *ids = g_value_get_boxed (value);

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        if (!is_factor_id (self, ids[i]))
          return FALSE;
      return TRUE;
    }
  if ((PT_IS_ACTION (object) && g_str_equal (name, "due")) ||
      (PT_IS_WORKSHOP (object) && g_str_equal (name, "date")))
    {
      const char *date = g_value_get_string (value);

      return date == NULL || date[0] == '\0' || pt_iso_date_is_valid (date);
    }
  if (PT_IS_WORKSHOP (object) && g_str_equal (name, "language"))
    {
      const char *tag = g_value_get_string (value);

      return tag == NULL || tag[0] == '\0' || pt_language_tag_is_valid (tag);
    }
  return TRUE;
}

static gboolean
check_item_references (PtWorkshop *self,
                       PtItem     *item)
{
  const char *names[] = { "from", "to", "raised-by", "factors", "due" };
  GObjectClass *klass = G_OBJECT_GET_CLASS (item);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspec == NULL)
        continue;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (item), names[i], &value);
      if (!_pt_workshop_check_value (self, G_OBJECT (item), pspec, &value))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_workshop_dispose (GObject *object)
{
  PtWorkshop *self = PT_WORKSHOP (object);

  /* The history's commands hold items; drop them before the collections. */
  g_clear_object (&self->history);
  for (guint i = 0; i < PT_N_DIMENSIONS; i++)
    g_clear_object (&self->dimensions[i]);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->links_at, g_hash_table_unref);
  for (guint i = 0; i < PT_N_ITEM_KINDS; i++)
    g_clear_pointer (&self->items[i], g_ptr_array_unref);

  G_OBJECT_CLASS (pt_workshop_parent_class)->dispose (object);
}

static void
pt_workshop_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_WORKSHOP);
  pt_foreign_free (PT_WORKSHOP (object)->foreign);

  G_OBJECT_CLASS (pt_workshop_parent_class)->finalize (object);
}

static void
pt_workshop_class_init (PtWorkshopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[8];

  object_class->dispose = pt_workshop_dispose;
  object_class->finalize = pt_workshop_finalize;

  fields[0] = (PtField) PT_FIELD (PtWorkshop, title, pt_param_string ("title"));
  fields[1] = (PtField) PT_FIELD (PtWorkshop, place, pt_param_string ("place"));
  fields[2] = (PtField) PT_FIELD (PtWorkshop, date, pt_param_string ("date"));
  fields[3] = (PtField) PT_FIELD (PtWorkshop, facilitator, pt_param_string ("facilitator"));
  fields[4] = (PtField) PT_FIELD (PtWorkshop, focus_question, pt_param_string ("focus-question"));
  fields[5] = (PtField) PT_FIELD (PtWorkshop, language, pt_param_string ("language"));
  fields[6] = (PtField) PT_FIELD (PtWorkshop, step,
                                  pt_param_enum ("step", PT_TYPE_CYCLE_STEP, PT_CYCLE_STEP_REACTION));
  fields[7] = (PtField) PT_FIELD (PtWorkshop, round, pt_param_uint ("round", 1, PT_MAX_ROUND, 1));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));

  /**
   * PtWorkshop::item-added:
   * @item: the item, now at @position in its collection
   */
  signals[ITEM_ADDED] =
    g_signal_new ("item-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PT_TYPE_ITEM, G_TYPE_UINT);
  /**
   * PtWorkshop::item-removed:
   * @item: the item that was at @position
   */
  signals[ITEM_REMOVED] =
    g_signal_new ("item-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PT_TYPE_ITEM, G_TYPE_UINT);
  /**
   * PtWorkshop::item-changed:
   * @object: an item, a dimension or the workshop
   * @pspec: the property that changed
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_PARAM);
}

static void
pt_workshop_init (PtWorkshop *self)
{
  pt_fields_init (self, PT_TYPE_WORKSHOP);

  for (guint i = 0; i < PT_N_DIMENSIONS; i++)
    self->dimensions[i] = pt_dimension_new (PT_DIMENSION_RESOURCES + i);
  for (guint i = 0; i < PT_N_ITEM_KINDS; i++)
    self->items[i] = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->links_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->history = pt_history_new ();
  self->foreign = pt_foreign_new ();
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtWorkshop *
pt_workshop_new (void)
{
  return g_object_new (PT_TYPE_WORKSHOP, NULL);
}

const char *
pt_workshop_get_title (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->title;
}

const char *
pt_workshop_get_place (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->place;
}

const char *
pt_workshop_get_date (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->date;
}

const char *
pt_workshop_get_facilitator (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->facilitator;
}

const char *
pt_workshop_get_focus_question (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->focus_question;
}

const char *
pt_workshop_get_language (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->language;
}

PtCycleStep
pt_workshop_get_step (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), PT_CYCLE_STEP_REACTION);
  return self->step;
}

guint
pt_workshop_get_round (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), 1);
  return self->round;
}

PtDimension *
pt_workshop_get_dimension (PtWorkshop      *self,
                           PtDimensionKind  kind)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (kind >= PT_DIMENSION_RESOURCES && kind <= PT_DIMENSION_CONTEXTS, NULL);

  return self->dimensions[kind - PT_DIMENSION_RESOURCES];
}

/* The name a dimension is shown by (as the group renamed it), or the
 * tray's for PT_DIMENSION_UNPLACED. */
const char *
pt_workshop_get_dimension_label (PtWorkshop      *self,
                                 PtDimensionKind  kind)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);

  if (kind == PT_DIMENSION_UNPLACED)
    return pt_dimension_kind_to_label (kind);
  return pt_dimension_get_display_label (pt_workshop_get_dimension (self, kind));
}

/* The collection, in document order. Read it; never modify it. */
GPtrArray *
pt_workshop_get_items (PtWorkshop *self,
                       PtItemKind  kind)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (kind < PT_N_ITEM_KINDS, NULL);

  return self->items[kind];
}

PtItem *
pt_workshop_lookup (PtWorkshop *self,
                    const char *id)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

PtFactor *
pt_workshop_lookup_factor (PtWorkshop *self,
                           const char *id)
{
  PtItem *item = pt_workshop_lookup (self, id);

  return PT_IS_FACTOR (item) ? PT_FACTOR (item) : NULL;
}

/* Whose voice a factor is: the perspective of whoever raised it, or
 * "other" when nobody in particular did. */
PtPerspective
pt_workshop_get_voice (PtWorkshop *self,
                       PtFactor   *factor)
{
  PtItem *who;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), PT_PERSPECTIVE_OTHER);
  g_return_val_if_fail (PT_IS_FACTOR (factor), PT_PERSPECTIVE_OTHER);

  who = pt_workshop_lookup (self, pt_factor_get_raised_by (factor));
  return PT_IS_PARTICIPANT (who) ? pt_participant_get_perspective (PT_PARTICIPANT (who)) : PT_PERSPECTIVE_OTHER;
}

/* How many actions handle or reinforce factor. */
guint
pt_workshop_count_actions (PtWorkshop *self,
                           PtFactor   *factor)
{
  GPtrArray *actions;
  guint n = 0;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), 0);
  g_return_val_if_fail (PT_IS_FACTOR (factor), 0);

  actions = pt_workshop_get_items (self, PT_ITEM_KIND_ACTION);
  for (guint i = 0; i < actions->len; i++)
    {
      const char * const *ids = pt_action_get_factors (g_ptr_array_index (actions, i));

      if (ids != NULL && g_strv_contains (ids, pt_item_get_id (PT_ITEM (factor))))
        n++;
    }
  return n;
}

/* How many links start or end at factor. */
guint
pt_workshop_count_links (PtWorkshop *self,
                         PtFactor   *factor)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), 0);
  g_return_val_if_fail (PT_IS_FACTOR (factor), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->links_at, pt_item_get_id (PT_ITEM (factor))));
}

PtHistory *
pt_workshop_get_history (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->history;
}

/* Changes one property of object — an item of this workshop, one of its
 * dimensions, or the workshop itself — as an undoable command. Setting the
 * value it already has records nothing. FALSE when the value is refused. */
gboolean
pt_workshop_set_value (PtWorkshop   *self,
                       gpointer      object,
                       const char   *property,
                       const GValue *value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;
  GParamSpec *pspec;
  SetCommand *command;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), FALSE);
  g_return_val_if_fail (object == self || PT_IS_DIMENSION (object) ||
                        (PT_IS_ITEM (object) &&
                         pt_workshop_lookup (self, pt_item_get_id (object)) == object), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL, FALSE);
  g_return_val_if_fail ((pspec->flags & G_PARAM_WRITABLE) &&
                        !(pspec->flags & G_PARAM_CONSTRUCT_ONLY), FALSE);

  g_value_init (&new_value, pspec->value_type);
  if (!g_value_transform (value, &new_value) ||
      g_param_value_validate (pspec, &new_value))
    {
      g_warning ("Value for %s:%s is out of range", G_OBJECT_TYPE_NAME (object), property);
      return FALSE;
    }
  if (!_pt_workshop_check_value (self, object, pspec, &new_value))
    {
      g_warning ("Value for %s:%s refers to nothing or is malformed",
                 G_OBJECT_TYPE_NAME (object), property);
      return FALSE;
    }

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (object, property, &old_value);
  if (pt_values_equal (pspec, &old_value, &new_value))
    return TRUE;

  command = g_new0 (SetCommand, 1);
  command->parent.vtable = &set_command_vtable;
  command->workshop = self;
  command->object = g_object_ref (object);
  command->pspec = pspec;
  command->old_value = old_value;
  command->new_value = new_value;
  old_value = (GValue) G_VALUE_INIT;
  new_value = (GValue) G_VALUE_INIT;
  pt_history_perform (self->history, &command->parent);
  return TRUE;
}

/* pt_workshop_set (ws, factor, "text", "…", "polarity", PT_POLARITY_ENABLER, NULL):
 * like g_object_set (), but undoable; several properties make one step. */
gboolean
pt_workshop_set (PtWorkshop *self,
                 gpointer    object,
                 const char *first_property,
                 ...)
{
  gboolean ok = TRUE;
  va_list args;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  pt_history_begin_group (self->history, NULL);
  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (object), name);
          ok = FALSE;
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          ok = FALSE;
          break;
        }
      ok = pt_workshop_set_value (self, object, name, &value) && ok;
    }
  va_end (args);
  pt_history_end_group (self->history);

  return ok;
}

/* An id no item of this workshop has yet: "f12" for a factor. */
char *
pt_workshop_new_id (PtWorkshop *self,
                    GType       item_type)
{
  g_autoptr(GTypeClass) klass = NULL;
  const char *prefix;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, PT_TYPE_ITEM), NULL);

  klass = g_type_class_ref (item_type);
  prefix = PT_ITEM_CLASS (klass)->id_prefix;
  for (;;)
    {
      guint *serial = &self->next_serial[pt_item_kind_for_type (item_type)];
      char *id = g_strdup_printf ("%s%u", prefix, ++*serial);

      if (!g_hash_table_contains (self->by_id, id))
        return id;
      g_free (id);
    }
}

gboolean
pt_workshop_insert (PtWorkshop *self,
                    PtItem     *item,
                    guint       position)
{
  PtItemKind kind;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), FALSE);
  g_return_val_if_fail (PT_IS_ITEM (item), FALSE);

  kind = pt_item_kind_for_type (G_OBJECT_TYPE (item));
  g_return_val_if_fail (kind < PT_N_ITEM_KINDS, FALSE);
  g_return_val_if_fail (position <= self->items[kind]->len, FALSE);
  g_return_val_if_fail (!g_hash_table_contains (self->by_id, pt_item_get_id (item)), FALSE);
  g_return_val_if_fail (self->items[kind]->len < PT_MAX_ITEMS, FALSE);
  g_return_val_if_fail (check_item_references (self, item), FALSE);

  perform_collection_command (self, item, position, TRUE);
  return TRUE;
}

gboolean
pt_workshop_add (PtWorkshop *self,
                 PtItem     *item)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), FALSE);
  g_return_val_if_fail (PT_IS_ITEM (item), FALSE);

  return pt_workshop_insert (self, item,
                             self->items[pt_item_kind_for_type (G_OBJECT_TYPE (item))]->len);
}

static void
remove_references_to_factor (PtWorkshop *self,
                             const char *id)
{
  GPtrArray *links = self->items[PT_ITEM_KIND_LINK];
  GPtrArray *actions = self->items[PT_ITEM_KIND_ACTION];

  for (guint i = links->len; i > 0; i--)
    {
      PtLink *link = g_ptr_array_index (links, i - 1);

      if (g_str_equal (pt_link_get_from (link), id) || g_str_equal (pt_link_get_to (link), id))
        perform_collection_command (self, PT_ITEM (link), i - 1, FALSE);
    }

  for (guint i = 0; i < actions->len; i++)
    {
      PtAction *action = g_ptr_array_index (actions, i);
      const char * const *ids = pt_action_get_factors (action);

      if (g_strv_contains (ids, id))
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) rest = NULL;

          for (guint j = 0; ids[j] != NULL; j++)
            if (!g_str_equal (ids[j], id))
              g_strv_builder_add (builder, ids[j]);
          rest = g_strv_builder_end (builder);
          pt_workshop_set (self, action, "factors", rest, NULL);
        }
    }
}

static void
remove_references_to_participant (PtWorkshop *self,
                                  const char *id)
{
  GPtrArray *factors = self->items[PT_ITEM_KIND_FACTOR];

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      if (g_str_equal (pt_factor_get_raised_by (factor), id))
        pt_workshop_set (self, factor, "raised-by", "", NULL);
    }
}

/* Removes item and everything that refers to it (a factor's links, its place
 * in actions; a participant as the one who raised factors), as one step. */
void
pt_workshop_remove (PtWorkshop *self,
                    PtItem     *item)
{
  g_autoptr(PtItem) keep = NULL;
  GPtrArray *items;
  guint position;

  g_return_if_fail (PT_IS_WORKSHOP (self));
  g_return_if_fail (PT_IS_ITEM (item));
  g_return_if_fail (pt_workshop_lookup (self, pt_item_get_id (item)) == item);

  keep = g_object_ref (item);
  items = self->items[pt_item_kind_for_type (G_OBJECT_TYPE (item))];

  pt_history_begin_group (self->history, NULL);
  if (PT_IS_FACTOR (item))
    remove_references_to_factor (self, pt_item_get_id (item));
  else if (PT_IS_PARTICIPANT (item))
    remove_references_to_participant (self, pt_item_get_id (item));
  if (g_ptr_array_find (items, item, &position))
    perform_collection_command (self, item, position, FALSE);
  pt_history_end_group (self->history);
}

void
pt_workshop_begin_group (PtWorkshop *self,
                         const char *label)
{
  g_return_if_fail (PT_IS_WORKSHOP (self));
  pt_history_begin_group (self->history, label);
}

void
pt_workshop_end_group (PtWorkshop *self)
{
  g_return_if_fail (PT_IS_WORKSHOP (self));
  pt_history_end_group (self->history);
}

static GPtrArray *
copy_items (GPtrArray *items)
{
  GPtrArray *copy = g_ptr_array_new_full (items->len, g_object_unref);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (copy, pt_item_copy (g_ptr_array_index (items, i)));
  return copy;
}

/* A frozen copy of the current round's factors and links (not yet added). */
PtSnapshot *
pt_workshop_take_snapshot (PtWorkshop *self,
                           const char *taken)
{
  g_autoptr(GPtrArray) factors = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (pt_iso_date_time_is_valid (taken), NULL);

  factors = copy_items (self->items[PT_ITEM_KIND_FACTOR]);
  links = copy_items (self->items[PT_ITEM_KIND_LINK]);
  actions = copy_items (self->items[PT_ITEM_KIND_ACTION]);
  participants = copy_items (self->items[PT_ITEM_KIND_PARTICIPANT]);
  id = pt_workshop_new_id (self, PT_TYPE_SNAPSHOT);
  return pt_snapshot_new (id, self->round, taken, factors, links, actions, participants);
}

static void
copy_properties (GObject *from,
                 GObject *to)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (from, pspecs[i]->name, &value);
      g_object_set_property (to, pspecs[i]->name, &value);
    }
}

/* A deep copy of the content, with an empty history: for saving in the
 * background while the original goes on changing, and for comparisons. */
PtWorkshop *
pt_workshop_copy (PtWorkshop *self)
{
  PtWorkshop *copy;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);

  copy = pt_workshop_new ();
  copy_properties (G_OBJECT (self), G_OBJECT (copy));
  for (guint i = 0; i < PT_N_DIMENSIONS; i++)
    copy_properties (G_OBJECT (self->dimensions[i]), G_OBJECT (copy->dimensions[i]));
  for (guint k = 0; k < PT_N_ITEM_KINDS; k++)
    for (guint i = 0; i < self->items[k]->len; i++)
      {
        g_autoptr(PtItem) item = pt_item_copy (g_ptr_array_index (self->items[k], i));

        insert_item (copy, item, i, FALSE);
      }
  memcpy (copy->next_serial, self->next_serial, sizeof self->next_serial);
  pt_foreign_free (copy->foreign);
  copy->foreign = pt_foreign_copy (self->foreign);
  return copy;
}

/* An earlier round as a workshop of its own, to look at: the snapshot's
 * factors, links, actions and people, with this workshop's details and
 * dimensions and the journal's notes up to that round, at that round's
 * Action step. Changing it changes nothing here. */
PtWorkshop *
pt_workshop_view_snapshot (PtWorkshop *self,
                           PtSnapshot *snapshot)
{
  PtWorkshop *view;
  GPtrArray *parts[4];

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (PT_IS_SNAPSHOT (snapshot), NULL);

  view = pt_workshop_new ();
  copy_properties (G_OBJECT (self), G_OBJECT (view));
  view->round = pt_snapshot_get_round (snapshot);
  view->step = PT_CYCLE_STEP_ACTION;
  for (guint i = 0; i < PT_N_DIMENSIONS; i++)
    copy_properties (G_OBJECT (self->dimensions[i]), G_OBJECT (view->dimensions[i]));
  /* Participants first: factors name who raised them. A round closed by
   * an older version kept neither its participants nor its actions: then
   * today's participants, and no actions rather than today's. */
  parts[0] = pt_snapshot_get_participants (snapshot) != NULL ? pt_snapshot_get_participants (snapshot)
                                                             : self->items[PT_ITEM_KIND_PARTICIPANT];
  parts[1] = pt_snapshot_get_factors (snapshot);
  parts[2] = pt_snapshot_get_links (snapshot);
  parts[3] = pt_snapshot_get_actions (snapshot);
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    for (guint i = 0; parts[p] != NULL && i < parts[p]->len; i++)
      {
        g_autoptr(PtItem) item = pt_item_copy (g_ptr_array_index (parts[p], i));

        insert_item (view, item, i, FALSE);
      }
  /* The journal as far as that round: notes belong to their round. */
  for (guint i = 0, n = 0; i < self->items[PT_ITEM_KIND_JOURNAL_ENTRY]->len; i++)
    {
      PtJournalEntry *entry = g_ptr_array_index (self->items[PT_ITEM_KIND_JOURNAL_ENTRY], i);
      g_autoptr(PtItem) item = NULL;

      if (pt_journal_entry_get_round (entry) > view->round)
        continue;
      item = pt_item_copy (PT_ITEM (entry));
      insert_item (view, item, n++, FALSE);
    }
  return view;
}

/* Finishing the Action step closes the round: its factors and links are
 * kept as a snapshot, and the next round starts at Reaction with the same
 * factors, as one undoable step. Returns the snapshot (owned by the
 * workshop). */
PtSnapshot *
pt_workshop_close_round (PtWorkshop *self,
                         const char *taken)
{
  g_autoptr(PtSnapshot) snapshot = NULL;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (pt_iso_date_time_is_valid (taken), NULL);
  g_return_val_if_fail (self->round < PT_MAX_ROUND, NULL);

  snapshot = pt_workshop_take_snapshot (self, taken);
  /* Translators: the name of an undo step */
  pt_history_begin_group (self->history, _("Close Round"));
  pt_workshop_add (self, PT_ITEM (snapshot));
  pt_workshop_set (self, self, "round", self->round + 1, "step", PT_CYCLE_STEP_REACTION, NULL);
  pt_history_end_group (self->history);
  return snapshot;
}

/* The snapshot of a finished round, or NULL. */
PtSnapshot *
pt_workshop_get_snapshot (PtWorkshop *self,
                          guint       round)
{
  GPtrArray *snapshots;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);

  snapshots = self->items[PT_ITEM_KIND_SNAPSHOT];
  for (guint i = snapshots->len; i > 0; i--)
    if (pt_snapshot_get_round (g_ptr_array_index (snapshots, i - 1)) == round)
      return g_ptr_array_index (snapshots, i - 1);
  return NULL;
}

/* Same metadata, dimensions and items in the same order; the history is
 * not part of a workshop's content. */
gboolean
pt_workshop_equal (PtWorkshop *a,
                   PtWorkshop *b)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (a), FALSE);
  g_return_val_if_fail (PT_IS_WORKSHOP (b), FALSE);

  if (!pt_object_properties_equal (G_OBJECT (a), G_OBJECT (b)) ||
      !pt_foreign_equal (a->foreign, b->foreign))
    return FALSE;
  for (guint i = 0; i < PT_N_DIMENSIONS; i++)
    if (!pt_object_properties_equal (G_OBJECT (a->dimensions[i]), G_OBJECT (b->dimensions[i])))
      return FALSE;
  for (guint k = 0; k < PT_N_ITEM_KINDS; k++)
    {
      if (a->items[k]->len != b->items[k]->len)
        return FALSE;
      for (guint i = 0; i < a->items[k]->len; i++)
        if (!pt_item_equal (g_ptr_array_index (a->items[k], i), g_ptr_array_index (b->items[k], i)))
          return FALSE;
    }
  return TRUE;
}

/* What the file this workshop came from holds that this version does not
 * know (see pt-foreign.h). The reader fills it and the writer reads it. */
PtForeign *
pt_workshop_get_foreign (PtWorkshop *self)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  return self->foreign;
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */
/* ------------------------------------------------------------------------ */

void
_pt_workshop_append (PtWorkshop *self,
                     PtItem     *item)
{
  PtItemKind kind = pt_item_kind_for_type (G_OBJECT_TYPE (item));

  insert_item (self, item, self->items[kind]->len, FALSE);
}
