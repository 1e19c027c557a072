/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-kept-view.h — how the first window's canvas was first drawn, kept from
 * one start to the next so the next can draw it ahead. */
#pragma once

#include <glib.h>

#include "pt-layer.h"

G_BEGIN_DECLS

typedef struct
{
  PtLayerView view;           /* of the triangle under the cards */
  gboolean    high_contrast;  /* the colours it was drawn in */
} PtKeptView;

gboolean pt_kept_view_equal (const PtKeptView  *a,
                             const PtKeptView  *b);
gboolean pt_kept_view_read  (const char        *path,
                             PtKeptView        *kept);
gboolean pt_kept_view_write (const PtKeptView  *kept,
                             const char        *path,
                             GError           **error);

G_END_DECLS
