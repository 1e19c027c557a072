/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-example.c — "New from Example" says in the interface's language
 * exactly what the bundled example file in that language says.
 *
 * Run with LANGUAGE=en EXPECT=en and with LANGUAGE=sv EXPECT=sv. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pt-example.h"
#include "pt-reader.h"

static void
assert_same_content (PtWorkshop *built,
                     PtWorkshop *file)
{
  const char *scalars[] = { "title", "place", "date", "facilitator", "focus-question", "language", "step" };

  for (guint i = 0; i < G_N_ELEMENTS (scalars); i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (built), scalars[i]);

      g_value_init (&a, pspec->value_type);
      g_value_init (&b, pspec->value_type);
      g_object_get_property (G_OBJECT (built), scalars[i], &a);
      g_object_get_property (G_OBJECT (file), scalars[i], &b);
      if (!pt_values_equal (pspec, &a, &b))
        g_error ("The example's %s differs from the file's", scalars[i]);
    }
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    g_assert_true (pt_object_properties_equal (G_OBJECT (pt_workshop_get_dimension (built, k)),
                                               G_OBJECT (pt_workshop_get_dimension (file, k))));

  for (PtItemKind kind = 0; kind < PT_N_ITEM_KINDS; kind++)
    {
      GPtrArray *a = pt_workshop_get_items (built, kind);
      GPtrArray *b = pt_workshop_get_items (file, kind);

      g_assert_cmpuint (a->len, ==, b->len);
      for (guint i = 0; i < a->len; i++)
        {
          PtItem *x = g_ptr_array_index (a, i);
          PtItem *y = g_ptr_array_index (b, i);

          if (PT_IS_FACTOR (x))
            {
              /* Positions are laid out when shown; the rest must agree. */
              g_assert_cmpstr (pt_item_get_id (x), ==, pt_item_get_id (y));
              g_assert_cmpstr (pt_factor_get_text (PT_FACTOR (x)), ==, pt_factor_get_text (PT_FACTOR (y)));
              g_assert_cmpstr (pt_factor_get_notes (PT_FACTOR (x)), ==, pt_factor_get_notes (PT_FACTOR (y)));
              g_assert_cmpint (pt_factor_get_dimension (PT_FACTOR (x)), ==, pt_factor_get_dimension (PT_FACTOR (y)));
              g_assert_cmpint (pt_factor_get_polarity (PT_FACTOR (x)), ==, pt_factor_get_polarity (PT_FACTOR (y)));
              g_assert_cmpstr (pt_factor_get_raised_by (PT_FACTOR (x)), ==, pt_factor_get_raised_by (PT_FACTOR (y)));
              g_assert_cmpuint (pt_factor_get_votes (PT_FACTOR (x)), ==, pt_factor_get_votes (PT_FACTOR (y)));
            }
          else if (!pt_item_equal (x, y))
            g_error ("%s differs between the example and the file", pt_item_get_id (x));
        }
    }
}

static void
test_example_matches_file (void)
{
  const char *expect = g_getenv ("EXPECT");
  g_autofree char *name = g_strdup_printf ("lindgarden-%s.ptw", expect);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) from_file = pt_reader_load_file (file, NULL, NULL);
  g_autoptr(PtWorkshop) built = pt_example_new ();

  g_assert_nonnull (from_file);
  g_assert_cmpstr (pt_workshop_get_language (built), ==, expect);
  assert_same_content (built, from_file);
  g_assert_false (pt_history_get_dirty (pt_workshop_get_history (built)));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("POWER_TRIANGLE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/example/matches-file", test_example_matches_file);

  return g_test_run ();
}
