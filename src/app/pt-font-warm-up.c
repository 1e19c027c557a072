/* pt-font-warm-up.c — the window's fonts, loaded on a second thread while
 * GTK starts and the first window is built.
 *
 * GTK spends most of the app's start-up on the main thread connecting to
 * the display, reading its theme and building the window, while a second
 * core has little to do. The first frame then loads each typeface and size
 * it shows: fontconfig's substitutions and sorting, the font files, each
 * glyph's metrics and image (with hinting, FreeType runs a font's program
 * again each time a size is switched to). So meanwhile a thread does that
 * work into a Pango font map of its own, which then becomes the main
 * thread's:
 *
 * - at once, the canvas's fonts: it draws the example workshop's triangle
 *   the way the canvas will. The canvas's text is drawn with fixed font
 *   options (pt-pango.c), so nothing about the desktop is needed for it;
 * - once GTK has started, the widgets' fonts: their options, resolution and
 *   sizes come from the desktop's settings and the theme, so the main thread
 *   asks a few unparented labels (plain, bold, the theme's "heading" and
 *   "caption-heading", which the first window shows) and hands the answer
 *   over. The thread lays out and draws letters, digits and marks in each.
 *   Those are known late, so the thread keeps the last start's in the
 *   user's cache and loads them while GTK starts (pt-widget-fonts.c); told
 *   others, it loads and keeps those.
 *
 * Pango's font maps are not shared between threads: the main thread takes
 * this one only once the thread is done with it, before the first window is
 * shown. What the main thread makes before that binds to its own default
 * map and is pointed at this one when its style is first computed; the
 * canvas's scene makes its Pango context when it first lays out text.
 *
 * The thread runs at a lower priority: on two cores the main thread, the X
 * server and GTK's icon theme loader already compete, and the main thread's
 * own work comes first. So the main thread waits for it only a little: on a
 * machine busy with other work the window is shown without it, and the
 * thread finishes for nothing.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <gtk/gtk.h>
#include <pango/pangocairo.h>
#ifdef __linux__
#include <sys/resource.h>
#endif

#include "pt-example.h"
#include "pt-font-warm-up.h"
#include "pt-scene.h"
#include "pt-widget-fonts.h"

/* What the window's texts are mostly made of, in English and Swedish. */
static const char sample[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ abcdefghijklmnopqrstuvwxyzåäöé 0123456789 "
  ".,:;!?'\"()[]/+-–—·…’“”→×%&";

/* One warm-up, shared by the two threads: either may be the last to let
 * go of it, as the main thread may go on without waiting for the end. */
typedef struct
{
  GAsyncQueue  *requests;        /* one PtWidgetFonts, pushed once */
  gboolean      told;            /* the main thread's: it was pushed */
  char         *kept_path;       /* where the last start's are kept */
  GMutex        lock;
  GCond         done_cond;
  PangoFontMap *loaded;          /* under the lock: set when done */
  guint         n_late;          /* under the lock: fonts loaded once told */
} WarmUp;

static WarmUp *warm_up_run;      /* the main thread's */
static guint   last_n_late;

static WarmUp *
warm_up_new (void)
{
  WarmUp *run = g_atomic_rc_box_new0 (WarmUp);

  run->requests = g_async_queue_new ();
  run->kept_path = g_build_filename (g_get_user_cache_dir (), "power-triangle", "widget-fonts", NULL);
  g_mutex_init (&run->lock);
  g_cond_init (&run->done_cond);
  return run;
}

static void
warm_up_clear (WarmUp *run)
{
  g_async_queue_unref (run->requests);
  g_free (run->kept_path);
  g_mutex_clear (&run->lock);
  g_cond_clear (&run->done_cond);
  g_clear_object (&run->loaded);
}

static void
warm_up_unref (WarmUp *run)
{
  g_atomic_rc_box_release_full (run, (GDestroyNotify) warm_up_clear);
}

static void
load_canvas_fonts (void)
{
  g_autoptr(PtWorkshop) workshop = pt_example_new ();
  g_autoptr(PtScene) scene = pt_scene_new (workshop);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  pt_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
load_widget_fonts (const PtWidgetFonts *request)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *layout;

  pango_cairo_context_set_font_options (context, request->options);
  pango_cairo_context_set_resolution (context, request->resolution);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, sample, -1);
  for (guint i = 0; i < request->fonts->len; i++)
    {
      cairo_surface_t *surface;
      cairo_t *cr;
      int width, height;

      pango_layout_set_font_description (layout, g_ptr_array_index (request->fonts, i));
      pango_layout_get_pixel_size (layout, &width, &height);
      /* Drawn onto a surface it all fits, or cairo skips the glyphs
       * outside and makes no images of them. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_A8, MAX (width, 1), MAX (height, 1));
      cr = cairo_create (surface);
      pango_cairo_show_layout (cr, layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_object_unref (layout);
  g_object_unref (context);
}

static gpointer
warm_up (gpointer data)
{
  WarmUp *run = data;
  g_autoptr(PtWidgetFonts) kept = NULL;
  g_autoptr(PtWidgetFonts) request = NULL;
  g_autoptr(GError) error = NULL;
  guint n_late = 0;

#ifdef __linux__
  /* This thread alone: Linux gives each thread a nice value of its own. */
  setpriority (PRIO_PROCESS, 0, 10);
#endif
  load_canvas_fonts ();
  kept = pt_widget_fonts_read (run->kept_path);
  if (kept != NULL)
    load_widget_fonts (kept);
  request = g_async_queue_pop (run->requests);
  if (request->fonts != NULL && (kept == NULL || !pt_widget_fonts_equal (request, kept)))
    {
      load_widget_fonts (request);
      n_late = request->fonts->len;
      if (!pt_widget_fonts_write (request, run->kept_path, &error))
        g_debug ("The widgets' fonts are not kept for the next start: %s", error->message);
    }

  g_mutex_lock (&run->lock);
  /* The contexts were made on this thread's default map. */
  run->loaded = g_object_ref (pango_cairo_font_map_get_default ());
  run->n_late = n_late;
  g_cond_signal (&run->done_cond);
  g_mutex_unlock (&run->lock);
  warm_up_unref (run);
  return NULL;
}

/* Before GTK starts: the thread begins at once. */
void
pt_font_warm_up_start (void)
{
  g_return_if_fail (warm_up_run == NULL);

  warm_up_run = warm_up_new ();
  g_thread_unref (g_thread_new ("pt-font-warm-up", warm_up, g_atomic_rc_box_acquire (warm_up_run)));
}

/* The Pango context a label of the theme's style class (none: plain) is
 * given: its font, the desktop's font options and resolution. */
static PangoContext *
label_context (const char *css_class)
{
  g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (NULL));

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return gtk_widget_create_pango_context (label);
}

