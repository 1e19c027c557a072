/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export.c — handouts and pictures, without a display: PDF pages and
 * their text, SVG and PNG, and a page compared with a reviewed reference.
 *
 * The reference image is tests/reference/handout-en-page1.png; after an
 * intended change in drawing, look at the new one and replace it with
 * PT_UPDATE_REFERENCE=1 meson test -C build export.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <math.h>
#include <string.h>

#include "pt-export.h"
#include "pt-geometry.h"
#include "pt-privacy.h"
#include "pt-reader.h"
#include "test-ocr.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static char *tmpdir;

/* A workshop of the source tree: folder is "data/examples" or
 * "tests/workshops". */
static PtWorkshop *
load_from (const char *folder,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PtWorkshop *ws = pt_reader_load_file (file, NULL, NULL);

  g_assert_nonnull (ws);
  return ws;
}

static PtWorkshop *
load_example (const char *name)
{
  return load_from ("data/examples", name);
}

/* Runs a tool and returns what it printed; the test fails if it fails. */
static char *
run (const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

/* Text with every run of white space made one space: PDF text keeps the
 * layout's line breaks. */
static char *
flatten (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\r\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
export (PtWorkshop            *ws,
        const PtExportOptions *options,
        const char            *name)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_export_to_file (ws, options, file, &error));
  g_assert_no_error (error);
  return path;
}

static void
assert_pdf (const char *path,
            guint       pages,
            const char *size)
{
  g_autofree char *info = run ("pdfinfo", path, NULL);
  const char *line = strstr (info, "Pages:");
  guint64 found = line != NULL ? g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10) : 0;

  if (found != pages || strstr (info, size) == NULL)
    g_error ("%s: expected %u pages of %s, pdfinfo says:\n%s", path, pages, size, info);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *text = run ("pdftotext", "-enc", "UTF-8", path, "-", NULL);

  return flatten (text);
}

/* ------------------------------------------------------------------------ */
/* PDF                                                                      */
/* ------------------------------------------------------------------------ */

/* The example's handout: the triangle, then its factors, links, actions
 * and journal: three pages on A4 and on Letter, either way round. The
 * counts are written here (checked by eye), not asked of the code that
 * paginates. */
static void
test_pdf_pages_and_sizes (void)
{
  const struct { const char *paper; gboolean landscape; const char *size; guint pages; } cases[] = {
    { "a4", FALSE, "595.276 x 841.89 pts (A4)", 3 },
    { "a4", TRUE, "841.89 x 595.276 pts (A4)", 3 },
    { "letter", FALSE, "612 x 792 pts (letter)", 3 },
    { "letter", TRUE, "792 x 612 pts (letter)", 3 },
  };
  g_autoptr(PtWorkshop) ws = load_example ("lindgarden-en.ptw");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PtExportOptions options;
      g_autofree char *name = g_strdup_printf ("pages-%u.pdf", i);
      g_autofree char *path = NULL;

      pt_export_options_init (&options, PT_EXPORT_PDF);
      g_assert_true (pt_paper_from_name (cases[i].paper, &options.paper));
      pt_paper_set_landscape (&options.paper, cases[i].landscape);
      path = export (ws, &options, name);
      assert_pdf (path, cases[i].pages, cases[i].size);
    }
}

/* Every factor's text is on paper, with the dimensions' names in the
 * workshop's language, and page numbers that add up. */
