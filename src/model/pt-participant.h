/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-participant.h — PtParticipant: someone taking part, by name or pseudonym, and the perspective
 * they bring (user, relative, staff…): whose voice a factor carries.
 *
 * Read it through the getters; change it through pt_workshop_set (), which
 * records the change in the workshop's undo history.
 */
#pragma once

#include "pt-item.h"
#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TYPE_PARTICIPANT (pt_participant_get_type ())
G_DECLARE_FINAL_TYPE (PtParticipant, pt_participant, PT, PARTICIPANT, PtItem)

const char *pt_participant_get_name (PtParticipant *self);
PtPerspective pt_participant_get_perspective (PtParticipant *self);

G_END_DECLS
