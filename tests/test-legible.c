/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-legible.c — a dense workshop read as a person would read it: 40
 * cards dropped near the middle of their dimensions
 * (tests/workshops/dense-{en,sv}.ptw), drawn as the editing view at
 * 1280×720, the projector's overview and each spotlight at 1280×720, and
 * handout page 1 on A4 (theirs and the examples'), and every card the picture shows
 * read whole by an OCR engine (test-ocr.h), in English and in Swedish.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "pt-board.h"
#include "pt-handout.h"
#include "pt-palette.h"
#include "pt-paper.h"
#include "pt-reader.h"
#include "pt-scene.h"
#include "test-ocr.h"

static const char *names[] = { "dense-en.ptw", "dense-sv.ptw" };
static const char *languages[] = { "eng", "swe" };
static char *tmpdir;

static PtWorkshop *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "tests", "workshops", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PtWorkshop *ws = pt_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return ws;
}

static cairo_t *
white_page (int width,
            int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  return cr;
}

/* Writes the picture, reads it, and fails naming a card not read, if
 * fewer than expected are. */
static void
assert_read (cairo_t    *cr,
             PtWorkshop *ws,
             guint       e,
             const char *view,
             guint       expected)
{
  g_autofree char *png = g_strdup_printf ("%s/%s-%s.png", tmpdir, view, languages[e]);
  g_autoptr(GPtrArray) missed = g_ptr_array_new_with_free_func (g_free);
  guint read;

  cairo_surface_flush (cairo_get_target (cr));
  g_assert_cmpint (cairo_surface_write_to_png (cairo_get_target (cr), png), ==, CAIRO_STATUS_SUCCESS);
  read = test_ocr_count_read (png, ws, languages[e], missed);
  g_test_message ("%s, %s: %u of %u cards read", view, languages[e], read, expected);
  for (guint i = 0; i < missed->len; i++)
    g_test_message ("  not read: %s", (char *) g_ptr_array_index (missed, i));
  /* An OCR engine misses a few cards a reader does not (a two-line card
   * tight under another, a border taken for letters): nine in ten must be
   * read, and the geometry tests in test-render.c check that none is
   * covered or cut. Fewer means cards covered, cut or too small to read. */
  if (read * 10 < expected * 9)
    g_error ("%s: %u cards read of %u, not “%s”", png, read, expected, (char *) g_ptr_array_index (missed, 0));
}

/* The editing view with the side panel hidden: the triangle fitted to a
 * 1280×720 canvas, every card arranged at 11 px or more. */
static void
test_editing_view (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (names); e++)
    {
      g_autoptr(PtWorkshop) ws = load (names[e]);
      g_autoptr(PtScene) scene = pt_scene_new (ws);
      cairo_t *cr = white_page (1280, 720);
      PtRect bounds;
      double scale;

      pt_scene_set_show_tray (scene, FALSE);
      g_assert_true (pt_scene_arrange (scene, 1280, 720, 11, 16, TRUE));
      pt_scene_get_bounds (scene, &bounds);
      scale = MIN (1280 / bounds.width, 720 / bounds.height);
      g_assert_cmpfloat (pt_scene_get_text_scale (scene) * PT_CARD_FONT_SIZE * scale, >=, 11 - 0.01);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -bounds.x, -bounds.y);
      pt_scene_draw (scene, cr);
      assert_read (cr, ws, e, "editing", pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len);
      cairo_destroy (cr);
    }
}

/* The board as the projector shows it at 1280×720 (the band below takes
 * 110 pixels), a scene unit a pixel: every card shown is read, and the
 * note under a column counts the rest. */
static void
draw_board (PtScene             *scene,
            cairo_t             *cr,
            const PtBoardColumn *columns,
            guint                n)
{
  GPtrArray *factors = pt_workshop_get_items (pt_scene_get_workshop (scene), PT_ITEM_KIND_FACTOR);

  pt_board_draw (scene, cr, columns, n);
  for (guint c = 0; c < n; c++)
    for (guint i = 0; i < factors->len; i++)
      {
        PtFactor *f = g_ptr_array_index (factors, i);
        PtRect rect;

        if (pt_factor_get_dimension (f) != columns[c].dimension || pt_scene_is_left_out (scene, f))
          continue;
        pt_scene_get_card_rect (scene, f, &rect);
        cairo_save (cr);
        cairo_translate (cr, rect.x, rect.y);
        pt_scene_draw_card (scene, cr, f, PT_CARD_STATE_NORMAL);
        cairo_restore (cr);
      }
}

