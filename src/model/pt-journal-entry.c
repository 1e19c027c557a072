/* pt-journal-entry.c — PtJournalEntry: a note written during one step of one round of the cycle.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-journal-entry.h"
#include "pt-enum-types.h"
#include "pt-text.h"

struct _PtJournalEntry
{
  PtItem parent_instance;

  PtCycleStep step;
  guint round;
  char *text;
  gboolean private;
};

G_DEFINE_FINAL_TYPE (PtJournalEntry, pt_journal_entry, PT_TYPE_ITEM)

enum {
  PROP_0,
  PROP_STEP,
  PROP_ROUND,
  PROP_TEXT,
  PROP_PRIVATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_journal_entry_finalize (GObject *object)
{
  PtJournalEntry *self = PT_JOURNAL_ENTRY (object);

  g_free (self->text);

  G_OBJECT_CLASS (pt_journal_entry_parent_class)->finalize (object);
}

static void
pt_journal_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtJournalEntry *self = PT_JOURNAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_enum (value, self->step);
      break;
    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_PRIVATE:
      g_value_set_boolean (value, self->private);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_journal_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtJournalEntry *self = PT_JOURNAL_ENTRY (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_STEP:
      changed = self->step != (PtCycleStep) g_value_get_enum (value);
      self->step = g_value_get_enum (value);
      break;
    case PROP_ROUND:
      changed = self->round != g_value_get_uint (value);
      self->round = g_value_get_uint (value);
      break;
    case PROP_TEXT:
      changed = pt_text_replace (&self->text, g_value_get_string (value));
      break;
    case PROP_PRIVATE:
      changed = self->private != g_value_get_boolean (value);
      self->private = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
pt_journal_entry_class_init (PtJournalEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_journal_entry_finalize;
  object_class->get_property = pt_journal_entry_get_property;
  object_class->set_property = pt_journal_entry_set_property;

  PT_ITEM_CLASS (klass)->id_prefix = "j";

  properties[PROP_STEP] =
    g_param_spec_enum ("step", NULL, NULL, PT_TYPE_CYCLE_STEP, PT_CYCLE_STEP_REACTION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL, 1, PT_MAX_ROUND, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIVATE] =
    g_param_spec_boolean ("private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_journal_entry_init (PtJournalEntry *self)
{
  self->step = PT_CYCLE_STEP_REACTION;
  self->round = 1;
  self->text = g_strdup ("");
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtCycleStep
pt_journal_entry_get_step (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), 0);
  return self->step;
}

guint
pt_journal_entry_get_round (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), 0);
  return self->round;
}

const char *
pt_journal_entry_get_text (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), NULL);
  return self->text;
}

gboolean
pt_journal_entry_get_private (PtJournalEntry *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_ENTRY (self), FALSE);
  return self->private;
}
