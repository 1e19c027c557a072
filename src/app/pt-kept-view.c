/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-kept-view.c — see pt-kept-view.h.
 *
 * The canvas's first frame draws the triangle and every card, and most of
 * that work can be done on the start-up thread while GTK starts
 * (pt-warm-up.c), but only for the very view the frame will have: the
 * window's size, the side panel's width and the canvas's place in the
 * window decide it, and are known only once the window is laid out. From
 * one start to the next they mostly stay the same, so the first start keeps
 * the view here and the next draws ahead at it. A frame at another view
 * draws as it would have anyway (pt_layer_draw () checks), and the start
 * keeps that one instead.
 *
 * A file that cannot be read, or holds a view no screen has (a picture of
 * a billion pixels, a scale of zero), counts as none.
 */
#include "config.h"

#include <math.h>

#include "pt-kept-view.h"
#include "pt-start-cache.h"

#define GROUP "Canvas View"

/* Beyond these, a file was not written by this app: a screen 16k pixels
 * wide, eight device pixels to a pixel. */
#define MAX_COORDINATE 16384.0
#define MAX_SCALE      8.0

gboolean
pt_kept_view_equal (const PtKeptView *a,
                    const PtKeptView *b)
{
  const cairo_matrix_t *m = &a->view.matrix, *n = &b->view.matrix;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return m->xx == n->xx && m->yx == n->yx && m->xy == n->xy && m->yy == n->yy && m->x0 == n->x0 &&
         m->y0 == n->y0 && a->view.device_scale == b->view.device_scale &&
         a->view.area.x == b->view.area.x && a->view.area.y == b->view.area.y &&
         a->view.area.width == b->view.area.width && a->view.area.height == b->view.area.height &&
         !a->high_contrast == !b->high_contrast;
}

static gboolean
within (double value,
        double limit)
{
  return isfinite (value) && fabs (value) <= limit;
}

static gboolean
is_plausible (const PtKeptView *kept)
{
  const PtLayerView *v = &kept->view;

  return within (v->matrix.x0, MAX_COORDINATE) && within (v->matrix.y0, MAX_COORDINATE) &&
         v->matrix.xx > 0 && v->matrix.xx <= MAX_SCALE * 64 && v->matrix.yy > 0 &&
         v->matrix.yy <= MAX_SCALE * 64 && v->matrix.xy == 0 && v->matrix.yx == 0 &&
         v->device_scale >= 1 && v->device_scale <= MAX_SCALE &&
         within (v->area.x, MAX_COORDINATE * MAX_SCALE) && within (v->area.y, MAX_COORDINATE * MAX_SCALE) &&
         v->area.width > 0 && v->area.width <= MAX_COORDINATE * MAX_SCALE &&
         v->area.height > 0 && v->area.height <= MAX_COORDINATE * MAX_SCALE;
}

/* Reads the view kept at path into kept; FALSE, and kept untouched, if
 * none is, or not one this app keeps. */
gboolean
pt_kept_view_read (const char *path,
                   PtKeptView *kept)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree double *matrix = NULL;
  g_autofree int *area = NULL;
  gsize n_matrix = 0, n_area = 0;
  PtKeptView read = { 0 };

  g_return_val_if_fail (path != NULL && kept != NULL, FALSE);

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("The canvas's view kept in %s is not read: %s", path, error->message);
      return FALSE;
    }
  matrix = g_key_file_get_double_list (file, GROUP, "matrix", &n_matrix, NULL);
  area = g_key_file_get_integer_list (file, GROUP, "area", &n_area, NULL);
  if (matrix != NULL && n_matrix == 6 && area != NULL && n_area == 4)
    {
      cairo_matrix_init (&read.view.matrix, matrix[0], matrix[1], matrix[2], matrix[3], matrix[4], matrix[5]);
      read.view.area = (cairo_rectangle_int_t) { area[0], area[1], area[2], area[3] };
      read.view.device_scale = g_key_file_get_double (file, GROUP, "device-scale", NULL);
      read.high_contrast = g_key_file_get_boolean (file, GROUP, "high-contrast", NULL);
      if (is_plausible (&read))
        {
          *kept = read;
          return TRUE;
        }
    }
  g_debug ("The canvas's view kept in %s is not one this app keeps", path);
  return FALSE;
}

/* See pt_start_cache_write (). */
gboolean
pt_kept_view_write (const PtKeptView  *kept,
                    const char        *path,
                    GError           **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  const cairo_matrix_t *m;
  const cairo_rectangle_int_t *a;

  g_return_val_if_fail (kept != NULL && path != NULL, FALSE);

  m = &kept->view.matrix;
  a = &kept->view.area;
  g_key_file_set_double_list (file, GROUP, "matrix", (double[]) { m->xx, m->yx, m->xy, m->yy, m->x0, m->y0 }, 6);
  g_key_file_set_double (file, GROUP, "device-scale", kept->view.device_scale);
  g_key_file_set_integer_list (file, GROUP, "area", (int[]) { a->x, a->y, a->width, a->height }, 4);
  g_key_file_set_boolean (file, GROUP, "high-contrast", kept->high_contrast);
  return pt_start_cache_write (path, file, error);
}
