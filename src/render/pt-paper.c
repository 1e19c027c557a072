/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-paper.c — paper sizes and the locale's default.
 *
 * glibc knows each locale's paper (LC_PAPER); where no real locale is set
 * (the C locale, or one not generated on this machine) the territory in the
 * environment decides: Letter in the countries that use it, A4 elsewhere.
 */
#define G_LOG_DOMAIN "pt-render"
/* nl_langinfo's paper size is a GNU extension. */
#define _GNU_SOURCE

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>

#include "pt-paper.h"

static const PtPaper papers[] = {
  { "a4", 595.2755905511812, 841.8897637795276 },
  { "letter", 612.0, 792.0 },
};

gboolean
pt_paper_from_name (const char *name,
                    PtPaper    *paper)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        *paper = papers[i];
        return TRUE;
      }
  return FALSE;
}

static gboolean
territory_uses_letter (const char *locale)
{
  static const char *letter[] = { "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "SV", "DO", "NI", "PA" };
  const char *underscore = locale != NULL ? strchr (locale, '_') : NULL;

  if (underscore == NULL || strlen (underscore) < 3)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (letter); i++)
    if (strncmp (underscore + 1, letter[i], 2) == 0)
      return TRUE;
  return FALSE;
}

PtPaper
pt_paper_default_for_locale (void)
{
  const char *current = setlocale (LC_PAPER, NULL);
  const char *vars[] = { "LC_ALL", "LC_PAPER", "LANG" };

#ifdef __GLIBC__
  if (current != NULL && strcmp (current, "C") != 0 && strcmp (current, "POSIX") != 0 &&
      strncmp (current, "C.", 2) != 0)
    {
      int width = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);
      int height = (int) (intptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

      return width == 216 && height == 279 ? papers[1] : papers[0];
    }
#endif

  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      const char *value = g_getenv (vars[i]);

      if (value != NULL && value[0] != '\0')
        return territory_uses_letter (value) ? papers[1] : papers[0];
    }
  return papers[0];
}

void
pt_paper_set_landscape (PtPaper  *paper,
                        gboolean  landscape)
{
  double shorter = MIN (paper->width, paper->height);
  double longer = MAX (paper->width, paper->height);

  paper->width = landscape ? longer : shorter;
  paper->height = landscape ? shorter : longer;
}
