/* pt-font-warm-up.c — the canvas's fonts, loaded on a second thread while
 * GTK starts.
 *
 * GTK spends most of the app's start-up on the main thread connecting to
 * the display and reading its theme, while a second core has nothing to
 * do. The canvas's first frame then loads each of its typefaces and sizes:
 * fontconfig's substitutions and sorting, the font files, the glyph
 * metrics. So meanwhile a thread draws the example workshop's triangle, the
 * same way the canvas will, onto a surface of one pixel, into a Pango font
 * map of its own, which then becomes the main thread's. The canvas's text
 * is drawn with fixed font options (pt-pango.c), so the fonts loaded here
 * are the ones it asks for. The widgets' fonts are not: their options come
 * from the desktop's settings, which are only known once GTK has started.
 *
 * Pango's font maps are not shared between threads; this one is handed
 * over once the thread is done with it.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <pango/pangocairo.h>

#include "pt-example.h"
#include "pt-font-warm-up.h"
#include "pt-scene.h"

static GThread *warm_up_thread;

static gpointer
warm_up (gpointer data)
{
  g_autoptr(PtWorkshop) workshop = pt_example_new ();
  g_autoptr(PtScene) scene = pt_scene_new (workshop);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  pt_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  /* The scene's Pango contexts are made on this thread's default map. */
  return g_object_ref (pango_cairo_font_map_get_default ());
}

/* Before GTK starts: the thread begins at once. */
void
pt_font_warm_up_start (void)
{
  g_return_if_fail (warm_up_thread == NULL);

  warm_up_thread = g_thread_new ("pt-font-warm-up", warm_up, NULL);
}

/* Before the first window: waits for the thread, if it is still drawing,
 * and makes its font map this thread's, so the canvas finds its fonts
 * loaded. */
void
pt_font_warm_up_finish (void)
{
  PangoFontMap *font_map;

  if (warm_up_thread == NULL)
    return;
  font_map = g_thread_join (g_steal_pointer (&warm_up_thread));
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
  g_object_unref (font_map);
}