static void
test_pdf_text (void)
{
  const char *examples[] = { "lindgarden-en.ptw", "lindgarden-sv.ptw" };
  const char *resources[] = { "Resources", "Resurser" };
  const char *contexts[] = { "Contexts", "Kontexter" };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(PtWorkshop) ws = load_example (examples[e]);
      GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
      PtExportOptions options;
      g_autofree char *name = g_strdup_printf ("text-%u.pdf", e);
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;

      pt_export_options_init (&options, PT_EXPORT_PDF);
      options.parts |= PT_HANDOUT_REFLECTION;
      path = export (ws, &options, name);
      text = pdf_text (path);

      for (guint i = 0; i < factors->len; i++)
        {
          g_autofree char *wanted = flatten (pt_factor_get_text (g_ptr_array_index (factors, i)));

          if (strstr (text, wanted) == NULL)
            g_error ("“%s” is not in %s", wanted, path);
        }
      g_assert_nonnull (strstr (text, resources[e]));
      g_assert_nonnull (strstr (text, contexts[e]));
      g_assert_nonnull (strstr (text, pt_workshop_get_focus_question (ws)));
      /* The reflection sheet asks the cycle's questions. */
      g_assert_nonnull (strstr (text, "Reaction"));
      g_assert_nonnull (strstr (text, "Page 1 of "));
    }
}

static void
test_pdf_private_factors (void)
{
  g_autoptr(PtWorkshop) ws = load_example ("lindgarden-en.ptw");
  PtFactor *factor = pt_workshop_lookup_factor (ws, "f3");
  PtExportOptions options;
  g_autofree char *closed = NULL, *open = NULL;
  g_autofree char *closed_text = NULL, *open_text = NULL;
  g_autofree char *closed_flat = NULL, *open_flat = NULL;

  g_object_set (factor, "private", TRUE, "notes", "Only for the facilitator: ask Erik first", NULL);
  pt_export_options_init (&options, PT_EXPORT_PDF);
  /* The journal is printed: the example's note from Reaction is there. */
  open = export (ws, &options, "journal.pdf");
  open_text = pdf_text (open);
  g_assert_nonnull (strstr (open_text, "Round 1 · Reaction"));
  g_assert_nonnull (strstr (open_text, "The room agreed quickly"));
  g_clear_pointer (&open, g_free);
  g_clear_pointer (&open_text, g_free);

  g_object_set (pt_workshop_lookup (ws, "j1"), "private", TRUE, NULL);
  closed = export (ws, &options, "private-closed.pdf");
  options.include_private = TRUE;
  open = export (ws, &options, "private-open.pdf");

  closed_text = pdf_text (closed);
  open_text = pdf_text (open);
  /* A private factor stays off paper, on the triangle and in the lists,
   * unless private things are asked for. */
  g_assert_null (strstr (closed_text, "ask Erik first"));
  closed_flat = flatten (closed_text);
  open_flat = flatten (open_text);
  g_assert_null (strstr (closed_flat, "Relatives speak for those who cannot"));
  g_assert_nonnull (strstr (open_text, "ask Erik first"));
  g_assert_nonnull (strstr (open_flat, "Relatives speak for those who cannot"));
  /* A private journal note likewise, and when printed it is marked
   * private, as on screen. */
  g_assert_null (strstr (closed_text, "The room agreed quickly"));
  g_assert_nonnull (strstr (open_text, "The room agreed quickly"));
  g_assert_nonnull (strstr (open_flat, "Round 1 · Reaction (private)"));
  /* Notes that are not private are printed either way. */
  g_assert_nonnull (strstr (closed_text, "tire the residents out"));
}

/* The journal printed on its own: its notes, and nothing else of the
 * handout, no triangle page. */
static void
test_pdf_journal_alone (void)
{
  g_autoptr(PtWorkshop) ws = load_example ("lindgarden-en.ptw");
  PtExportOptions options;
  g_autofree char *path = NULL, *text = NULL;

  pt_export_options_init (&options, PT_EXPORT_PDF);
  options.parts = PT_HANDOUT_JOURNAL;
  path = export (ws, &options, "journal-alone.pdf");
  assert_pdf (path, 1, "A4");
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Journal"));
  g_assert_nonnull (strstr (text, "The room agreed quickly"));
  g_assert_null (strstr (text, "Factors"));
  g_assert_null (strstr (text, "Focus question"));
  g_assert_null (strstr (text, "round by round"));
}

/* The example with a factor, a link and an action in which only private
 * things are named ("xylophone"), and an action that names it among
 * public ones; or, with_private FALSE, the same made by hand without them. */
