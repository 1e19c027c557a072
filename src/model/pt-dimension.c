/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-dimension.c — PtDimension: a power dimension's adjustable words. */
#define G_LOG_DOMAIN "pt-model"

#include "pt-dimension.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

struct _PtDimension
{
  GObject parent_instance;

  PtDimensionKind  kind;
  char            *label;
  char            *description;
};

G_DEFINE_FINAL_TYPE (PtDimension, pt_dimension, G_TYPE_OBJECT)

static void
pt_dimension_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_DIMENSION);

  G_OBJECT_CLASS (pt_dimension_parent_class)->finalize (object);
}

static void
pt_dimension_class_init (PtDimensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[3];

  object_class->finalize = pt_dimension_finalize;

  fields[0] = (PtField) PT_FIELD (PtDimension, kind,
                                  g_param_spec_enum ("kind", NULL, NULL, PT_TYPE_DIMENSION_KIND,
                                                     PT_DIMENSION_RESOURCES,
                                                     G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                     G_PARAM_STATIC_STRINGS));
  fields[1] = (PtField) PT_FIELD (PtDimension, label, pt_param_string ("label"));
  fields[2] = (PtField) PT_FIELD (PtDimension, description, pt_param_string ("description"));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pt_dimension_init (PtDimension *self)
{
  pt_fields_init (self, PT_TYPE_DIMENSION);
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
