/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-paper.h — paper for handouts: A4 or Letter, upright or turned, and
 * which of them the user's locale expects. No GTK: the command line
 * exports without it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;      /* "a4" or "letter" */
  double      width;     /* points (1/72 inch), as it lies */
  double      height;
} PtPaper;

gboolean pt_paper_from_name          (const char *name,
                                      PtPaper    *paper);
PtPaper  pt_paper_default_for_locale (void);
void     pt_paper_set_landscape      (PtPaper    *paper,
                                      gboolean    landscape);

G_END_DECLS