static PtWorkshop *
with_private_things (gboolean with_private)
{
  PtWorkshop *ws = load_example ("lindgarden-en.ptw");
  const char *mixed_ids[] = { "x-secret", "f1", NULL };
  const char *public_ids[] = { "f1", NULL };
  const char *secret_ids[] = { "x-secret", NULL };

  if (with_private)
    {
      g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", "x-secret", "text", "Xylophone lessons at night",
                                               "dimension", PT_DIMENSION_CONTEXTS, "polarity", PT_POLARITY_BARRIER,
                                               "private", TRUE, "notes", "xylophone notes", NULL);
      g_autoptr(PtItem) link = g_object_new (PT_TYPE_LINK, "id", "x-link", "from", "x-secret", "to", "f1",
                                             "kind", PT_LINK_KIND_HINDERS, "label", "through the xylophone", NULL);
      g_autoptr(PtItem) secret = g_object_new (PT_TYPE_ACTION, "id", "x-action", "text", "Tune the xylophone",
                                               "factors", secret_ids, NULL);

      /* Raised by someone whose only factor it is: a voice. */
      g_autoptr(PtItem) voice = g_object_new (PT_TYPE_PARTICIPANT, "id", "x-voice", "name", "Xavier Xylophone",
                                              "perspective", PT_PERSPECTIVE_RELATIVE, NULL);

      g_assert_true (pt_workshop_add (ws, voice));
      g_assert_true (pt_workshop_add (ws, factor));
      pt_workshop_set (ws, factor, "raised-by", "x-voice", NULL);
      g_assert_true (pt_workshop_add (ws, link));
      g_assert_true (pt_workshop_add (ws, secret));
    }
  {
    g_autoptr(PtItem) mixed = g_object_new (PT_TYPE_ACTION, "id", "x-mixed", "text", "Shorter meetings",
                                            "factors", with_private ? mixed_ids : public_ids, NULL);

    g_assert_true (pt_workshop_add (ws, mixed));
  }
  /* A round closed with it, so the next one compares with it. */
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_ACTION, NULL);
  g_assert_nonnull (pt_workshop_close_round (ws, "2021-03-16T16:00:00+01:00"));
  return ws;
}

static GBytes *
export_bytes (PtWorkshop    *ws,
              PtExportFormat format,
              gboolean       include_private)
{
  PtExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  pt_export_options_init (&options, format);
  options.include_private = include_private;
  options.png_width = 900;
  bytes = pt_export_to_bytes (ws, &options, &error);
  g_assert_no_error (error);
  if (format == PT_EXPORT_SVG)
    {
      /* cairo numbers its surfaces across the process. */
      g_autoptr(GRegex) numbered = g_regex_new ("surface[0-9]+", 0, 0, NULL);
      char *svg = g_regex_replace_literal (numbered, g_bytes_get_data (bytes, NULL),
                                           (gssize) g_bytes_get_size (bytes), 0, "surface", 0, NULL);
      gsize length = strlen (svg);

      g_bytes_unref (bytes);
      bytes = g_bytes_new_take (svg, length);
    }
  return bytes;
}

/* Nothing private reaches paper or a picture unless asked for: not the
 * factor, its notes, its link, an action about it alone, nor its name in
 * an action about others too. The pictures are the very pictures of the
 * workshop without those things. */
