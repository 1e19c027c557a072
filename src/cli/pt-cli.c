/* pt-cli.c — `power-triangle --check FILE…`: load each file and say whether
 * it is a good workshop, in the same words the window would use. */
#define G_LOG_DOMAIN "pt-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "pt-cli.h"
#include "pt-reader.h"

/* Returns the exit status: 0 only when every file loaded. */
int
pt_cli_check (const char * const *files)
{
  int status = 0;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--check needs at least one file"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtWorkshop) workshop = pt_reader_load_file (file, NULL, &error);

      if (workshop == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = 1;
          continue;
        }
      else
        {
          guint n_factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR)->len;
          guint n_links = pt_workshop_get_items (workshop, PT_ITEM_KIND_LINK)->len;
          g_autofree char *factors =
            g_strdup_printf (ngettext ("%u factor", "%u factors", n_factors), n_factors);
          g_autofree char *links =
            g_strdup_printf (ngettext ("%u link", "%u links", n_links), n_links);

          /* Translators: FILE: ok (3 factors, 2 links) */
          g_print (_("%s: ok (%s, %s)\n"), files[i], factors, links);
        }
    }
  fflush (stdout);
  return status;
}
