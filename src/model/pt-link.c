/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-link.c — PtLink: an arrow from one factor to another: how one affects the other.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-link.h"
#include "pt-enum-types.h"
#include "pt-fields.h"
#include "pt-text.h"

struct _PtLink
{
  PtItem parent_instance;

  char       *from;
  char       *to;
  PtLinkKind  kind;
  char       *label;
};

G_DEFINE_FINAL_TYPE (PtLink, pt_link, PT_TYPE_ITEM)

static void
pt_link_finalize (GObject *object)
{
  pt_fields_finalize (object, PT_TYPE_LINK);

  G_OBJECT_CLASS (pt_link_parent_class)->finalize (object);
}

static void
pt_link_class_init (PtLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static PtField fields[4];

  object_class->finalize = pt_link_finalize;
  PT_ITEM_CLASS (klass)->id_prefix = "l";

  fields[0] = (PtField) PT_FIELD (PtLink, from,
                                  pt_param_string ("from"));
  fields[1] = (PtField) PT_FIELD (PtLink, to,
                                  pt_param_string ("to"));
  fields[2] = (PtField) PT_FIELD (PtLink, kind,
                                  pt_param_enum ("kind", PT_TYPE_LINK_KIND, PT_LINK_KIND_RELATES));
  fields[3] = (PtField) PT_FIELD (PtLink, label,
                                  pt_param_string ("label"));
  pt_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pt_link_init (PtLink *self)
{
  pt_fields_init (self, PT_TYPE_LINK);
}

const char *
pt_link_get_from (PtLink *self)
{
  g_return_val_if_fail (PT_IS_LINK (self), NULL);
  return self->from;
}

const char *
pt_link_get_to (PtLink *self)
{
  g_return_val_if_fail (PT_IS_LINK (self), NULL);
  return self->to;
}

PtLinkKind
pt_link_get_kind (PtLink *self)
{
  g_return_val_if_fail (PT_IS_LINK (self), 0);
  return self->kind;
}

const char *
pt_link_get_label (PtLink *self)
{
  g_return_val_if_fail (PT_IS_LINK (self), NULL);
  return self->label;
}
