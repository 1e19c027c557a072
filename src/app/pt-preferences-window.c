/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-preferences-window.c — PtPreferencesWindow: the interface language,
 * and whether presentation mode fills the screen.
 *
 * A facilitator with an English laptop may run a Swedish workshop: the
 * language is the application's own setting, not only the system's.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-accessible.h"
#include "pt-choice-button.h"
#include "pt-preferences-window.h"
#include "pt-settings.h"

struct _PtPreferencesWindow
{
  GtkWindow parent_instance;

  PtChoiceButton *language_choice;
  GtkLabel       *language_note;
  GtkWidget      *fullscreen_check;
  GtkWidget      *text_scale_spin;
};

G_DEFINE_FINAL_TYPE (PtPreferencesWindow, pt_preferences_window, GTK_TYPE_WINDOW)

static void
on_language_selected_cb (PtPreferencesWindow *self)
{
  GSettings *settings = pt_settings_get ();

  if (settings != NULL)
    g_settings_set_enum (settings, "language", (int) pt_choice_button_get_selected (self->language_choice));
}

static void
pt_preferences_window_class_init (PtPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PT_TYPE_CHOICE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, language_choice);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, language_note);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, fullscreen_check);
  gtk_widget_class_bind_template_child (widget_class, PtPreferencesWindow, text_scale_spin);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_preferences_window_init (PtPreferencesWindow *self)
{
  /* The languages are named in their own language, so each can be found
   * by someone who cannot read the other. */
  const char *languages[] = { _("The System’s Language"), "English", "Svenska", NULL };
  GSettings *settings = pt_settings_get ();

  gtk_widget_init_template (GTK_WIDGET (self));
  pt_accessible_name_controls (GTK_WIDGET (self));

  pt_choice_button_set_strings (self->language_choice, languages);
  if (settings != NULL)
    {
      pt_choice_button_set_selected (self->language_choice, g_settings_get_enum (settings, "language"));
      g_settings_bind (settings, "presentation-fullscreen", self->fullscreen_check, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "card-text-scale", self->text_scale_spin, "value", G_SETTINGS_BIND_DEFAULT);
    }
  else
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->language_choice), FALSE);
      gtk_widget_set_sensitive (self->fullscreen_check, FALSE);
      gtk_widget_set_sensitive (self->text_scale_spin, FALSE);
      gtk_label_set_text (self->language_note,
                          _("Preferences cannot be kept, because the application is not installed."));
    }
  g_signal_connect_swapped (self->language_choice, "notify::selected",
                            G_CALLBACK (on_language_selected_cb), self);
}

GtkWindow *
pt_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
