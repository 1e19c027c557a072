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
#include "pt-window.h"

struct _PtApplication
{
  GtkApplication parent_instance;

  /* Files named on the command line of the primary instance, opened in
   * activate (our own G_OPTION_REMAINING keeps GApplication from doing it). */
  GPtrArray *pending_files;
};

G_DEFINE_FINAL_TYPE (PtApplication, pt_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check that each FILE is a valid workshop, without opening a window"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* ------------------------------------------------------------------------ */
/* GApplication                                                             */
/* ------------------------------------------------------------------------ */

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

  if (files == NULL || files[0] == NULL)
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  {
    g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; files[i] != NULL; i++)
      g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

    if (g_application_get_is_remote (app))
      {
        /* Another instance is running: it opens them. */
        g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
        return 0;
      }
    self->pending_files = g_steal_pointer (&gfiles);
  }
  return -1;
}

static void
pt_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      PtWindow *window = pt_window_new (PT_APPLICATION (app));

      gtk_window_present (GTK_WINDOW (window));
      pt_window_open_file (window, files[i]);
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
