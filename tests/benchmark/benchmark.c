/* SPDX-License-Identifier: GPL-3.0-or-later */
/* benchmark.c — how fast the app is at 100, 1,000 and 10,000 factors (with
 * as many links), one line per figure:
 *
 *   name=<figure> factors=<N> value=<number> unit=<ms|MB|ratio>
 *
 * Run by `meson test --benchmark`; the README lists the targets. Memory is
 * measured in a child process per size (`benchmark --memory FILE`): the
 * peak of loading, laying out and drawing it, less an empty workshop's. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "bench.h"
#include "pt-reader.h"
#include "pt-scene.h"
#include "pt-writer.h"

static const guint sizes[] = { 100, 1000, 10000 };

/* In the child: the peak resident size after loading and drawing FILE. */
static int
measure_memory (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = pt_reader_load_file (file, NULL, &error);
  g_autofree char *status = NULL;
  const char *peak;

  g_assert_no_error (error);
  bench_full_frame (ws);
  /* VmHWM, not getrusage (): Linux carries ru_maxrss over from the parent
   * through fork and exec, and the parent is large. */
  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  peak = strstr (status, "VmHWM:");
  g_assert_nonnull (peak);
  g_print ("%" G_GINT64_FORMAT "\n", g_ascii_strtoll (peak + strlen ("VmHWM:"), NULL, 10));
  return 0;
}

static double
peak_kb (const char *self,
         const char *path)
{
  const char *argv[] = { self, "--memory", path, NULL };
  g_autofree char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    g_error ("measuring the memory for %s failed", path);
  return g_ascii_strtod (out, NULL);
}

static char *
write_workshop (PtWorkshop *ws,
                const char *dir,
                const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!pt_writer_save_file (ws, file, NULL, NULL, &error))
    g_error ("%s", error->message);
  return path;
}

int
main (int   argc,
      char *argv[])
{
  const char *xmllint = g_getenv ("XMLLINT");
  const char *app = g_getenv ("POWER_TRIANGLE");
  const char *bare = g_getenv ("BARE_WINDOW");
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *dir = NULL, *empty_path = NULL, *data_home = NULL, *example = NULL;
  g_autoptr(PtWorkshop) empty = NULL;
  double empty_kb;
  guint64 largest = g_getenv ("PT_BENCHMARK_MAX") != NULL ?
                    g_ascii_strtoull (g_getenv ("PT_BENCHMARK_MAX"), NULL, 10) : G_MAXUINT64;

  if (argc == 3 && g_str_equal (argv[1], "--memory"))
    return measure_memory (argv[2]);
  if (xmllint == NULL || app == NULL || bare == NULL || srcdir == NULL)
    g_error ("XMLLINT, POWER_TRIANGLE, BARE_WINDOW and G_TEST_SRCDIR must be set (meson test --benchmark does)");
  gtk_init ();

  dir = g_dir_make_tmp ("pt-benchmark-XXXXXX", NULL);
  data_home = g_build_filename (dir, "data-home", NULL);
  empty = pt_workshop_new ();
  empty_path = write_workshop (empty, dir, "empty.ptw");
  empty_kb = peak_kb (argv[0], empty_path);

  /* A workshop of a usual size, drawn whole. */
  {
    g_autoptr(PtWorkshop) ws = bench_workshop_new (60, 30);

    bench_report ("scene_frame_kept_cards", 60, bench_full_frame (ws), "ms");
    bench_report ("first_frame", 60, bench_first_frame (ws), "ms");
    bench_report ("layout", 60, bench_layout (ws), "ms");
  }

  /* PT_BENCHMARK_MAX=1000 leaves the largest out, for a quick look. */
  for (guint i = 0; i < G_N_ELEMENTS (sizes) && sizes[i] <= largest; i++)
    {

      g_autoptr(PtWorkshop) ws = bench_workshop_new (sizes[i], sizes[i]);
      g_autofree char *name = g_strdup_printf ("w%u.ptw", sizes[i]);
      g_autofree char *path = write_workshop (ws, dir, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      bench_files (ws, sizes[i], xmllint, path);
      bench_render (ws, sizes[i]);
      bench_window_frames (file, sizes[i]);
      bench_report ("memory", sizes[i], (peak_kb (argv[0], path) - empty_kb) / 1024, "MB");
      g_unlink (path);
    }

  example = g_build_filename (srcdir, "data", "examples", "lindgarden-en.ptw", NULL);
  bench_start_up (app, bare, example, 16, data_home);

  {
    const char *rm[] = { "rm", "-rf", dir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return 0;
}
