/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-warm-up.c — the first window's fonts and workshop, loaded on a second
 * thread while GTK starts and the window is built.
 *
 * GTK spends most of the app's start-up on the main thread connecting to
 * the display, reading its theme and building the window, while a second
 * core has little to do. The first frame then loads each typeface and size
 * it shows: fontconfig's substitutions and sorting, the font files, each
 * glyph's metrics and image (with hinting, FreeType runs a font's program
 * again each time a size is switched to); and it lays out and draws the
 * triangle and every card. So meanwhile a thread does that work, into a
 * Pango font map of its own, which then becomes the main thread's:
 *
 * - at once, the workshop named on the command line: the thread reads it
 *   and draws it the way the canvas will, which loads the canvas's fonts.
 *   The canvas's text is drawn with fixed font options (pt-pango.c), so
 *   nothing about the desktop is needed for it. At the view the last
 *   start's first frame had (pt-kept-view.c), the thread draws the triangle
 *   and the cards' pictures, which that frame then only copies; the window
 *   takes the workshop and its scene. Without a workshop to open, the
 *   thread draws the example's instead, for the fonts;
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
 * this one, and the workshop and scene laid out with it, only once the
 * thread is done with them, before the first window opens its workshop.
 * What the main thread makes before that binds to its own default map and
 * is pointed at this one when its style is first computed; a scene made on
 * the main thread makes its Pango context when it first lays out text.
 *
 * The thread runs at a lower priority: on two cores the main thread, the X
 * server and GTK's icon theme loader already compete, and the main thread's
 * own work comes first. So the main thread waits for it only a little: on a
 * machine busy with other work the window reads its workshop itself, and
 * the thread finishes for nothing.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <gtk/gtk.h>
#include <pango/pangocairo.h>
#ifdef __linux__
#include <sys/resource.h>
#endif

#include "pt-example.h"
#include "pt-kept-view.h"
#include "pt-reader.h"
#include "pt-scene.h"
#include "pt-start-cache.h"
#include "pt-warm-up.h"
#include "pt-widget-fonts.h"

/* A workshop larger than this is read when its window opens, as the thread
 * would still be at it: 1,000 factors with their links are about 600 KB. */
#define MAX_DOCUMENT_SIZE (1024 * 1024)
/* Cards whose pictures are drawn ahead, at most: a screen shows fewer. */
#define MAX_PREPARED_CARDS 300

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
  char         *view_path;       /* where the canvas's first view is kept */
  GFile        *file;            /* the first window's workshop, or NULL */
  GMutex        lock;
  GCond         done_cond;
  PangoFontMap *loaded;          /* under the lock: set when done */
  guint         n_late;          /* under the lock: fonts loaded once told */
  /* The thread's until done, then whoever takes them: */
  PtWorkshop   *workshop;        /* read from file */
  char         *etag;
  PtScene      *scene;           /* drawing it, ahead at the kept view */
  PtKeptView    view;
  gboolean      has_view;
} WarmUp;

static WarmUp *warm_up_run;      /* the main thread's */
static guint   last_n_late;

/* What the main thread took over from the thread when it was done. */
static struct
{
  GFile      *file;
  PtWorkshop *workshop;
  char       *etag;
  PtScene    *scene;
  PtKeptView  view;
  gboolean    has_view;
  gboolean    view_told;
} ready;

static WarmUp *
warm_up_new (void)
{
  WarmUp *run = g_atomic_rc_box_new0 (WarmUp);

  run->requests = g_async_queue_new ();
  run->kept_path = pt_start_cache_path ("widget-fonts");
  run->view_path = pt_start_cache_path ("canvas-view");
  g_mutex_init (&run->lock);
  g_cond_init (&run->done_cond);
  return run;
}

static void
warm_up_clear (WarmUp *run)
{
  g_async_queue_unref (run->requests);
  g_free (run->kept_path);
  g_free (run->view_path);
  g_clear_object (&run->file);
  g_clear_object (&run->workshop);
  g_free (run->etag);
  g_clear_object (&run->scene);
  g_mutex_clear (&run->lock);
  g_cond_clear (&run->done_cond);
  g_clear_object (&run->loaded);
}

static void
warm_up_unref (WarmUp *run)
{
  g_atomic_rc_box_release_full (run, (GDestroyNotify) warm_up_clear);
}

/* Draws the scene once, into nothing: its cards are laid out and the
 * fonts they draw with loaded. */
static void
draw_scene (PtScene *scene)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  pt_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The workshop the first window opens, read and drawn the way its canvas
 * will: at the view the last start's first frame had, if one is kept (see
 * pt-kept-view.c), else only laid out. FALSE if it is not read here; the
 * window reads it then, and says why it cannot. */
