/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-participant.c — PtParticipant: someone taking part, by name or pseudonym, and the perspective
 * they bring (user, relative, staff…): whose voice a factor carries.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-participant.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

struct _PtParticipant
{
  PtItem parent_instance;

  char          *name;
  PtPerspective  perspective;
};

G_DEFINE_FINAL_TYPE (PtParticipant, pt_participant, PT_TYPE_ITEM)

static void
pt_participant_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_PARTICIPANT);

  G_OBJECT_CLASS (pt_participant_parent_class)->finalize (object);
}

static void
pt_participant_class_init (PtParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[2];

  object_class->finalize = pt_participant_finalize;
  PT_ITEM_CLASS (klass)->id_prefix = "p";

  fields[0] = (PtField) PT_FIELD (PtParticipant, name,
                                  pt_param_string ("name"));
  fields[1] = (PtField) PT_FIELD (PtParticipant, perspective,
                                  pt_param_enum ("perspective", PT_TYPE_PERSPECTIVE, PT_PERSPECTIVE_OTHER));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pt_participant_init (PtParticipant *self)
{
  pt_fields_init (self, PT_TYPE_PARTICIPANT);
}

const char *
pt_participant_get_name (PtParticipant *self)
{
  g_return_val_if_fail (PT_IS_PARTICIPANT (self), NULL);
  return self->name;
}

PtPerspective
pt_participant_get_perspective (PtParticipant *self)
{
  g_return_val_if_fail (PT_IS_PARTICIPANT (self), 0);
  return self->perspective;
}
