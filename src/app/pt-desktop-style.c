/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-desktop-style.c — PtDesktopStyle: the desktop's dark style and high
 * contrast, applied to GTK's own widgets and told to the canvas.
 *
 * GTK 4.8 without libadwaita does not read GNOME's color-scheme key, and
 * its high-contrast theme is only a theme name, so both are followed here.
 * The canvas stays paper-white in the dark style (it is what gets printed
 * and projected); in high contrast it takes the high-contrast palette.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include "pt-desktop-style.h"

struct _PtDesktopStyle
{
  GObject    parent_instance;

  GSettings *interface;   /* org.gnome.desktop.interface, or NULL */
  GSettings *a11y;        /* org.gnome.desktop.a11y.interface, or NULL */
  gboolean   high_contrast;
};

enum {
  PROP_0,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PtDesktopStyle, pt_desktop_style, G_TYPE_OBJECT)

/* A desktop's settings, when its schema (and the key) are installed. */
static GSettings *
settings_with_key (const char *schema_id,
                   const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, schema_id, TRUE)
                                                     : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
update (PtDesktopStyle *self)
{
  GtkSettings *gtk = gtk_settings_get_default ();
  gboolean dark = self->interface != NULL &&
                  g_settings_get_enum (self->interface, "color-scheme") == 1 /* prefer-dark */;
  gboolean high_contrast = self->a11y != NULL && g_settings_get_boolean (self->a11y, "high-contrast");

  if (gtk != NULL)
    {
      gboolean was_dark;

      /* Setting it, even to what it was, makes GTK load its theme again:
       * a fifth of start-up. */
      g_object_get (gtk, "gtk-application-prefer-dark-theme", &was_dark, NULL);
      if (dark != was_dark)
        g_object_set (gtk, "gtk-application-prefer-dark-theme", dark, NULL);
      /* GTK's own high-contrast variants of its default theme. */
      if (high_contrast || self->high_contrast)
        g_object_set (gtk, "gtk-theme-name", high_contrast ? (dark ? "Default-hc-dark" : "Default-hc") : NULL, NULL);
    }
  if (high_contrast != self->high_contrast)
    {
      self->high_contrast = high_contrast;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
    }
}

static void
pt_desktop_style_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtDesktopStyle *self = PT_DESKTOP_STYLE (object);

  switch (prop_id)
    {
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_desktop_style_dispose (GObject *object)
{
  PtDesktopStyle *self = PT_DESKTOP_STYLE (object);

  g_clear_object (&self->interface);
  g_clear_object (&self->a11y);
  G_OBJECT_CLASS (pt_desktop_style_parent_class)->dispose (object);
}

static void
pt_desktop_style_class_init (PtDesktopStyleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pt_desktop_style_get_property;
  object_class->dispose = pt_desktop_style_dispose;

  properties[PROP_HIGH_CONTRAST] = g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_desktop_style_init (PtDesktopStyle *self)
{
  self->interface = settings_with_key ("org.gnome.desktop.interface", "color-scheme");
  self->a11y = settings_with_key ("org.gnome.desktop.a11y.interface", "high-contrast");
  if (self->interface != NULL)
    g_signal_connect_swapped (self->interface, "changed::color-scheme", G_CALLBACK (update), self);
  if (self->a11y != NULL)
    g_signal_connect_swapped (self->a11y, "changed::high-contrast", G_CALLBACK (update), self);
  update (self);
}

/* The one for this process, made (and applied to GTK) on first use. */
PtDesktopStyle *
pt_desktop_style_get_default (void)
{
  static PtDesktopStyle *style;

  if (style == NULL)
    style = g_object_new (PT_TYPE_DESKTOP_STYLE, NULL);
  return style;
}

gboolean
pt_desktop_style_get_high_contrast (PtDesktopStyle *self)
{
  g_return_val_if_fail (PT_IS_DESKTOP_STYLE (self), FALSE);
  return self->high_contrast;
}
