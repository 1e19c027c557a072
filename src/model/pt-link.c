/* pt-link.c — PtLink: an arrow from one factor to another: how one affects the other.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-link.h"
#include "pt-enum-types.h"
#include "pt-text.h"

struct _PtLink
{
  PtItem parent_instance;

  char *from;
  char *to;
  PtLinkKind kind;
  char *label;
};

G_DEFINE_FINAL_TYPE (PtLink, pt_link, PT_TYPE_ITEM)

enum {
  PROP_0,
  PROP_FROM,
  PROP_TO,
  PROP_KIND,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_link_finalize (GObject *object)
{
  PtLink *self = PT_LINK (object);

  g_free (self->from);
  g_free (self->to);
  g_free (self->label);

  G_OBJECT_CLASS (pt_link_parent_class)->finalize (object);
}

static void
pt_link_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PtLink *self = PT_LINK (object);

  switch (prop_id)
    {
    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;
    case PROP_TO:
      g_value_set_string (value, self->to);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_link_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PtLink *self = PT_LINK (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_FROM:
      changed = pt_text_replace (&self->from, g_value_get_string (value));
      break;
    case PROP_TO:
      changed = pt_text_replace (&self->to, g_value_get_string (value));
      break;
    case PROP_KIND:
      changed = self->kind != (PtLinkKind) g_value_get_enum (value);
      self->kind = g_value_get_enum (value);
      break;
    case PROP_LABEL:
      changed = pt_text_replace (&self->label, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
pt_link_class_init (PtLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pt_link_finalize;
  object_class->get_property = pt_link_get_property;
  object_class->set_property = pt_link_set_property;

  PT_ITEM_CLASS (klass)->id_prefix = "l";

  properties[PROP_FROM] =
    g_param_spec_string ("from", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO] =
    g_param_spec_string ("to", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PT_TYPE_LINK_KIND, PT_LINK_KIND_RELATES,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_link_init (PtLink *self)
{
  self->from = g_strdup ("");
  self->to = g_strdup ("");
  self->kind = PT_LINK_KIND_RELATES;
  self->label = g_strdup ("");
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

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
