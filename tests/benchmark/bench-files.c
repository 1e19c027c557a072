/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-files.c — loading and saving, against the floor libxml2 sets:
 * `xmllint --noout` on the same file (a process of its own, as a user
 * would run it), and, stricter, libxml2's own parse in this process. */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "bench.h"
#include "pt-reader.h"
#include "pt-recovery.h"
#include "pt-writer.h"

typedef struct
{
  PtWorkshop *workshop;
  GFile      *file;
  char       *path;
  const char *xmllint;
  GBytes     *bytes;     /* the file's bytes, for the figures from memory */
} Files;

static void
load (gpointer data)
{
  Files *files = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = pt_reader_load_file (files->file, NULL, &error);

  g_assert_no_error (error);
}

static void
save (gpointer data)
{
  Files *files = data;
  g_autoptr(GError) error = NULL;

  if (!pt_writer_save_file (files->workshop, files->file, NULL, NULL, &error))
    g_error ("saving %s: %s", files->path, error->message);
}

/* The recovery copy a change leads to, on the main thread: the document
 * serialised, written and flushed, and its info file beside it. */
static void
recovery_copy (gpointer data)
{
  Files *files = data;
  g_autoptr(GError) error = NULL;

  if (!pt_recovery_write ("00000000-0000-4000-8000-000000000000", files->workshop, files->file, "1:2", &error))
    g_error ("writing a recovery copy: %s", error->message);
}

static void
xmllint (gpointer data)
{
  Files *files = data;
  const char *argv[] = { files->xmllint, "--noout", files->path, NULL };
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint failed on %s", files->path);
}

/* The workshop from the file's bytes, already in memory. */
static void
load_memory (gpointer data)
{
  Files *files = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = pt_reader_load_bytes (files->bytes, files->path, &error);

  g_assert_no_error (error);
}

/* libxml2's own parse of the same bytes, into its tree: the floor. */
static void
libxml2_memory (gpointer data)
{
  Files *files = data;
  gsize length;
  const char *contents = g_bytes_get_data (files->bytes, &length);
  xmlDocPtr doc = xmlReadMemory (contents, (int) length, files->path, NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
}

/* Saves workshop to path (which the other figures then use), and reports
 * load, save and the floors: xmllint on the file, and libxml2's parse of
 * the same bytes in memory as the loader's from memory. */
void
bench_files (PtWorkshop *workshop,
             guint       factors,
             const char *xmllint_path,
             const char *path)
{
  Files files = { workshop, g_file_new_for_path (path), g_strdup (path), xmllint_path, NULL };
  guint runs = bench_runs (factors);
  double ms, floor;

  ms = bench_median_ms (save, &files, runs);
  bench_report ("save", factors, ms, "ms");

  ms = bench_median_ms (recovery_copy, &files, runs);
  bench_report ("recovery_copy", factors, ms, "ms");
  pt_recovery_remove ("00000000-0000-4000-8000-000000000000");

  ms = bench_median_ms (load, &files, runs);
  bench_report ("load", factors, ms, "ms");

  floor = bench_median_ms (xmllint, &files, runs);
  bench_report ("xmllint", factors, floor, "ms");
  bench_report ("load_vs_xmllint", factors, ms / floor, "ratio");

  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    files.bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  }
  ms = bench_median_ms (load_memory, &files, runs);
  bench_report ("load_memory", factors, ms, "ms");
  floor = bench_median_ms (libxml2_memory, &files, runs);
  bench_report ("libxml2_memory", factors, floor, "ms");
  bench_report ("load_vs_libxml2", factors, ms / MAX (floor, 0.001), "ratio");

  g_bytes_unref (files.bytes);
  g_object_unref (files.file);
  g_free (files.path);
}
