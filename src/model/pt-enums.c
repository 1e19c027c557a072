/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-enums.c — the model's own words for its enumerations.
 *
 * These are the names a user sees (translated); the document format uses the
 * untranslated GEnum nicks instead, through pt_enum_to_nick ().
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-enums.h"
#include "pt-enum-types.h"

const char *
pt_dimension_kind_to_label (PtDimensionKind kind)
{
  switch (kind)
    {
    /* Translators: a power dimension of the model */
    case PT_DIMENSION_RESOURCES: return C_("dimension", "Resources");
    /* Translators: a power dimension of the model: attitudes and perceptions */
    case PT_DIMENSION_DISCOURSES: return C_("dimension", "Discourses");
    /* Translators: a power dimension of the model: the organisational setting */
    case PT_DIMENSION_CONTEXTS: return C_("dimension", "Contexts");
    /* Translators: factors not yet placed in a dimension */
    case PT_DIMENSION_UNPLACED: return C_("dimension", "Unplaced");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pt_dimension_kind_to_description (PtDimensionKind kind)
{
  switch (kind)
    {
    case PT_DIMENSION_RESOURCES:
      return _("The user’s own resources, alternative resources such as relatives or adapted "
               "ways to take part, the unit’s staffing and time, the organisation’s money "
               "and support.");
    case PT_DIMENSION_DISCOURSES:
      return _("Attitudes and perceptions among staff and users: how the user is seen, who "
               "is listened to, what is taken for granted.");
    case PT_DIMENSION_CONTEXTS:
      return _("The organisational setting: staffing, continuity, organisational support, "
               "and whether views that are collected can be acted on at all.");
    case PT_DIMENSION_UNPLACED:
      return _("Factors that have not been placed in a dimension yet.");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pt_polarity_to_label (PtPolarity polarity)
{
  switch (polarity)
    {
    /* Translators: a factor that hinders co-production */
    case PT_POLARITY_BARRIER: return C_("polarity", "Barrier");
    /* Translators: a factor that makes co-production possible */
    case PT_POLARITY_ENABLER: return C_("polarity", "Enabler");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pt_link_kind_to_label (PtLinkKind kind)
{
  switch (kind)
    {
    /* Translators: a link kind: factor A reinforces factor B */
    case PT_LINK_KIND_REINFORCES: return C_("link kind", "Reinforces");
    /* Translators: a link kind: factor A hinders factor B */
    case PT_LINK_KIND_HINDERS: return C_("link kind", "Hinders");
    /* Translators: a link kind: factor A is related to factor B */
    case PT_LINK_KIND_RELATES: return C_("link kind", "Relates to");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pt_perspective_to_label (PtPerspective perspective)
{
  switch (perspective)
    {
    /* Translators: the perspective of a participant: a patient, resident or client */
    case PT_PERSPECTIVE_USER: return C_("perspective", "User");
    /* Translators: the perspective of a participant: a family member or next of kin */
    case PT_PERSPECTIVE_RELATIVE: return C_("perspective", "Relative");
    case PT_PERSPECTIVE_STAFF: return C_("perspective", "Staff");
    case PT_PERSPECTIVE_MANAGER: return C_("perspective", "Manager");
    case PT_PERSPECTIVE_IMPROVEMENT_COACH: return C_("perspective", "Improvement coach");
    case PT_PERSPECTIVE_OTHER: return C_("perspective", "Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pt_action_status_to_label (PtActionStatus status)
{
  switch (status)
    {
    case PT_ACTION_STATUS_PLANNED: return C_("action status", "Planned");
    /* Translators: the status of an action that is being carried out */
    case PT_ACTION_STATUS_DOING: return C_("action status", "Doing");
    case PT_ACTION_STATUS_DONE: return C_("action status", "Done");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
pt_cycle_step_to_label (PtCycleStep step)
{
  switch (step)
    {
    /* Translators: the first step of the reflection cycle */
    case PT_CYCLE_STEP_REACTION: return C_("cycle step", "Reaction");
    /* Translators: the second step of the reflection cycle */
    case PT_CYCLE_STEP_INTERACTION: return C_("cycle step", "Interaction");
    /* Translators: the third step of the reflection cycle (not a menu verb) */
    case PT_CYCLE_STEP_ACTION: return C_("cycle step", "Action");
    default: g_return_val_if_reached (NULL);
    }
}

/* The questions that guide a group through one step of the cycle, written
 * for this application from the reflection model. */
const char *
pt_cycle_step_to_prompt (PtCycleStep step)
{
  switch (step)
    {
    case PT_CYCLE_STEP_REACTION:
      return _("What barriers and enablers do we see in each dimension? "
               "Which attitudes do we take for granted?");
    case PT_CYCLE_STEP_INTERACTION:
      return _("How does this factor affect the other dimensions? "
               "Who has the power to change it?");
    case PT_CYCLE_STEP_ACTION:
      return _("What do we do to handle this barrier or reinforce this enabler? "
               "Who does it, and by when? How will we know it worked?");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "Round 2 · Interaction": where a group is in the cycle. */
char *
pt_cycle_step_title (guint       round,
                     PtCycleStep step)
{
  /* Translators: the cycle band: "Round 2 · Interaction" */
  return g_strdup_printf (_("Round %u · %s"), round, pt_cycle_step_to_label (step));
}

const char *
pt_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* Nicks live in static storage of the registered type, so this outlives klass. */
  return v != NULL ? v->value_nick : NULL;
}

gboolean
pt_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v;

  g_return_val_if_fail (nick != NULL, FALSE);

  v = g_enum_get_value_by_nick (klass, nick);
  if (v == NULL)
    return FALSE;
  *value = v->value;
  return TRUE;
}
