/* pt-action.c — PtAction: something the group decides to do to handle a barrier or
 * reinforce an enabler: what, which factors, who, by when, and how far it got.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-action.h"
#include "pt-enum-types.h"
#include "pt-text.h"

struct _PtAction
{
  PtItem parent_instance;

  char *text;
  GStrv factors;
  char *owner;
  char *due;
  PtActionStatus status;
};

G_DEFINE_FINAL_TYPE (PtAction, pt_action, PT_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_FACTORS,
  PROP_OWNER,
  PROP_DUE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_action_finalize (GObject *object)
{
  PtAction *self = PT_ACTION (object);

  g_free (self->text);
  g_strfreev (self->factors);
  g_free (self->owner);
  g_free (self->due);

  G_OBJECT_CLASS (pt_action_parent_class)->finalize (object);
}

static void
pt_action_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtAction *self = PT_ACTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_FACTORS:
      g_value_set_boxed (value, self->factors);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_action_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PtAction *self = PT_ACTION (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_TEXT:
      changed = pt_text_replace (&self->text, g_value_get_string (value));
      break;
    case PROP_FACTORS:
      {
        const char * const *v = g_value_get_boxed (value);
        changed = !pt_strv_equal0 (v, (const char * const *) self->factors);
        if (changed)
          {
            g_strfreev (self->factors);
            self->factors = v != NULL ? g_strdupv ((GStrv) v) : g_new0 (char *, 1);
          }
      }
      break;
    case PROP_OWNER:
      changed = pt_text_replace (&self->owner, g_value_get_string (value));
      break;
    case PROP_DUE:
      changed = pt_text_replace (&self->due, g_value_get_string (value));
      break;
    case PROP_STATUS:
      changed = self->status != (PtActionStatus) g_value_get_enum (value);
      self->status = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
pt_action_class_init (PtActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_action_finalize;
  object_class->get_property = pt_action_get_property;
  object_class->set_property = pt_action_set_property;

  PT_ITEM_CLASS (klass)->id_prefix = "a";

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FACTORS] =
    g_param_spec_boxed ("factors", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE] =
    g_param_spec_string ("due", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PT_TYPE_ACTION_STATUS, PT_ACTION_STATUS_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_action_init (PtAction *self)
{
  self->text = g_strdup ("");
  self->factors = g_new0 (char *, 1);
  self->owner = g_strdup ("");
  self->due = g_strdup ("");
  self->status = PT_ACTION_STATUS_PLANNED;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

const char *
pt_action_get_text (PtAction *self)
{
  g_return_val_if_fail (PT_IS_ACTION (self), NULL);
  return self->text;
}

const char * const *
pt_action_get_factors (PtAction *self)
{
  g_return_val_if_fail (PT_IS_ACTION (self), NULL);
  return (const char * const *) self->factors;
}

const char *
pt_action_get_owner (PtAction *self)
{
  g_return_val_if_fail (PT_IS_ACTION (self), NULL);
  return self->owner;
}

const char *
pt_action_get_due (PtAction *self)
{
  g_return_val_if_fail (PT_IS_ACTION (self), NULL);
  return self->due;
}

PtActionStatus
pt_action_get_status (PtAction *self)
{
  g_return_val_if_fail (PT_IS_ACTION (self), 0);
  return self->status;
}
