/* pt-participant.c — PtParticipant: someone taking part, by name or pseudonym, and the perspective
 * they bring (user, relative, staff…): whose voice a factor carries.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-participant.h"
#include "pt-enum-types.h"
#include "pt-text.h"

struct _PtParticipant
{
  PtItem parent_instance;

  char *name;
  PtPerspective perspective;
};

G_DEFINE_FINAL_TYPE (PtParticipant, pt_participant, PT_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PERSPECTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_participant_finalize (GObject *object)
{
  PtParticipant *self = PT_PARTICIPANT (object);

  g_free (self->name);

  G_OBJECT_CLASS (pt_participant_parent_class)->finalize (object);
}

static void
pt_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PtParticipant *self = PT_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PERSPECTIVE:
      g_value_set_enum (value, self->perspective);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_participant_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PtParticipant *self = PT_PARTICIPANT (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_NAME:
      changed = pt_text_replace (&self->name, g_value_get_string (value));
      break;
    case PROP_PERSPECTIVE:
      changed = self->perspective != (PtPerspective) g_value_get_enum (value);
      self->perspective = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
pt_participant_class_init (PtParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_participant_finalize;
  object_class->get_property = pt_participant_get_property;
  object_class->set_property = pt_participant_set_property;

  PT_ITEM_CLASS (klass)->id_prefix = "p";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSPECTIVE] =
    g_param_spec_enum ("perspective", NULL, NULL, PT_TYPE_PERSPECTIVE, PT_PERSPECTIVE_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_participant_init (PtParticipant *self)
{
  self->name = g_strdup ("");
  self->perspective = PT_PERSPECTIVE_OTHER;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

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
