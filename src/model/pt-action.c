/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-action.c — PtAction: something the group decides to do to handle a barrier or
 * reinforce an enabler: what, which factors, who, by when, and how far it got.
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include "pt-action.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

#include <glib/gi18n-lib.h>

struct _PtAction
{
  PtItem parent_instance;

  char           *text;
  GStrv           factors;
  char           *owner;
  char           *due;
  PtActionStatus  status;
  PtActionAim     aim;
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
  static PtField fields[6];

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
  fields[5] = (PtField) PT_FIELD (PtAction, aim,
                                  pt_param_enum ("aim", PT_TYPE_ACTION_AIM, PT_ACTION_AIM_UNKNOWN));
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

PtActionAim
pt_action_get_aim (PtAction *self)
{
  g_return_val_if_fail (PT_IS_ACTION (self), 0);
  return self->aim;
}

/* What the action says of one of its factors: "Handles: Understaffing".
 * An action keeps what it was written to do when its factor is turned, and
 * says that the factor has turned rather than claim the opposite. */
char *
pt_action_describe_factor (PtAction   *self,
                           PtPolarity  polarity,
                           const char *factor_text)
{
  PtActionAim aim;

  g_return_val_if_fail (PT_IS_ACTION (self), NULL);

  aim = self->aim;
  if (aim == PT_ACTION_AIM_UNKNOWN)
    aim = polarity == PT_POLARITY_BARRIER ? PT_ACTION_AIM_HANDLE : PT_ACTION_AIM_REINFORCE;
  if (aim == PT_ACTION_AIM_HANDLE && polarity == PT_POLARITY_BARRIER)
    /* Translators: an action handles a barrier: "Handles: Understaffing" */
    return g_strdup_printf (_("Handles: %s"), factor_text);
  if (aim == PT_ACTION_AIM_REINFORCE && polarity == PT_POLARITY_ENABLER)
    /* Translators: an action reinforces an enabler: "Reinforces: Trust" */
    return g_strdup_printf (_("Reinforces: %s"), factor_text);
  if (aim == PT_ACTION_AIM_HANDLE)
    /* Translators: an action written for a barrier that has since been
     * turned into an enabler */
    return g_strdup_printf (_("Written to handle: %s (now an enabler)"), factor_text);
  /* Translators: an action written for an enabler that has since been
   * turned into a barrier */
  return g_strdup_printf (_("Written to reinforce: %s (now a barrier)"), factor_text);
}