static void
test_private_everywhere (void)
{
  g_autoptr(PtWorkshop) ws = with_private_things (TRUE);
  g_autoptr(PtWorkshop) without = with_private_things (FALSE);
  PtExportOptions options;
  g_autofree char *closed = NULL, *open = NULL;
  g_autofree char *closed_text = NULL, *open_text = NULL;
  const PtExportFormat pictures[] = { PT_EXPORT_SVG, PT_EXPORT_PNG };

  pt_export_options_init (&options, PT_EXPORT_PDF);
  closed = export (ws, &options, "xylophone-closed.pdf");
  options.include_private = TRUE;
  open = export (ws, &options, "xylophone-open.pdf");
  {
    g_autofree char *closed_raw = pdf_text (closed);
    g_autofree char *open_raw = pdf_text (open);

    closed_text = g_utf8_strdown (closed_raw, -1);
    open_text = g_utf8_strdown (open_raw, -1);
  }

  if (strstr (closed_text, "xylophone") != NULL)
    g_error ("a private thing is printed: …%.80s", strstr (closed_text, "xylophone") - 40);
  g_assert_nonnull (strstr (closed_text, "shorter meetings"));
  g_assert_nonnull (strstr (closed_text, "factors: residents have little energy for meetings"));
  /* A round is closed: the factors are followed by the balance across
   * the rounds (the example alone, with none closed, has no chart). */
  g_assert_nonnull (strstr (closed_text, "barriers and enablers, round by round"));
  /* Asked for, all of it is there: the search above could find it. */
  g_assert_nonnull (strstr (open_text, "xylophone lessons at night"));
  g_assert_nonnull (strstr (open_text, "tune the xylophone"));
  g_assert_nonnull (strstr (open_text, "through the xylophone"));
  g_assert_nonnull (strstr (open_text, "xylophone notes"));
  g_assert_nonnull (strstr (open_text, "raised by xavier xylophone"));

  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_autoptr(GBytes) shown = export_bytes (ws, pictures[i], FALSE);
      g_autoptr(GBytes) by_hand = export_bytes (without, pictures[i], FALSE);
      g_autoptr(GBytes) asked = export_bytes (ws, pictures[i], TRUE);

      g_assert_true (g_bytes_equal (shown, by_hand));
      g_assert_false (g_bytes_equal (asked, by_hand));
    }

  /* The closed round keeps its actions: without the private one there,
   * and the mixed one naming only its public factor. */
  {
    g_autoptr(PtWorkshop) room = pt_privacy_public_copy (ws);
    GPtrArray *kept = pt_snapshot_get_actions (pt_workshop_get_snapshot (room, 1));
    GPtrArray *all = pt_snapshot_get_actions (pt_workshop_get_snapshot (ws, 1));

    g_assert_cmpuint (all->len, ==, kept->len + 1);
    for (guint i = 0; i < kept->len; i++)
      {
        PtAction *action = g_ptr_array_index (kept, i);

        g_assert_cmpstr (pt_item_get_id (PT_ITEM (action)), !=, "x-action");
        g_assert_false (g_strv_contains (pt_action_get_factors (action), "x-secret"));
      }
  }
}

/* The words of a PDF page with their heights, from pdftotext's boxes:
 * "height word" a line each. */
static char *
page_boxes (const char *path,
            guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  return run ("pdftotext", "-f", number, "-l", number, "-bbox", path, "-", NULL);
}

