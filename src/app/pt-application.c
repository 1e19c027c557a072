/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-application.c — PtApplication: options, opening files, windows.
 *
 * --check and --version are answered in handle-local-options, before
 * GtkApplication's startup initialises GTK, so they need no display.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-application.h"
#include "pt-cli.h"
#include "pt-desktop-style.h"
#include "pt-example.h"
#include "pt-preferences-window.h"
#include "pt-recovery-dialog.h"
#include "pt-scene.h"
#include "pt-window-private.h"

struct _PtApplication
{
  GtkApplication parent_instance;

  /* Files named on the command line of the primary instance, opened in
   * activate (our own G_OPTION_REMAINING keeps GApplication from doing it). */
  GPtrArray *pending_files;
  gboolean   recovery_offered;
};

G_DEFINE_FINAL_TYPE (PtApplication, pt_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check that each FILE is a valid workshop, without opening a window"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export FILE to OUT — a PDF handout, or an SVG or PNG picture of the triangle — without opening a window"),
    N_("OUT") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The paper for --export: a4 or letter (the locale’s by default)"), "a4|letter" },
  { "landscape", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Turn the paper for --export"), NULL },
  { "include-private", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Include private notes in --export"), NULL },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("The width in pixels of a PNG from --export (300 dpi across the paper by default)"), N_("PIXELS") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */
/* ------------------------------------------------------------------------ */

/* A window for a new document: the active one while it is untouched. */
static PtWindow *
fresh_window (PtApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (PT_IS_WINDOW (active) && pt_window_is_pristine (PT_WINDOW (active)))
    return PT_WINDOW (active);
  return pt_window_new (self);
}

static void
new_activated_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PtWindow *window = fresh_window (PT_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

/* Gives each factor a place of its own in its dimension, in order, as a
 * facilitator would put them up one by one. For a workshop not yet shown:
 * nothing here is an edit. */
static void
arrange_factors (PtWorkshop *workshop)
{
  g_autoptr(PtScene) scene = pt_scene_new (workshop);
  GPtrArray *factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR);
  g_autofree PtDimensionKind *dimensions = g_new (PtDimensionKind, factors->len);

  /* Park them all, then bring each back to free space. */
  for (guint i = 0; i < factors->len; i++)
    {
      dimensions[i] = pt_factor_get_dimension (g_ptr_array_index (factors, i));
      g_object_set (g_ptr_array_index (factors, i), "dimension", PT_DIMENSION_UNPLACED, NULL);
    }
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtPoint middle = pt_geometry_new_card_point (dimensions[i]), p, m;
      double w, h;

      pt_scene_get_card_size (scene, factor, &w, &h);
      p = pt_scene_free_position (scene, dimensions[i], middle.x, middle.y + 40, w, h);
      m = pt_geometry_scene_to_model (dimensions[i], p.x, p.y);
      g_object_set (factor, "dimension", dimensions[i], "x", m.x, "y", m.y, NULL);
    }
}

/* The example workshop, in the interface's language, as a new unsaved
 * workshop. */
static void
new_from_example_activated_cb (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  g_autoptr(PtWorkshop) workshop = pt_example_new ();
  PtWindow *window = fresh_window (PT_APPLICATION (user_data));

  arrange_factors (workshop);
  pt_window_set_workshop (window, workshop);
  gtk_window_present (GTK_WINDOW (window));
}

/* Quitting closes each window in turn, and each asks about unsaved work. */
static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (pt_preferences_window_new (parent));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { _("The Power Triangle developers"), NULL };
  const char *model[] = { "Ulla Ärleskog, Elisabeth Vackerberg, Ann-Christine Andersson", NULL };
  const char *source[] = { "Maria Franzén", NULL };
  GtkWidget *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", parent,
                        "modal", TRUE,
                        "program-name", _("Power Triangle"),
                        "logo-icon-name", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("See and balance power when you improve care together with the people "
                                      "who use it.\n\nBuilt on the reflection model described in "
                                      "Ärleskog, Vackerberg and Andersson, “Balancing power in "
                                      "co-production: introducing a reflection model”, Humanities and "
                                      "Social Sciences Communications 8, 108 (2021)."),
                        "website", "https://doi.org/10.1057/s41599-021-00790-1",
                        /* Translators: the link under the description in the About dialog */
                        "website-label", _("Read the paper"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "authors", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  /* Translators: a heading in the About dialog's credits */
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Reflection model by"), model);
  /* Translators: a heading in the About dialog's credits; the model builds on her power triangle */
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Based on the power triangle of"), source);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "new", new_activated_cb },
  { "new-from-example", new_from_example_activated_cb },
  { "preferences", preferences_activated_cb },
  { "about", about_activated_cb },
  { "quit", quit_activated_cb },
};

/* ------------------------------------------------------------------------ */
/* GApplication                                                             */
/* ------------------------------------------------------------------------ */

static void
pt_application_startup (GApplication *app)
{
  g_autoptr(GtkCssProvider) css = NULL;

  G_APPLICATION_CLASS (pt_application_parent_class)->startup (app);

  css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/powertriangle/PowerTriangle/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  _pt_window_set_accels (GTK_APPLICATION (app));
  gtk_window_set_default_icon_name (APPLICATION_ID);
  /* Dark style and high contrast as the desktop has them. */
  pt_desktop_style_get_default ();
}

static int
pt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  PtApplication *self = PT_APPLICATION (app);
  g_autofree const char **files = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "power-triangle", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (g_variant_dict_contains (options, "check"))
    return pt_cli_check (files);
  if (g_variant_dict_contains (options, "export"))
    {
      g_autofree char *output = NULL;
      g_autofree char *paper = NULL;
      int width = 0;

      g_variant_dict_lookup (options, "export", "^ay", &output);
      g_variant_dict_lookup (options, "paper", "s", &paper);
      g_variant_dict_lookup (options, "width", "i", &width);
      return pt_cli_export (output, paper,
                            g_variant_dict_contains (options, "landscape"),
                            g_variant_dict_contains (options, "include-private"),
                            width, files);
    }

  if (files == NULL || files[0] == NULL)
    return -1;

  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (self->pending_files, g_file_new_for_commandline_arg (files[i]));

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (app))
    {
      g_autoptr(GPtrArray) gfiles = g_steal_pointer (&self->pending_files);

      /* Another instance is running: it opens them. */
      g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
      return 0;
    }
  return -1;
}

