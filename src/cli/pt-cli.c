/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-cli.c — the command line's work, without a display:
 * `--check FILE…` says whether each file is a good workshop, in the same
 * words the window would use; `--export OUT FILE` writes a PDF handout or an
 * SVG or PNG picture of the triangle. */
#define G_LOG_DOMAIN "pt-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "pt-cli.h"
#include "pt-export.h"
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

/* Exports the one file in files to output, its format chosen by the
 * extension. Returns the exit status: 0 done, 1 failed, 2 misused. */
int
pt_cli_export (const char         *output,
               const char         *paper,
               gboolean            landscape,
               gboolean            include_private,
               int                 png_width,
               const char * const *files)
{
  PtExportOptions options;
  PtExportFormat format;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(PtWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--export needs exactly one workshop file"));
      return 2;
    }
  if (!pt_export_format_for_filename (output, &format))
    {
      /* Translators: OUT: ... */
      g_printerr (_("%s: unknown kind of file; name it .pdf, .svg or .png\n"), output);
      return 2;
    }
  pt_export_options_init (&options, format);
  if (paper != NULL && !pt_paper_from_name (paper, &options.paper))
    {
      g_printerr (_("--paper %s: use a4 or letter\n"), paper);
      return 2;
    }
  pt_paper_set_landscape (&options.paper, landscape);
  options.include_private = include_private;
  options.png_width = png_width;

  input = g_file_new_for_commandline_arg (files[0]);
  workshop = pt_reader_load_file (input, NULL, &error);
  if (workshop == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  out = g_file_new_for_commandline_arg (output);
  if (!pt_export_to_file (workshop, &options, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