static void
test_projector (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (names); e++)
    {
      g_autoptr(PtWorkshop) ws = load (names[e]);
      g_autoptr(PtScene) scene = pt_scene_new (ws);
      guint n = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, left_out = 0;
      PtBoardColumn columns[3];
      double column = (1280 - 4 * 24) / 3.0;
      cairo_t *cr;

      pt_scene_set_palette (scene, &pt_palette_high_contrast);
      for (guint d = 0; d < 3; d++)
        columns[d] = (PtBoardColumn) { PT_DIMENSION_RESOURCES + d, { 24 + d * (column + 24), 12, column, 720 - 110 - 24 },
                                       0, PT_DIMENSION_RESOURCES + d };
      pt_board_fit (scene, columns, 3, 18 / PT_CARD_FONT_SIZE, 36 / PT_CARD_FONT_SIZE);
      g_assert_cmpfloat (pt_scene_get_text_scale (scene) * PT_CARD_FONT_SIZE, >=, 18 - 0.01);
      for (guint d = 0; d < 3; d++)
        left_out += columns[d].left_out;
      cr = white_page (1280, 720);
      draw_board (scene, cr, columns, 3);
      assert_read (cr, ws, e, "overview", n - left_out);
      cairo_destroy (cr);

      /* Each spotlight shows all its dimension's cards, every one read. */
      for (guint d = 0; d < 3; d++)
        {
          PtBoardColumn one = { PT_DIMENSION_RESOURCES + d, { 24, 12, 1280 - 48, 720 - 110 - 24 }, 0, 0 };
          g_autofree char *view = g_strdup_printf ("spotlight-%u", d + 1);
          guint mine = 0;

          /* Twelve of these cards hold 28 px (test-render.c); fourteen
           * are shown smaller, but all of them. */
          pt_board_fit_spotlight (scene, &one, 1 / PT_CARD_FONT_SIZE);
          g_assert_cmpuint (one.left_out, ==, 0);
          g_assert_cmpfloat (pt_scene_get_text_scale (scene) * PT_CARD_FONT_SIZE, >=, 18 - 0.01);
          g_test_message ("spotlight %u: %.1f px", d + 1, pt_scene_get_text_scale (scene) * PT_CARD_FONT_SIZE);
          for (guint i = 0; i < n; i++)
            mine += pt_factor_get_dimension (g_ptr_array_index (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR), i)) ==
                    one.dimension;
          cr = white_page (1280, 720);
          draw_board (scene, cr, &one, 1);
          assert_read (cr, ws, e, view, mine);
          cairo_destroy (cr);
        }
    }
}

/* Handout page 1 on A4 at 200 dots per inch (a page is read closer than
 * a screen): every card whole at 8 pt or more, none covered, read — for
 * the examples' sixteen cards and the dense workshops' thirty-five. */
static void
test_handout_page (void)
{
  static const char *examples[] = { "data/examples/lindgarden-en.ptw", "data/examples/lindgarden-sv.ptw",
                                    "tests/workshops/dense-en.ptw", "tests/workshops/dense-sv.ptw" };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, examples[e], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtWorkshop) ws = pt_reader_load_file (file, NULL, &error);
      g_autoptr(PtHandout) handout = NULL;
      g_autofree char *view = g_strdup_printf ("handout-page1-%s", e < 2 ? "example" : "dense");
      PtPaper paper;
      cairo_t *cr;
      double scale = 200 / 72.0;

      g_assert_no_error (error);
      g_assert_true (pt_paper_from_name ("a4", &paper));
      handout = pt_handout_new (ws, PT_HANDOUT_DEFAULT_PARTS, FALSE, paper.width, paper.height);
      cr = white_page ((int) ceil (paper.width * scale), (int) ceil (paper.height * scale));
      cairo_scale (cr, scale, scale);
      pt_handout_draw_page (handout, cr, 0);
      assert_read (cr, ws, e % 2, view, pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len);
      cairo_destroy (cr);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("pt-test-legible-XXXXXX", NULL);
  g_test_add_func ("/legible/editing-view", test_editing_view);
  g_test_add_func ("/legible/projector", test_projector);
  g_test_add_func ("/legible/handout-page", test_handout_page);
  status = g_test_run ();
  /* The pictures stay when a test failed, to be looked at. */
  if (status == 0)
    {
      const char *rm[] = { "rm", "-rf", tmpdir, NULL };

      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
  g_free (tmpdir);
  return status;
}
