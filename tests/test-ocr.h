/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ocr.h — legibility measured: how many of a workshop's factor texts
 * an OCR engine (tesseract, as a process) reads whole in a picture. A
 * factor counts as read when at least 80 % of its words of three letters
 * or more are found, each exactly or nearly (see test_ocr_similarity). Text under about 9 px, or covered, is not read: what a reader
 * in the room would not read either. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pt-workshop.h"

/* The words of text, lower case, split at anything not a letter or digit. */
static inline GPtrArray *
test_ocr_words (const char *text)
{
  /* Composed, as the workshop's text is: tesseract may write "ö" as "o"
   * and a combining diaeresis. */
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *lower = g_utf8_strdown (composed != NULL ? composed : "", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = lower; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words;
}

/* How alike two words are, from 0 to 1: twice their longest common
 * subsequence over their lengths together (as Python's difflib measures,
 * near enough), so a word cut short at a card's edge or misread by a
 * letter still counts. */
static inline double
test_ocr_similarity (const char *a,
                     const char *b)
{
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  guint la = 0, lb = 0;
  g_autofree guint *row = NULL;

  while (ua[la] != 0)
    la++;
  while (ub[lb] != 0)
    lb++;
  if (la + lb == 0)
    return 1.0;
  row = g_new0 (guint, lb + 1);
  for (guint i = 1; i <= la; i++)
    {
      guint diagonal = 0;

      for (guint j = 1; j <= lb; j++)
        {
          guint above = row[j];

          row[j] = ua[i - 1] == ub[j - 1] ? diagonal + 1 : MAX (row[j], row[j - 1]);
          diagonal = above;
        }
    }
  return 2.0 * row[lb] / (la + lb);
}

static inline gboolean
test_ocr_seen (GHashTable *seen,
               const char *word)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_contains (seen, word))
    return TRUE;
  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (test_ocr_similarity (key, word) >= 0.85)
      return TRUE;
  return FALSE;
}

/* A grey copy of the PNG at path, beside it: tesseract reads coloured
 * cards much better without their colour. Returns its path. */
static inline char *
test_ocr_grey_copy (const char *path)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);
  char *grey_path = g_strconcat (path, ".grey.png", NULL);
  int width, height, stride;
  guint8 *data;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  if (cairo_image_surface_get_format (image) != CAIRO_FORMAT_RGB24 &&
      cairo_image_surface_get_format (image) != CAIRO_FORMAT_ARGB32)
    {
      /* Drawn onto white in the colour format the loop below reads. */
      cairo_surface_t *rgb = cairo_image_surface_create (CAIRO_FORMAT_RGB24, cairo_image_surface_get_width (image),
                                                         cairo_image_surface_get_height (image));
      cairo_t *cr = cairo_create (rgb);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (image);
      image = rgb;
    }
  cairo_surface_flush (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  data = cairo_image_surface_get_data (image);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 *p = data + y * stride + x * 4;
        guint8 alpha = cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ? p[3] : 255;
        /* Premultiplied: what is transparent shows white. */
        guint lum = (p[2] * 299 + p[1] * 587 + p[0] * 114) / 1000 + (255 - alpha);

        p[0] = p[1] = p[2] = (guint8) MIN (lum, 255);
        p[3] = 255;
      }
  cairo_surface_mark_dirty (image);
  g_assert_cmpint (cairo_surface_write_to_png (image, grey_path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (image);
  return grey_path;
}

/* How many of workshop's factors are read whole in the PNG at path, in
 * tesseract's language lang ("eng", "swe"); those not read are added to
 * missed (if not NULL). */
static inline guint
test_ocr_count_read (const char *path,
                     PtWorkshop *workshop,
                     const char *lang,
                     GPtrArray  *missed)
{
  g_autofree char *grey = test_ocr_grey_copy (path);
  /* Sparse text (11) finds words scattered over a picture; a page of
   * blocks (3) and one uniform block (6) read the cards that stand close
   * together, where sparse mode takes their borders for letters. A word
   * counts when any of them reads it. */
  const char *modes[] = { "11", "3", "6" };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR);
  guint whole = 0;

  /* One thread: on two cores tesseract's own threads spend most of their
   * time waiting for each other. */
  g_setenv ("OMP_THREAD_LIMIT", "1", TRUE);
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      const char *argv[] = { "tesseract", grey, "-", "-l", lang, "--psm", modes[m], NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) read = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      read = test_ocr_words (out);
      for (guint i = 0; i < read->len; i++)
        g_hash_table_add (seen, g_strdup (g_ptr_array_index (read, i)));
    }
  g_unlink (grey);

  for (guint i = 0; i < factors->len; i++)
    {
      const char *text = pt_factor_get_text (g_ptr_array_index (factors, i));
      g_autoptr(GPtrArray) words = test_ocr_words (text);
      guint long_words = 0, found = 0;

      for (guint w = 0; w < words->len; w++)
        if (g_utf8_strlen (g_ptr_array_index (words, w), -1) >= 3)
          {
            long_words++;
            found += test_ocr_seen (seen, g_ptr_array_index (words, w));
          }
      if (found * 5 >= long_words * 4)
        whole++;
      else if (missed != NULL)
        g_ptr_array_add (missed, g_strdup (text));
    }
  return whole;
}
