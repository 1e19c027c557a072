/* pt-dimension.c — PtDimension: a power dimension's adjustable words. */
#define G_LOG_DOMAIN "pt-model"

#include "pt-dimension.h"
#include "pt-enum-types.h"
#include "pt-text.h"

struct _PtDimension
{
  GObject parent_instance;

  PtDimensionKind  kind;
  char            *label;
  char            *description;
};

G_DEFINE_FINAL_TYPE (PtDimension, pt_dimension, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pt_dimension_finalize (GObject *object)
{
  PtDimension *self = PT_DIMENSION (object);

  g_free (self->label);
  g_free (self->description);

  G_OBJECT_CLASS (pt_dimension_parent_class)->finalize (object);
}

static void
pt_dimension_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtDimension *self = PT_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_dimension_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PtDimension *self = PT_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      g_return_if_fail (self->kind != PT_DIMENSION_UNPLACED);
      break;
    case PROP_LABEL:
      if (pt_text_replace (&self->label, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_DESCRIPTION:
      if (pt_text_replace (&self->description, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_dimension_class_init (PtDimensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_dimension_finalize;
  object_class->get_property = pt_dimension_get_property;
  object_class->set_property = pt_dimension_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PT_TYPE_DIMENSION_KIND, PT_DIMENSION_RESOURCES,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_dimension_init (PtDimension *self)
{
  self->label = g_strdup ("");
  self->description = g_strdup ("");
}

PtDimension *
pt_dimension_new (PtDimensionKind kind)
{
  g_return_val_if_fail (kind != PT_DIMENSION_UNPLACED, NULL);

  return g_object_new (PT_TYPE_DIMENSION, "kind", kind, NULL);
}

PtDimensionKind
pt_dimension_get_kind (PtDimension *self)
{
  g_return_val_if_fail (PT_IS_DIMENSION (self), PT_DIMENSION_UNPLACED);
  return self->kind;
}

const char *
pt_dimension_get_label (PtDimension *self)
{
  g_return_val_if_fail (PT_IS_DIMENSION (self), NULL);
  return self->label;
}

const char *
pt_dimension_get_description (PtDimension *self)
{
  g_return_val_if_fail (PT_IS_DIMENSION (self), NULL);
  return self->description;
}

const char *
pt_dimension_get_display_label (PtDimension *self)
{
  g_return_val_if_fail (PT_IS_DIMENSION (self), NULL);
  return self->label[0] != '\0' ? self->label : pt_dimension_kind_to_label (self->kind);
}

const char *
pt_dimension_get_display_description (PtDimension *self)
{
  g_return_val_if_fail (PT_IS_DIMENSION (self), NULL);
  return self->description[0] != '\0' ? self->description
                                      : pt_dimension_kind_to_description (self->kind);
}