static PangoFontDescription *
font_of (const char *css_class)
{
  PangoContext *context = label_context (css_class);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));

  g_object_unref (context);
  return font;
}

/* The fonts of the first window's text: the desktop's (plain, the plain
 * label's context), the window's title in it bold, and the theme's
 * headings. */
static GPtrArray *
list_widget_fonts (PangoContext *plain)
{
  GPtrArray *fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_font_description_free);
  PangoFontDescription *bold = pango_font_description_copy (pango_context_get_font_description (plain));

  g_ptr_array_add (fonts, pango_font_description_copy (pango_context_get_font_description (plain)));
  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  g_ptr_array_add (fonts, bold);
  g_ptr_array_add (fonts, font_of ("heading"));
  g_ptr_array_add (fonts, font_of ("caption-heading"));
  return fonts;
}

GPtrArray *
pt_font_warm_up_list_widget_fonts (void)
{
  PangoContext *plain = label_context (NULL);
  GPtrArray *fonts = list_widget_fonts (plain);

  g_object_unref (plain);
  return fonts;
}

/* Once GTK has started and the app's style is in place: tells the thread
 * which fonts the widgets will draw with, and how. */
void
pt_font_warm_up_widget_fonts (void)
{
  PangoContext *context;
  const cairo_font_options_t *options;
  PtWidgetFonts *request;

  if (warm_up_run == NULL || warm_up_run->told)
    return;

  request = g_new0 (PtWidgetFonts, 1);
  context = label_context (NULL);
  options = pango_cairo_context_get_font_options (context);
  request->options = options != NULL ? cairo_font_options_copy (options) : NULL;
  request->resolution = pango_cairo_context_get_resolution (context);
  request->fonts = list_widget_fonts (context);
  g_object_unref (context);

  warm_up_run->told = TRUE;
  g_async_queue_push (warm_up_run->requests, request);
}

/* Before the first window is shown: waits for the thread, if it is still at
 * work, at most max_wait, and makes its font map this thread's. */
void
pt_font_warm_up_finish (GTimeSpan max_wait)
{
  g_autoptr(PangoFontMap) font_map = NULL;
  gint64 until = max_wait == G_MAXINT64 ? G_MAXINT64 : g_get_monotonic_time () + max_wait;
  WarmUp *run = g_steal_pointer (&warm_up_run);

  if (run == NULL)
    return;
  /* Not told the widgets' fonts: it has none to load. */
  if (!run->told)
    g_async_queue_push (run->requests, g_new0 (PtWidgetFonts, 1));

  g_mutex_lock (&run->lock);
  while (run->loaded == NULL)
    if (!g_cond_wait_until (&run->done_cond, &run->lock, until))
      break;
  /* Not taken, the map goes with the last of the two to let go. */
  font_map = g_steal_pointer (&run->loaded);
  last_n_late = font_map != NULL ? run->n_late : G_MAXUINT;
  g_mutex_unlock (&run->lock);
  warm_up_unref (run);

  if (font_map == NULL)
    {
      g_debug ("The first window is shown without waiting longer for its fonts");
      return;
    }
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
}

/* For tests: how many of the widgets' fonts the last warm-up taken had to
 * load once told them (none when the last start's were the same), or
 * G_MAXUINT if it was not waited for. */
guint
pt_font_warm_up_count_late_fonts (void)
{
  return last_n_late;
}
