/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-action.h — PtAction: something the group decides to do to handle a barrier or
 * reinforce an enabler: what, which factors, who, by when, and how far it got.
 *
 * Read it through the getters; change it through pt_workshop_set (), which
 * records the change in the workshop's undo history.
 */
#pragma once

#include "pt-item.h"
#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TYPE_ACTION (pt_action_get_type ())
G_DECLARE_FINAL_TYPE (PtAction, pt_action, PT, ACTION, PtItem)

const char *pt_action_get_text (PtAction *self);
const char * const *pt_action_get_factors (PtAction *self);
const char *pt_action_get_owner (PtAction *self);
const char *pt_action_get_due (PtAction *self);
PtActionStatus pt_action_get_status (PtAction *self);
PtActionAim pt_action_get_aim (PtAction *self);
char *pt_action_describe_factor (PtAction   *self,
                                 PtPolarity  polarity,
                                 const char *factor_text);

G_END_DECLS