/* The smallest height of a word on a page, in points. */
static double
smallest_word (const char *path,
               guint       page)
{
  g_autofree char *boxes = page_boxes (path, page);
  g_autoptr(GRegex) word = g_regex_new ("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)<", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  double smallest = G_MAXDOUBLE;

  g_regex_match (word, boxes, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y0 = g_match_info_fetch (match, 1);
      g_autofree char *y1 = g_match_info_fetch (match, 2);

      smallest = MIN (smallest, g_ascii_strtod (y1, NULL) - g_ascii_strtod (y0, NULL));
      g_match_info_next (match, NULL);
    }
  return smallest;
}

/* How tall pdftotext finds a word set at size points in the handout's
 * typeface: drawn here, with Pango, not by the code under test. */
static double
word_height_at (double size)
{
  g_autofree char *path = g_build_filename (tmpdir, "calibration.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 200, 100);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  double height;

  /* Points, as on paper: 72 to the inch. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Calibration", -1);
  cairo_move_to (cr, 10, 10);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  height = smallest_word (path, 1);
  g_unlink (path);
  return height;
}

/* A workshop as a group makes it, and longer: forty factors of twenty
 * words, all in Resources, to fill pages. */
static PtWorkshop *
crowded_workshop (void)
{
  PtWorkshop *ws = pt_workshop_new ();

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("f%u", i + 1);
      g_autofree char *text = g_strdup_printf ("Factor %u: the staff say there is no time for this, and the "
                                               "residents say nobody asks them what they want", i + 1);
      g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                               "dimension", PT_DIMENSION_RESOURCES + i % 3,
                                               "polarity", i % 2 ? PT_POLARITY_ENABLER : PT_POLARITY_BARRIER,
                                               "x", 0.3 + 0.01 * (i % 7), "y", 0.5,
                                               "notes", "Notes, which go on for a line or two on paper.", NULL);

      g_assert_true (pt_workshop_add (ws, factor));
    }
  return ws;
}

/* Paper's promises, checked in the PDF: no text on the triangle's page
 * under 8 points, and no factor's row cut in two by a page break. */
static void
test_handout_promises (void)
{
  g_autoptr(PtWorkshop) ws = crowded_workshop ();
  PtExportOptions options;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
  double eight = word_height_at (8.0);
  guint pages;

  pt_export_options_init (&options, PT_EXPORT_PDF);
  path = export (ws, &options, "crowded.pdf");
  info = run ("pdfinfo", path, NULL);
  pages = (guint) g_ascii_strtoull (strstr (info, "Pages:") + strlen ("Pages:"), NULL, 10);
  /* The list runs over more than one page: some rows meet a break. */
  g_assert_cmpuint (pages, >=, 3);

  /* A whisker under: PDF coordinates are rounded. */
  g_assert_cmpfloat (smallest_word (path, 1), >=, eight * 0.98);

  for (guint i = 0; i < factors->len; i++)
    {
      g_autofree char *wanted = flatten (pt_factor_get_text (g_ptr_array_index (factors, i)));
      guint whole_on = 0;

      for (guint p = 2; p <= pages; p++)
        {
          g_autofree char *number = g_strdup_printf ("%u", p);
          g_autofree char *raw = run ("pdftotext", "-f", number, "-l", number, path, "-", NULL);
          g_autofree char *page = flatten (raw);

          if (strstr (page, wanted) != NULL)
            whole_on++;
        }
      if (whole_on != 1)
        g_error ("“%s” is whole on %u of the list's pages, not one", wanted, whole_on);
    }
}

/* Text flattened and without hyphens: pdftotext joins a word broken
 * after its hyphen at a line's end without one ("coproduction"). */
static char *
unhyphenated (const char *text)
{
  g_autofree char *flat = flatten (text);
  GString *out = g_string_new (NULL);

  for (const char *c = flat; *c != '\0'; c++)
    if (*c != '-')
      g_string_append_c (out, *c);
  return g_string_free (out, FALSE);
}

static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *raw = run ("pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL);

  return unhyphenated (raw);
}

/* Page one holds a workshop as a group makes one, forty cards, each with
 * its text whole at 8 pt or more, on A4 and on Letter; beyond what it can
 * hold at 8 pt (a hundred and twenty cards), each card is a number, and
 * the list on the next pages says what each number stands for. */
static void
test_handout_page_one (void)
{
  const char *dense[] = { "dense-en.ptw", "dense-sv.ptw" };
  const char *papers[] = { "a4", "letter" };
  double eight = word_height_at (8.0);

  for (guint d = 0; d < G_N_ELEMENTS (dense); d++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autoptr(PtWorkshop) ws = load_from ("tests/workshops", dense[d]);
        GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
        g_autofree char *name = g_strdup_printf ("dense-%u-%s.pdf", d, papers[p]);
        g_autofree char *path = NULL;
        g_autofree char *page = NULL;
        PtExportOptions options;

        g_assert_cmpuint (factors->len, ==, 40);
        pt_export_options_init (&options, PT_EXPORT_PDF);
        g_assert_true (pt_paper_from_name (papers[p], &options.paper));
        path = export (ws, &options, name);
        page = page_text (path, 1);
        for (guint i = 0; i < factors->len; i++)
          {
            g_autofree char *wanted = unhyphenated (pt_factor_get_text (g_ptr_array_index (factors, i)));

            if (strstr (page, wanted) == NULL)
              g_error ("%s on %s: “%s” is not on page 1:\n%s", dense[d], papers[p], wanted, page);
          }
        g_assert_cmpfloat (smallest_word (path, 1), >=, eight * 0.98);
      }

  {
    g_autoptr(PtWorkshop) ws = pt_workshop_new ();
    GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
    g_autofree char *path = NULL;
    g_autofree char *first = NULL, *second = NULL;
    g_autofree char *wanted = NULL;
    PtExportOptions options;

    for (guint i = 0; i < 120; i++)
      {
        g_autofree char *id = g_strdup_printf ("f%u", i + 1);
        g_autofree char *text = g_strdup_printf ("Factor %u, which the group put into words at length", i + 1);
        g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                                 "dimension", PT_DIMENSION_RESOURCES + i % 3,
                                                 "polarity", PT_POLARITY_BARRIER, "x", 0.5, "y", 0.5, NULL);

        g_assert_true (pt_workshop_add (ws, factor));
      }
    pt_export_options_init (&options, PT_EXPORT_PDF);
    path = export (ws, &options, "numbered.pdf");
    {
      g_autofree char *text = page_text (path, 1);

      /* Spaces round it, so that each number is found as a word. */
      first = g_strdup_printf (" %s ", text);
    }
    second = page_text (path, 2);
    g_assert_null (strstr (first, "which the group"));
    /* Every number on page one, as a word of its own. */
    for (guint i = 1; i <= factors->len; i++)
      {
        g_autofree char *number = g_strdup_printf (" %u ", i);

        if (strstr (first, number) == NULL)
          g_error ("card %u has no number on page 1:\n%s", i, first);
      }
    g_assert_cmpfloat (smallest_word (path, 1), >=, eight * 0.98);
    /* Resources' first barrier is number 1 in the list. */
    wanted = g_strdup_printf ("1. %s", pt_factor_get_text (g_ptr_array_index (factors, 0)));
    if (strstr (second, wanted) == NULL)
      g_error ("“%s” is not in the list:\n%s", wanted, second);

    /* Six hundred: too many even for numbers. Page one shows the
     * triangle and says where they are, and no heap of numbers. */
    for (guint i = 120; i < 600; i++)
      {
        g_autofree char *id = g_strdup_printf ("f%u", i + 1);
        g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", "More of the same",
                                                 "dimension", PT_DIMENSION_RESOURCES + i % 3,
                                                 "polarity", PT_POLARITY_BARRIER, "x", 0.5, "y", 0.5, NULL);

        g_assert_true (pt_workshop_add (ws, factor));
      }
    g_clear_pointer (&path, g_free);
    g_clear_pointer (&first, g_free);
    path = export (ws, &options, "left-off.pdf");
    first = page_text (path, 1);
    g_assert_null (strstr (first, " 437 "));
    g_assert_nonnull (strstr (first, "listed on the pages that follow"));
  }
}

