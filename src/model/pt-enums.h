/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-enums.h — the model's enumerations.
 *
 * Each enum is registered with GObject (see pt-enum-types.h, generated) so
 * that its value nicks ("barrier", "improvement-coach") are the words the
 * document format uses, and so properties can carry them.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  PT_DIMENSION_UNPLACED,
  PT_DIMENSION_RESOURCES,
  PT_DIMENSION_DISCOURSES,
  PT_DIMENSION_CONTEXTS,
} PtDimensionKind;

/* The three real dimensions, for loops: PT_DIMENSION_RESOURCES … CONTEXTS. */
#define PT_N_DIMENSIONS 3

typedef enum {
  PT_POLARITY_BARRIER,
  PT_POLARITY_ENABLER,
} PtPolarity;

typedef enum {
  PT_LINK_KIND_REINFORCES,
  PT_LINK_KIND_HINDERS,
  PT_LINK_KIND_RELATES,
} PtLinkKind;

typedef enum {
  PT_PERSPECTIVE_USER,
  PT_PERSPECTIVE_RELATIVE,
  PT_PERSPECTIVE_STAFF,
  PT_PERSPECTIVE_MANAGER,
  PT_PERSPECTIVE_IMPROVEMENT_COACH,
  PT_PERSPECTIVE_OTHER,
} PtPerspective;

typedef enum {
  PT_ACTION_STATUS_PLANNED,
  PT_ACTION_STATUS_DOING,
  PT_ACTION_STATUS_DONE,
} PtActionStatus;

/* What an action was written to do. Older files do not say: then it is
 * read from its factors' polarity, as before. */
typedef enum {
  PT_ACTION_AIM_UNKNOWN,
  PT_ACTION_AIM_HANDLE,
  PT_ACTION_AIM_REINFORCE,
} PtActionAim;

typedef enum {
  PT_CYCLE_STEP_REACTION,
  PT_CYCLE_STEP_INTERACTION,
  PT_CYCLE_STEP_ACTION,
} PtCycleStep;

const char *pt_dimension_kind_to_label  (PtDimensionKind kind);
const char *pt_dimension_kind_to_description (PtDimensionKind kind);
const char *pt_polarity_to_label        (PtPolarity      polarity);
const char *pt_link_kind_to_label       (PtLinkKind      kind);
const char *pt_perspective_to_label     (PtPerspective   perspective);
const char *pt_action_status_to_label   (PtActionStatus  status);
const char *pt_cycle_step_to_label      (PtCycleStep     step);
char       *pt_cycle_step_title         (guint           round,
                                         PtCycleStep     step);
const char *pt_cycle_step_to_prompt     (PtCycleStep     step);

const char *pt_enum_to_nick   (GType        enum_type,
                               int          value);
gboolean    pt_enum_from_nick (GType        enum_type,
                               const char  *nick,
                               int         *value);

G_END_DECLS