/* Once a run, at the start: what a crash left behind. */
static void
offer_recovery (PtApplication *self,
                GtkWindow     *window)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  pt_recovery_dialog_offer (window);
}

static void
pt_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      PtWindow *window = fresh_window (PT_APPLICATION (app));

      /* Read while the window is already there, so a large file shows
       * its progress rather than nothing. */
      pt_window_load_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      offer_recovery (PT_APPLICATION (app), GTK_WINDOW (window));
    }
}

static void
pt_application_activate (GApplication *app)
{
  PtApplication *self = PT_APPLICATION (app);
  GtkWindow *window;

  if (self->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending_files);

      pt_application_open (app, (GFile **) files->pdata, files->len, "");
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (pt_window_new (self));
  gtk_window_present (window);
  offer_recovery (self, window);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_application_finalize (GObject *object)
{
  PtApplication *self = PT_APPLICATION (object);

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  G_OBJECT_CLASS (pt_application_parent_class)->finalize (object);
}

static void
pt_application_class_init (PtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pt_application_finalize;

  app_class->handle_local_options = pt_application_handle_local_options;
  app_class->startup = pt_application_startup;
  app_class->activate = pt_application_activate;
  app_class->open = pt_application_open;
}

static void
pt_application_init (PtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("See and balance power in co-produced improvement work."));
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtApplication *
pt_application_new (void)
{
  return g_object_new (PT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