/* ------------------------------------------------------------------------ */
/* SVG and PNG                                                              */
/* ------------------------------------------------------------------------ */

/* The triangle as an SVG: well-formed, drawn by another renderer
 * (librsvg) at three times its size, and every factor of the example read there
 * by an OCR engine, in English and in Swedish. cairo writes text as
 * glyph outlines, so reading the picture is how to find the text. */
static void
test_svg (void)
{
  const char *examples[] = { "lindgarden-en.ptw", "lindgarden-sv.ptw" };
  const char *languages[] = { "eng", "swe" };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(PtWorkshop) ws = load_example (examples[e]);
      g_autoptr(GPtrArray) missed = g_ptr_array_new_with_free_func (g_free);
      PtExportOptions options;
      g_autofree char *name = g_strdup_printf ("picture-%u.svg", e);
      g_autofree char *path = NULL;
      g_autofree char *png = g_strdup_printf ("%s/picture-%u-svg.png", tmpdir, e);
      g_autofree char *lint = NULL, *render = NULL;
      cairo_surface_t *surface;
      PtRect bounds;
      guint read;

      pt_export_options_init (&options, PT_EXPORT_SVG);
      path = export (ws, &options, name);
      lint = run (g_getenv ("XMLLINT") != NULL ? g_getenv ("XMLLINT") : "xmllint", "--noout", path, NULL);
      render = run ("rsvg-convert", "--zoom", "3", "-o", png, path, NULL);
      surface = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      /* Drawn at 0.75 points a scene unit; librsvg takes 96 pixels to the
       * inch, and zooms three times. */
      pt_geometry_scene_bounds (&bounds);
      g_assert_cmpint (abs (cairo_image_surface_get_width (surface) - (int) lround (bounds.width * 0.75 * 96 / 72 * 3)),
                       <=, 2);
      cairo_surface_destroy (surface);

      read = test_ocr_count_read (png, ws, languages[e], missed);
      if (read < pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len)
        g_error ("%s: %u factors read, not “%s”", png, read, (char *) g_ptr_array_index (missed, 0));
    }
}

