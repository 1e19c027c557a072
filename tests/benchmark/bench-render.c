/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-render.c — drawing without a display: the scene drawn at
 * 1920×1080 into an image surface, placing the cards, hit-testing a point,
 * and the PDF handout. */
#include "config.h"

#include "bench.h"
#include "pt-export.h"
#include "pt-palette.h"
#include "pt-scene.h"

typedef struct
{
  PtWorkshop *workshop;
  PtScene    *scene;
  cairo_t    *cr;
  GRand      *rand;
  PtRect      bounds;
} Render;

static void
full_frame (gpointer data)
{
  Render *render = data;

  cairo_save (render->cr);
  cairo_set_source_rgb (render->cr, 1, 1, 1);
  cairo_paint (render->cr);
  cairo_restore (render->cr);
  pt_scene_draw (render->scene, render->cr);
  cairo_surface_flush (cairo_get_target (render->cr));
}

/* A thousand points, for a figure per point large enough to time. */
static void
hit_test (gpointer data)
{
  Render *render = data;

  for (guint i = 0; i < 1000; i++)
    pt_scene_card_at (render->scene,
                      render->bounds.x + g_rand_double (render->rand) * render->bounds.width,
                      render->bounds.y + g_rand_double (render->rand) * render->bounds.height);
}

/* Where every card is shown: the layout engine placing every card on a
 * 1280×720 canvas at the editing view's text sizes (11-16 px),
 * choosing the size; the cards' text is measured once before timing, as
 * the canvas has it measured when it arranges. */
static void
lay_out (gpointer data)
{
  Render *render = data;

  pt_scene_arrange (render->scene, 1280, 720, 11.0, 16.0, TRUE);
}

static void
pdf_export (gpointer data)
{
  Render *render = data;
  PtExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pt_export_options_init (&options, PT_EXPORT_PDF);
  bytes = pt_export_to_bytes (render->workshop, &options, &error);
  g_assert_no_error (error);
}

/* Fitted, as the canvas fits the triangle to the window. */
static void
fit (Render *render)
{
  double scale;

  pt_scene_get_bounds (render->scene, &render->bounds);
  scale = MIN (1920 / render->bounds.width, 1080 / render->bounds.height);
  cairo_identity_matrix (render->cr);
  cairo_scale (render->cr, scale, scale);
  cairo_translate (render->cr, -render->bounds.x, -render->bounds.y);
}

/* The first frame of a workshop just opened: a new scene, nothing laid
 * out or kept yet. */
static void
first_frame (gpointer data)
{
  Render *render = data;

  g_clear_object (&render->scene);
  render->scene = pt_scene_new (render->workshop);
  fit (render);
  full_frame (render);
}

/* A full frame of a workshop of this many factors, in ms: any frame after
 * the first, or (first) the first. */
static double
frame_ms (PtWorkshop *workshop,
          gboolean    first)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  Render render = { workshop, pt_scene_new (workshop), cairo_create (surface), NULL, { 0 } };
  guint runs = bench_runs (pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR)->len);
  double ms;

  fit (&render);
  ms = bench_median_ms (first ? first_frame : full_frame, &render, first ? MIN (runs, 5) : runs);
  cairo_destroy (render.cr);
  cairo_surface_destroy (surface);
  g_object_unref (render.scene);
  return ms;
}

double
bench_full_frame (PtWorkshop *workshop)
{
  return frame_ms (workshop, FALSE);
}

/* Placing every card, in ms (lay_out). */
double
bench_layout (PtWorkshop *workshop)
{
  Render render = { workshop, pt_scene_new (workshop), NULL, NULL, { 0 } };
  guint runs = bench_runs (pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR)->len);
  double ms;

  lay_out (&render);
  ms = bench_median_ms (lay_out, &render, MIN (runs, 11));
  g_object_unref (render.scene);
  return ms;
}

double
bench_first_frame (PtWorkshop *workshop)
{
  return frame_ms (workshop, TRUE);
}

void
bench_render (PtWorkshop *workshop,
              guint       factors)
{
  Render render = { workshop, pt_scene_new (workshop), NULL, g_rand_new_with_seed (7), { 0 } };
  guint runs = bench_runs (factors);

  bench_report ("scene_frame_kept_cards", factors, bench_full_frame (workshop), "ms");
  bench_report ("first_frame", factors, bench_first_frame (workshop), "ms");

  bench_report ("layout", factors, bench_layout (workshop), "ms");

  pt_scene_get_bounds (render.scene, &render.bounds);
  bench_report ("hit_test", factors, bench_median_ms (hit_test, &render, runs) / 1000, "ms");

  bench_report ("pdf_export", factors, bench_median_ms (pdf_export, &render, MIN (runs, 5)), "ms");

  g_rand_free (render.rand);
  g_object_unref (render.scene);
}
