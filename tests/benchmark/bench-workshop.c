/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-workshop.c — generated workshops, medians and the output format
 * (see bench.h). */
#include "config.h"

#include "bench.h"

/* Texts of a workshop's usual length, most of them two lines on a card. */
static const char *const texts[] = {
  "Residents have little energy for long meetings",
  "No time set aside for improvement work",
  "Relatives speak for those who cannot",
  "Staff decide without asking",
  "Seeing the resident as an active subject",
  "Understaffing, especially at weekends",
  "A contact person who knows the resident",
  "Managers who back improvement work",
};

/* factors spread over the three dimensions, half barriers and half
 * enablers, at seeded random places; links between random pairs. The same
 * numbers give the same workshop every time. */
PtWorkshop *
bench_workshop_new (guint factors,
                    guint links)
{
  PtWorkshop *ws = pt_workshop_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (factors * 31 + links);
  GPtrArray *all;

  for (guint i = 0; i < factors; i++)
    {
      g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_FACTOR);
      g_autofree char *text = g_strdup_printf ("%s (%u)", texts[i % G_N_ELEMENTS (texts)], i);
      g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                               "dimension", PT_DIMENSION_RESOURCES + i % 3,
                                               "polarity", (i / 3) % 2 ? PT_POLARITY_ENABLER : PT_POLARITY_BARRIER,
                                               "x", g_rand_double_range (rand, 0.05, 0.95),
                                               "y", g_rand_double_range (rand, 0.05, 0.95),
                                               NULL);

      pt_workshop_add (ws, factor);
    }
  all = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
  for (guint i = 0; i < links && all->len > 1; i++)
    {
      guint a = g_rand_int_range (rand, 0, all->len);
      guint b = (a + 1 + g_rand_int_range (rand, 0, all->len - 1)) % all->len;
      g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_LINK);
      g_autoptr(PtItem) link = g_object_new (PT_TYPE_LINK, "id", id,
                                             "from", pt_item_get_id (g_ptr_array_index (all, a)),
                                             "to", pt_item_get_id (g_ptr_array_index (all, b)),
                                             "kind", (PtLinkKind) (i % 3),
                                             NULL);

      pt_workshop_add (ws, link);
    }
  return ws;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts times (doubles) and gives the middle one. */
double
bench_median (GArray *times)
{
  g_return_val_if_fail (times->len > 0, 0);

  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

/* One run first, unmeasured (caches, page faults), then the median. */
double
bench_median_ms (BenchFunc func,
                 gpointer  data,
                 guint     runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  func (data);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      func (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  return bench_median (times);
}

/* Fewer runs where each takes long. */
guint
bench_runs (guint factors)
{
  return factors >= 10000 ? 5 : factors >= 1000 ? 11 : 31;
}

/* Each figure at 1,000 factors, to set the one at 10,000 against. */
static GHashTable *at_thousand;

void
bench_report (const char *name,
              guint       factors,
              double      value,
              const char *unit)
{
  g_print ("name=%s factors=%u value=%.6g unit=%s\n", name, factors, value, unit);
  if (at_thousand == NULL)
    at_thousand = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (factors == 1000 && !g_str_equal (unit, "ratio"))
    g_hash_table_insert (at_thousand, g_strdup (name), g_memdup2 (&value, sizeof value));
  /* Nothing quadratic: ten times the factors, at most twelve times the cost. */
  if (factors == 10000 && g_hash_table_contains (at_thousand, name))
    {
      g_autofree char *scaling = g_strdup_printf ("%s_10000_vs_1000", name);
      double *thousand = g_hash_table_lookup (at_thousand, name);

      g_print ("name=%s factors=10000 value=%.6g unit=ratio\n", scaling, value / MAX (*thousand, 1e-9));
    }
}