static void
test_png_sizes (void)
{
  g_autoptr(PtWorkshop) ws = load_example ("lindgarden-sv.ptw");
  PtExportOptions options;
  g_autofree char *standard = NULL, *chosen = NULL;
  cairo_surface_t *surface;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) huge = NULL;
  PtRect bounds;

  pt_geometry_scene_bounds (&bounds);
  pt_export_options_init (&options, PT_EXPORT_PNG);
  g_assert_true (pt_paper_from_name ("a4", &options.paper));
  standard = export (ws, &options, "standard.png");
  surface = cairo_image_surface_create_from_png (standard);
  /* 300 dots per inch across A4: 8.27 inches. */
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 2480);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) lround (2480 * bounds.height / bounds.width));
  cairo_surface_destroy (surface);

  options.png_width = 900;
  chosen = export (ws, &options, "chosen.png");
  surface = cairo_image_surface_create_from_png (chosen);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 900);
  cairo_surface_destroy (surface);

  options.png_width = 100000;
  huge = pt_export_to_bytes (ws, &options, &error);
  g_assert_null (huge);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* A failed export leaves no half file behind and says where. */
static void
test_export_failure (void)
{
  g_autoptr(PtWorkshop) ws = load_example ("lindgarden-en.ptw");
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/out.pdf");
  g_autofree char *folder = g_build_filename (tmpdir, "failure", NULL);
  g_autofree char *target = g_build_filename (folder, "kept.png", NULL);
  g_autoptr(GFile) kept = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  PtExportOptions options;
  guint files = 0;

  pt_export_options_init (&options, PT_EXPORT_PDF);
  g_assert_false (pt_export_to_file (ws, &options, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent-folder/out.pdf: not exported: "));
  g_assert_false (g_file_test ("/nonexistent-folder", G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* An export that fails over an earlier one leaves that one whole, and
   * nothing beside it: no half file, no temporary one. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "the earlier picture", -1, NULL));
  pt_export_options_init (&options, PT_EXPORT_PNG);
  options.png_width = 100000;
  g_assert_false (pt_export_to_file (ws, &options, kept, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the earlier picture");
  listing = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    files++;
  g_assert_cmpuint (files, ==, 1);
  g_unlink (target);
  g_rmdir (folder);
}

/* ------------------------------------------------------------------------ */
/* Reference image                                                          */
/* ------------------------------------------------------------------------ */

static cairo_surface_t *
render_page (PtHandout *handout,
             guint      page,
             double     scale,
             double     width,
             double     height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (width * scale), (int) ceil (height * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  pt_handout_draw_page (handout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Page one of the English example, drawn at half size, against the
 * reference: at most 0.02 % of pixels may differ noticeably (drawing is
 * deterministic on this platform; the margin is for antialiasing noise). */
static void
test_reference_image (void)
{
  g_autoptr(PtWorkshop) ws = load_example ("lindgarden-en.ptw");
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "tests", "reference",
                                                           "handout-en-page1.png", NULL);
  PtPaper paper;
  g_autoptr(PtHandout) handout = NULL;
  cairo_surface_t *actual, *expected;
  int width, height, stride;
  guint different = 0;

  g_assert_true (pt_paper_from_name ("a4", &paper));
  handout = pt_handout_new (ws, PT_HANDOUT_DEFAULT_PARTS, FALSE, paper.width, paper.height);
  actual = render_page (handout, 0, 0.5 * 150 / 72, paper.width, paper.height);

  /* Rewriting the reference is a deliberate act, never a pass: the test
   * fails, so a run that rewrote it cannot be mistaken for one that
   * compared with it. */
  if (g_getenv ("PT_UPDATE_REFERENCE") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, reference_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_fail_printf ("wrote %s: look at it, commit it, and run again without PT_UPDATE_REFERENCE",
                          reference_path);
      cairo_surface_destroy (actual);
      return;
    }

  expected = cairo_image_surface_create_from_png (reference_path);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (actual);
  height = cairo_image_surface_get_height (actual);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, height);

  stride = cairo_image_surface_get_stride (actual);
  g_assert_cmpint (cairo_image_surface_get_stride (expected), ==, stride);
  for (int y = 0; y < height; y++)
    {
      const guint8 *a = cairo_image_surface_get_data (actual) + y * stride;
      const guint8 *b = cairo_image_surface_get_data (expected) + y * stride;

      for (int x = 0; x < width; x++)
        for (int c = 0; c < 3; c++)
          if (abs ((int) a[x * 4 + c] - (int) b[x * 4 + c]) > 64)
            {
              different++;
              break;
            }
    }
  if (different > (guint) (width * height) / 5000)
    {
      g_autofree char *saved = g_build_filename (tmpdir, "handout-en-page1-actual.png", NULL);

      cairo_surface_write_to_png (actual, saved);
      g_error ("%u of %d pixels differ from the reference; this drawing is in %s", different, width * height, saved);
    }
  cairo_surface_destroy (actual);
  cairo_surface_destroy (expected);
}

/* ------------------------------------------------------------------------ */
/* Paper                                                                    */
/* ------------------------------------------------------------------------ */

/* Without a real locale (this machine has only C), the territory in the
 * environment decides; with a real one, glibc's LC_PAPER. */
static void
test_paper_follows_locale (void)
{
  const struct { const char *lang; const char *paper; } cases[] = {
    { "sv_SE.UTF-8", "a4" },
    { "de_DE.UTF-8", "a4" },
    { "en_US.UTF-8", "letter" },
    { "en_CA.UTF-8", "letter" },
    { "en_GB.UTF-8", "a4" },
    { "C.UTF-8", "a4" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("LC_PAPER", cases[i].lang, TRUE);
      g_assert_cmpstr (pt_paper_default_for_locale ().name, ==, cases[i].paper);
    }
  g_unsetenv ("LC_PAPER");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("LC_ALL");
  tmpdir = g_dir_make_tmp ("pt-test-export-XXXXXX", NULL);

  g_test_add_func ("/export/pdf/pages-and-sizes", test_pdf_pages_and_sizes);
  g_test_add_func ("/export/pdf/text", test_pdf_text);
  g_test_add_func ("/export/pdf/private-factors", test_pdf_private_factors);
  g_test_add_func ("/export/pdf/journal-alone", test_pdf_journal_alone);
  g_test_add_func ("/export/private-everywhere", test_private_everywhere);
  g_test_add_func ("/export/handout-promises", test_handout_promises);
  g_test_add_func ("/export/handout-page-one", test_handout_page_one);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/png-sizes", test_png_sizes);
  g_test_add_func ("/export/failure", test_export_failure);
  g_test_add_func ("/export/reference-image", test_reference_image);
  g_test_add_func ("/export/paper-follows-locale", test_paper_follows_locale);

  status = g_test_run ();

  /* Leave the pictures for a look when something failed. */
  if (status == 0)
    {
      g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (tmpdir, name, NULL);
          g_unlink (path);
        }
      g_rmdir (tmpdir);
    }
  g_free (tmpdir);
  return status;
}
