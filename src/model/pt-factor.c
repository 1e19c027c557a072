/* pt-factor.c — PtFactor: a barrier or enabler of co-production, placed in a dimension.
 *
 * Its position (x, y) is relative: inside the triangle's bounding box for a
 * placed factor (0,0 top left, 1,1 bottom right), inside the unplaced tray for
 * an unplaced one, so a workshop looks the same at any size.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-factor.h"
#include "pt-enum-types.h"
#include "pt-text.h"

struct _PtFactor
{
  PtItem parent_instance;

  char *text;
  PtDimensionKind dimension;
  PtPolarity polarity;
  double x;
  double y;
  char *raised_by;
  char *notes;
  guint votes;
  gboolean private;
};

G_DEFINE_FINAL_TYPE (PtFactor, pt_factor, PT_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_DIMENSION,
  PROP_POLARITY,
  PROP_X,
  PROP_Y,
  PROP_RAISED_BY,
  PROP_NOTES,
  PROP_VOTES,
  PROP_PRIVATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_factor_finalize (GObject *object)
{
  PtFactor *self = PT_FACTOR (object);

  g_free (self->text);
  g_free (self->raised_by);
  g_free (self->notes);

  G_OBJECT_CLASS (pt_factor_parent_class)->finalize (object);
}

static void
pt_factor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtFactor *self = PT_FACTOR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_DIMENSION:
      g_value_set_enum (value, self->dimension);
      break;
    case PROP_POLARITY:
      g_value_set_enum (value, self->polarity);
      break;
    case PROP_X:
      g_value_set_double (value, self->x);
      break;
    case PROP_Y:
      g_value_set_double (value, self->y);
      break;
    case PROP_RAISED_BY:
      g_value_set_string (value, self->raised_by);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_VOTES:
      g_value_set_uint (value, self->votes);
      break;
    case PROP_PRIVATE:
      g_value_set_boolean (value, self->private);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_factor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PtFactor *self = PT_FACTOR (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_TEXT:
      changed = pt_text_replace (&self->text, g_value_get_string (value));
      break;
    case PROP_DIMENSION:
      changed = self->dimension != (PtDimensionKind) g_value_get_enum (value);
      self->dimension = g_value_get_enum (value);
      break;
    case PROP_POLARITY:
      changed = self->polarity != (PtPolarity) g_value_get_enum (value);
      self->polarity = g_value_get_enum (value);
      break;
    case PROP_X:
      changed = self->x != g_value_get_double (value);
      self->x = g_value_get_double (value);
      break;
    case PROP_Y:
      changed = self->y != g_value_get_double (value);
      self->y = g_value_get_double (value);
      break;
    case PROP_RAISED_BY:
      changed = pt_text_replace (&self->raised_by, g_value_get_string (value));
      break;
    case PROP_NOTES:
      changed = pt_text_replace (&self->notes, g_value_get_string (value));
      break;
    case PROP_VOTES:
      changed = self->votes != g_value_get_uint (value);
      self->votes = g_value_get_uint (value);
      break;
    case PROP_PRIVATE:
      changed = self->private != g_value_get_boolean (value);
      self->private = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
pt_factor_class_init (PtFactorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_factor_finalize;
  object_class->get_property = pt_factor_get_property;
  object_class->set_property = pt_factor_set_property;

  PT_ITEM_CLASS (klass)->id_prefix = "f";

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIMENSION] =
    g_param_spec_enum ("dimension", NULL, NULL, PT_TYPE_DIMENSION_KIND, PT_DIMENSION_UNPLACED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POLARITY] =
    g_param_spec_enum ("polarity", NULL, NULL, PT_TYPE_POLARITY, PT_POLARITY_BARRIER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_X] =
    g_param_spec_double ("x", NULL, NULL, 0.0, 1.0, 0.5,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_Y] =
    g_param_spec_double ("y", NULL, NULL, 0.0, 1.0, 0.5,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RAISED_BY] =
    g_param_spec_string ("raised-by", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOTES] =
    g_param_spec_uint ("votes", NULL, NULL, 0, PT_MAX_VOTES, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIVATE] =
    g_param_spec_boolean ("private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_factor_init (PtFactor *self)
{
  self->text = g_strdup ("");
  self->dimension = PT_DIMENSION_UNPLACED;
  self->polarity = PT_POLARITY_BARRIER;
  self->x = 0.5;
  self->y = 0.5;
  self->raised_by = g_strdup ("");
  self->notes = g_strdup ("");
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

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
