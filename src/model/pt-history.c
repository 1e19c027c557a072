/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-history.c — PtHistory: steps of commands, a position, a clean mark.
 *
 * steps[0 .. position) are done and can be undone; steps[position ..) were
 * undone and can be redone until a new command cuts them off. clean is the
 * position the saved file corresponds to, or -1 when that state can no
 * longer be reached by undo or redo.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-history.h"

typedef struct
{
  char      *label;
  GPtrArray *commands;
} Step;

struct _PtHistory
{
  GObject parent_instance;

  GPtrArray *steps;
  guint      position;
  gint64     clean;

  Step      *group;
  guint      group_depth;
  gboolean   applying;
};

G_DEFINE_FINAL_TYPE (PtHistory, pt_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
command_free (gpointer data)
{
  PtCommand *command = data;

  command->vtable->free (command);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->commands = g_ptr_array_new_with_free_func (command_free);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->commands);
  g_free (step->label);
  g_free (step);
}

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean dirty;
} State;

static State
get_state (PtHistory *self)
{
  return (State) {
    pt_history_get_can_undo (self),
    pt_history_get_can_redo (self),
    pt_history_get_dirty (self),
  };
}

/* Notify only what changed, so a window's Save button does not flicker;
 * ::changed, though, says every time that the document may have. */
static void
notify_changes (PtHistory *self,
                State      before)
{
  State after = get_state (self);

  g_signal_emit (self, signals[CHANGED], 0);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.dirty != after.dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
push_step (PtHistory *self,
           Step      *step)
{
  State before = get_state (self);

  if (self->position < self->steps->len)
    g_ptr_array_remove_range (self->steps, self->position, self->steps->len - self->position);
  if (self->clean > (gint64) self->position)
    self->clean = -1;

  g_ptr_array_add (self->steps, step);
  self->position++;

  notify_changes (self, before);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_history_finalize (GObject *object)
{
  PtHistory *self = PT_HISTORY (object);

  g_ptr_array_unref (self->steps);
  g_clear_pointer (&self->group, step_free);

  G_OBJECT_CLASS (pt_history_parent_class)->finalize (object);
}

static void
pt_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PtHistory *self = PT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pt_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, pt_history_get_can_redo (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, pt_history_get_dirty (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_history_class_init (PtHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_history_finalize;
  object_class->get_property = pt_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After every step done, undone or redone, and when the saved state
   * moves: whatever keeps a copy of the document listens here, since the
   * properties change only when a flag flips. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pt_history_init (PtHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtHistory *
pt_history_new (void)
{
  return g_object_new (PT_TYPE_HISTORY, NULL);
}

/* Applies command and records it (taking ownership): as a step of its own,
 * or as part of the open group. */
void
pt_history_perform (PtHistory *self,
                    PtCommand *command)
{
  g_return_if_fail (PT_IS_HISTORY (self));
  g_return_if_fail (command != NULL);

  if (self->applying)
    {
      /* A signal handler reacting to undo must not record new edits: that
       * would rewrite the history while it is being walked. */
      g_critical ("A change was made while undoing or redoing; it was not recorded");
      command->vtable->apply (command, FALSE);
      command->vtable->free (command);
      return;
    }

  command->vtable->apply (command, FALSE);

  if (self->group != NULL)
    g_ptr_array_add (self->group->commands, command);
  else
    {
      Step *step = step_new (NULL);

      g_ptr_array_add (step->commands, command);
      push_step (self, step);
    }
}

/* Groups may nest; the outermost one decides the label and makes the step. */
void
pt_history_begin_group (PtHistory  *self,
                        const char *label)
{
  g_return_if_fail (PT_IS_HISTORY (self));
  g_return_if_fail (!self->applying);

  if (self->group_depth++ == 0)
    self->group = step_new (label);
}

void
pt_history_end_group (PtHistory *self)
{
  Step *step;

  g_return_if_fail (PT_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->commands->len == 0)
    step_free (step);
  else
    push_step (self, step);
}

gboolean
pt_history_undo (PtHistory *self)
{
  State before;
  Step *step;

  g_return_val_if_fail (PT_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->position == 0)
    return FALSE;

  before = get_state (self);
  step = g_ptr_array_index (self->steps, self->position - 1);
  self->applying = TRUE;
  for (guint i = step->commands->len; i > 0; i--)
    {
      PtCommand *command = g_ptr_array_index (step->commands, i - 1);
      command->vtable->apply (command, TRUE);
    }
  self->applying = FALSE;
  self->position--;

  notify_changes (self, before);
  return TRUE;
}

gboolean
pt_history_redo (PtHistory *self)
{
  State before;
  Step *step;

  g_return_val_if_fail (PT_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->position >= self->steps->len)
    return FALSE;

  before = get_state (self);
  step = g_ptr_array_index (self->steps, self->position);
  self->applying = TRUE;
  for (guint i = 0; i < step->commands->len; i++)
    {
      PtCommand *command = g_ptr_array_index (step->commands, i);
      command->vtable->apply (command, FALSE);
    }
  self->applying = FALSE;
  self->position++;

  notify_changes (self, before);
  return TRUE;
}

gboolean
pt_history_get_can_undo (PtHistory *self)
{
  g_return_val_if_fail (PT_IS_HISTORY (self), FALSE);
  return self->position > 0;
}

gboolean
pt_history_get_can_redo (PtHistory *self)
{
  g_return_val_if_fail (PT_IS_HISTORY (self), FALSE);
  return self->position < self->steps->len;
}

/* The label of the step Undo would revert, or NULL when it has none. */
const char *
pt_history_get_undo_label (PtHistory *self)
{
  Step *step;

  g_return_val_if_fail (PT_IS_HISTORY (self), NULL);

  if (self->position == 0)
    return NULL;
  step = g_ptr_array_index (self->steps, self->position - 1);
  return step->label;
}

const char *
pt_history_get_redo_label (PtHistory *self)
{
  Step *step;

  g_return_val_if_fail (PT_IS_HISTORY (self), NULL);

  if (self->position >= self->steps->len)
    return NULL;
  step = g_ptr_array_index (self->steps, self->position);
  return step->label;
}

gboolean
pt_history_get_dirty (PtHistory *self)
{
  g_return_val_if_fail (PT_IS_HISTORY (self), FALSE);
  return self->clean != (gint64) self->position;
}

/* The document now matches its file (it was saved or loaded). */
void
pt_history_mark_clean (PtHistory *self)
{
  State before;

  g_return_if_fail (PT_IS_HISTORY (self));

  before = get_state (self);
  self->clean = self->position;
  notify_changes (self, before);
}

/* The document differs from any file whatever undo does: a restored
 * recovery copy, or a workshop made from an example. */
void
pt_history_mark_dirty (PtHistory *self)
{
  State before;

  g_return_if_fail (PT_IS_HISTORY (self));

  before = get_state (self);
  self->clean = -1;
  notify_changes (self, before);
}

guint
pt_history_get_n_steps (PtHistory *self)
{
  g_return_val_if_fail (PT_IS_HISTORY (self), 0);
  return self->steps->len;
}

gboolean
pt_history_is_applying (PtHistory *self)
{
  g_return_val_if_fail (PT_IS_HISTORY (self), FALSE);
  return self->applying;
}

void
pt_history_clear (PtHistory *self)
{
  State before;

  g_return_if_fail (PT_IS_HISTORY (self));
  g_return_if_fail (self->group == NULL);

  before = get_state (self);
  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  self->clean = 0;
  notify_changes (self, before);
}
