/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-action.c — PtAction: something the group decides to do to handle a barrier or
 * reinforce an enabler: what, which factors, who, by when, and how far it got.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-action.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

struct _PtAction
{
  PtItem parent_instance;

  char           *text;
  GStrv           factors;
  char           *owner;
  char           *due;
  PtActionStatus  status;
};

G_DEFINE_FINAL_TYPE (PtAction, pt_action, PT_TYPE_ITEM)

static void
pt_action_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_ACTION);

  G_OBJECT_CLASS (pt_action_parent_class)->finalize (object);
}

static void
pt_action_class_init (PtActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[5];

  object_class->finalize = pt_action_finalize;
  PT_ITEM_CLASS (klass)->id_prefix = "a";

  fields[0] = (PtField) PT_FIELD (PtAction, text,
                                  pt_param_string ("text"));
  fields[1] = (PtField) PT_FIELD (PtAction, factors,
                                  pt_param_strv ("factors"));
  fields[2] = (PtField) PT_FIELD (PtAction, owner,
                                  pt_param_string ("owner"));
  fields[3] = (PtField) PT_FIELD (PtAction, due,
                                  pt_param_string ("due"));
  fields[4] = (PtField) PT_FIELD (PtAction, status,
                                  pt_param_enum ("status", PT_TYPE_ACTION_STATUS, PT_ACTION_STATUS_PLANNED));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pt_action_init (PtAction *self)
{
  pt_fields_init (self, PT_TYPE_ACTION);
}

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
