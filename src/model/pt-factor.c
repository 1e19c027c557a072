/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-factor.c — PtFactor: a barrier or enabler of co-production, placed in a dimension.
 *
 * Its position (x, y) is relative: inside the triangle's bounding box for a
 * placed factor (0,0 top left, 1,1 bottom right), inside the unplaced tray for
 * an unplaced one, so a workshop looks the same at any size.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-factor.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

struct _PtFactor
{
  PtItem parent_instance;

  char            *text;
  PtDimensionKind  dimension;
  PtPolarity       polarity;
  double           x;
  double           y;
  char            *raised_by;
  char            *notes;
  guint            votes;
  gboolean         private;
  gboolean         hidden;
  gboolean         from_room;
  char            *perspective;
};

G_DEFINE_FINAL_TYPE (PtFactor, pt_factor, PT_TYPE_ITEM)

static void
pt_factor_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_FACTOR);

  G_OBJECT_CLASS (pt_factor_parent_class)->finalize (object);
}

static void
pt_factor_class_init (PtFactorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[12];

  object_class->finalize = pt_factor_finalize;
  PT_ITEM_CLASS (klass)->id_prefix = "f";

  fields[0] = (PtField) PT_FIELD (PtFactor, text,
                                  pt_param_string ("text"));
  fields[1] = (PtField) PT_FIELD (PtFactor, dimension,
                                  pt_param_enum ("dimension", PT_TYPE_DIMENSION_KIND, PT_DIMENSION_UNPLACED));
  fields[2] = (PtField) PT_FIELD (PtFactor, polarity,
                                  pt_param_enum ("polarity", PT_TYPE_POLARITY, PT_POLARITY_BARRIER));
  fields[3] = (PtField) PT_FIELD (PtFactor, x,
                                  pt_param_double ("x", 0.0, 1.0, 0.5));
  fields[4] = (PtField) PT_FIELD (PtFactor, y,
                                  pt_param_double ("y", 0.0, 1.0, 0.5));
  fields[5] = (PtField) PT_FIELD (PtFactor, raised_by,
                                  pt_param_string ("raised-by"));
  fields[6] = (PtField) PT_FIELD (PtFactor, notes,
                                  pt_param_string ("notes"));
  fields[7] = (PtField) PT_FIELD (PtFactor, votes,
                                  pt_param_uint ("votes", 0, PT_MAX_VOTES, 0));
  fields[8] = (PtField) PT_FIELD (PtFactor, private,
                                  pt_param_boolean ("private"));
  /* Face down: entered, but not shown until the group reveals them all. */
  fields[9] = (PtField) PT_FIELD (PtFactor, hidden,
                                  pt_param_boolean ("hidden"));
  /* Sent from a phone in the room, anonymously; with, if the sender gave
   * it, their perspective (a PtPerspective nick, "" when not given). */
  fields[10] = (PtField) PT_FIELD (PtFactor, from_room,
                                   pt_param_boolean ("from-room"));
  fields[11] = (PtField) PT_FIELD (PtFactor, perspective,
                                   pt_param_string ("perspective"));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pt_factor_init (PtFactor *self)
{
  pt_fields_init (self, PT_TYPE_FACTOR);
}

const char *
pt_factor_get_text (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), NULL);
  return self->text;
}

PtDimensionKind
pt_factor_get_dimension (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), 0);
  return self->dimension;
}

PtPolarity
pt_factor_get_polarity (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), 0);
  return self->polarity;
}

double
pt_factor_get_x (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), 0.0);
  return self->x;
}

double
pt_factor_get_y (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), 0.0);
  return self->y;
}

const char *
pt_factor_get_raised_by (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), NULL);
  return self->raised_by;
}

const char *
pt_factor_get_notes (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), NULL);
  return self->notes;
}

guint
pt_factor_get_votes (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), 0);
  return self->votes;
}

gboolean
pt_factor_get_private (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), FALSE);
  return self->private;
}

gboolean
pt_factor_get_hidden (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), FALSE);
  return self->hidden;
}

gboolean
pt_factor_get_from_room (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), FALSE);
  return self->from_room;
}

/* The perspective its sender gave, as a nick ("relative"), or "". */
const char *
pt_factor_get_perspective (PtFactor *self)
{
  g_return_val_if_fail (PT_IS_FACTOR (self), NULL);
  return self->perspective;
}