static gboolean
prepare_document (WarmUp *run)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  /* Only a plain local file is read here: a remote one, or a device, may
   * keep the thread long after the window gave up waiting for it. */
  if (!g_file_is_native (run->file))
    return FALSE;
  info = g_file_query_info (run->file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) > MAX_DOCUMENT_SIZE)
    return FALSE;
  run->workshop = pt_reader_load_file (run->file, &run->etag, &error);
  if (run->workshop == NULL)
    return FALSE;
  run->scene = pt_scene_new (run->workshop);
  run->has_view = pt_kept_view_read (run->view_path, &run->view);
  if (!run->has_view)
    {
      draw_scene (run->scene);
      return TRUE;
    }
  if (run->view.high_contrast)
    pt_scene_set_palette (run->scene, &pt_palette_high_contrast);
  /* GTK's drawing nodes are recordings at one device pixel a unit, played
   * back at the screen's scale. */
  pt_scene_set_recording_scale (run->scene, run->view.view.device_scale);
  pt_scene_prepare_pictures (run->scene, &run->view.view, MAX_PREPARED_CARDS);
  return TRUE;
}

/* Without a workshop to open: the example's, which a new window's is like. */
static void
load_canvas_fonts (void)
{
  g_autoptr(PtWorkshop) workshop = pt_example_new ();
  g_autoptr(PtScene) scene = pt_scene_new (workshop);

  draw_scene (scene);
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
  if (run->file == NULL || !prepare_document (run))
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

/* Before GTK starts: the thread begins at once, with the workshop the
 * first window will open (file; NULL for none). */
void
pt_warm_up_start (GFile *file)
{
  g_return_if_fail (warm_up_run == NULL);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  /* A new start: what the last left over is not this one's. */
  g_clear_object (&ready.file);
  g_clear_object (&ready.workshop);
  g_clear_pointer (&ready.etag, g_free);
  g_clear_object (&ready.scene);
  ready.has_view = ready.view_told = FALSE;
  warm_up_run = warm_up_new ();
  if (file != NULL)
    warm_up_run->file = g_file_dup (file);
  g_thread_unref (g_thread_new ("pt-warm-up", warm_up, g_atomic_rc_box_acquire (warm_up_run)));
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
pt_warm_up_list_widget_fonts (void)
{
  PangoContext *plain = label_context (NULL);
  GPtrArray *fonts = list_widget_fonts (plain);

  g_object_unref (plain);
  return fonts;
}

/* Once GTK has started and the app's style is in place: tells the thread
 * which fonts the widgets will draw with, and how. */
void
pt_warm_up_widget_fonts (void)
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
pt_warm_up_finish (GTimeSpan max_wait)
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
  if (font_map != NULL)
    {
      /* Done: the thread has let go of all of it. */
      g_set_object (&ready.file, run->file);
      ready.workshop = g_steal_pointer (&run->workshop);
      ready.etag = g_steal_pointer (&run->etag);
      ready.scene = g_steal_pointer (&run->scene);
      ready.view = run->view;
      ready.has_view = run->has_view;
    }
  g_mutex_unlock (&run->lock);
  warm_up_unref (run);

  if (font_map == NULL)
    {
      g_debug ("The first window is shown without waiting longer for its fonts");
      return;
    }
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
}

/* Once the thread is done (pt_warm_up_finish ()): the workshop it has
 * read, if it is file's, with the etag it had; NULL if it is not. Either
 * way it is taken: a window opens it once. */
PtWorkshop *
pt_warm_up_take_workshop (GFile  *file,
                               char  **etag)
{
  g_autoptr(PtWorkshop) workshop = g_steal_pointer (&ready.workshop);
  g_autofree char *its_etag = g_steal_pointer (&ready.etag);

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (etag != NULL && *etag == NULL, NULL);

  if (workshop == NULL || ready.file == NULL || !g_file_equal (file, ready.file))
    {
      /* Its scene draws what will not be shown. */
      g_clear_object (&ready.scene);
      return NULL;
    }
  *etag = g_steal_pointer (&its_etag);
  return g_steal_pointer (&workshop);
}

/* The scene the thread drew workshop with, taken; NULL if it drew none.
 * (A new window's empty workshop is set before the one it opens.) */
PtScene *
pt_warm_up_take_scene (PtWorkshop *workshop)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);

  if (ready.scene == NULL || pt_scene_get_workshop (ready.scene) != workshop)
    return NULL;
  return g_steal_pointer (&ready.scene);
}

/* After the first window's first frame: keeps the view its canvas drew the
 * triangle at (scene's), and in which colours, for the next start to draw
 * ahead at, unless it is the one kept already. Once a run. */
void
pt_warm_up_keep_view (PtScene *scene)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PtKeptView seen = { 0 };

  g_return_if_fail (PT_IS_SCENE (scene));

  if (ready.view_told || !pt_scene_get_base_view (scene, &seen.view))
    return;
  ready.view_told = TRUE;
  seen.high_contrast = pt_scene_get_palette (scene) == &pt_palette_high_contrast;
  path = pt_start_cache_path ("canvas-view");
  /* Not known if the thread was not waited for. */
  if (!ready.has_view)
    ready.has_view = pt_kept_view_read (path, &ready.view);
  if (ready.has_view && pt_kept_view_equal (&seen, &ready.view))
    return;
  if (!pt_kept_view_write (&seen, path, &error))
    g_debug ("The canvas's view is not kept for the next start: %s", error->message);
  ready.view = seen;
  ready.has_view = TRUE;
}

/* For tests: how many of the widgets' fonts the last warm-up taken had to
 * load once told them (none when the last start's were the same), or
 * G_MAXUINT if it was not waited for. */
guint
pt_warm_up_count_late_fonts (void)
{
  return last_n_late;
}
