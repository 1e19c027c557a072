/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-interrupted.c — killed half-way, a save or an export leaves the old
 * file or the new one, whole, never anything in between.
 *
 * A child process saves (or the command line exports) over a file again and
 * again; the parent kills it with SIGKILL after a seeded random delay, many
 * times, and each time finds the file byte for byte one of the two complete
 * versions. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "pt-reader.h"
#include "pt-writer.h"

#define ROUNDS 40

static const char *self_path;

static GBytes *
read_bytes (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *leftover = g_build_filename (dir, name, NULL);

      g_unlink (leftover);
    }
  g_rmdir (dir);
}

/* The child: saves two versions over target in turn, for ever. */
static int
run_saver (const char *target)
{
  /* Not a GTest run: the source folder comes from the environment. */
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "examples", "lindgarden-en.ptw",
                                            NULL);
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(PtWorkshop) ws = pt_reader_load_file (example, NULL, NULL);

  g_assert_nonnull (ws);
  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;

      pt_workshop_set (ws, ws, "place", i % 2 == 0 ? "Version B" : "Version A", NULL);
      if (!pt_writer_save_file (ws, file, NULL, NULL, &error))
        g_error ("%s", error->message);
    }
  return 0;
}

static void
kill_after (const char * const *argv,
            gulong              delay_us)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                          G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);

  g_assert_no_error (error);
  g_usleep (delay_us);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);
}

static void
kill_at_random (const char * const *argv,
                GRand              *rand,
                guint               max_delay_ms)
{
  kill_after (argv, (gulong) g_rand_int_range (rand, 0, (gint32) max_delay_ms * 1000));
}

static void
test_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-interrupted-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "workshop.ptw", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) ws = pt_reader_load_file (example, NULL, NULL);
  g_autoptr(GBytes) a = NULL, b = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  const char *argv[] = { self_path, "--saver", target, NULL };
  guint saw_a = 0, saw_b = 0;

  pt_workshop_set (ws, ws, "place", "Version A", NULL);
  a = pt_writer_to_bytes (ws);
  pt_workshop_set (ws, ws, "place", "Version B", NULL);
  b = pt_writer_to_bytes (ws);
  g_assert_true (g_file_set_contents (target, g_bytes_get_data (a, NULL), (gssize) g_bytes_get_size (a), NULL));

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(GBytes) now = NULL;

      kill_at_random (argv, rand, 800);
      now = read_bytes (target);
      if (g_bytes_equal (now, a))
        saw_a++;
      else if (g_bytes_equal (now, b))
        saw_b++;
      else
        g_error ("after kill %u the file is neither version (%zu bytes)", i, g_bytes_get_size (now));
    }
  g_test_message ("version A %u times, version B %u times", saw_a, saw_b);
  /* Killed before any save and after some: both must have happened. */
  g_assert_cmpuint (saw_b, >, 0);
  /* Temporary files of killed saves stay beside the target; they never
   * replace it. */
  remove_folder (dir);
}

/* A copy of a PDF with the times it was made in blanked out: "D:" and
 * fourteen digits (and a zone) become zeros. Binary streams may hold
 * NULs, so the bytes are walked, not read as a string. */
static GByteArray *
without_dates (GBytes *pdf)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (pdf, &length);
  GByteArray *copy = g_byte_array_sized_new ((guint) length);

  g_byte_array_append (copy, data, (guint) length);
  for (gsize i = 0; i + 16 <= length; i++)
    if (copy->data[i] == 'D' && copy->data[i + 1] == ':' && g_ascii_isdigit (copy->data[i + 2]))
      for (gsize j = i + 2; j < length && (g_ascii_isdigit (copy->data[j]) || (copy->data[j] != 0 && strchr ("Z+-'", copy->data[j]))); j++)
        copy->data[j] = '0';
  return copy;
}

/* Whether two PDFs are the same byte for byte but for when they were
 * made. */
static gboolean
same_but_dates (GBytes *a,
                GBytes *b)
{
  g_autoptr(GByteArray) plain_a = without_dates (a);
  g_autoptr(GByteArray) plain_b = without_dates (b);

  return plain_a->len == plain_b->len && memcmp (plain_a->data, plain_b->data, plain_a->len) == 0;
}

/* The same for the command line's export: the old PDF or the new one. */
static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-interrupted-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *en = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autofree char *sv = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-sv.ptw", NULL);
  const char *program = g_getenv ("POWER_TRIANGLE");
  const char *make_old[] = { program, "--export", old_path, sv, NULL };
  const char *make_new[] = { program, "--export", new_path, en, NULL };
  const char *argv[] = { program, "--export", target, en, NULL };
  g_autoptr(GRand) rand = g_rand_new_with_seed (1122);
  g_autoptr(GBytes) old = NULL, fresh = NULL;
  gint64 took = G_MAXINT64;
  double span;
  guint saw_old = 0, saw_new = 0;

  g_assert_nonnull (program);
  for (guint m = 0; m < 2; m++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GSubprocess) p = g_subprocess_newv (m == 0 ? make_old : make_new, G_SUBPROCESS_FLAGS_NONE, &error);

      g_assert_no_error (error);
      g_assert_true (g_subprocess_wait_check (p, NULL, &error));
      /* The faster of the two: the first may pay for fontconfig's cache
       * (a fresh XDG_CACHE_HOME), and kills timed by it all came after the
       * export had finished. */
      took = MIN (took, g_get_monotonic_time () - start);
    }
  old = read_bytes (old_path);
  fresh = read_bytes (new_path);

  span = 2 * took;
  for (guint i = 0; i < 4 * ROUNDS && (i < ROUNDS / 2 || saw_old == 0 || saw_new == 0); i++)
    {
      g_autoptr(GBytes) now = NULL;
      guint slice = i % (ROUNDS / 2);

      /* The machine may be busier now than when the export was timed
       * (other tests run beside this one): then another pass over the
       * slices, its span doubled if no export finished, halved if none
       * was killed early enough. */
      if (i > 0 && slice == 0)
        span = saw_new == 0 ? span * 2 : span / 2;
      g_assert_true (g_file_set_contents (target, g_bytes_get_data (old, NULL), (gssize) g_bytes_get_size (old),
                                          NULL));
      /* Up to twice as long as an export takes here, so some finish; each
       * round in its own slice of that time, so some are killed early on
       * too, even where the export writes its file long before the
       * process ends (the sanitizers' leak check at exit). */
      kill_after (argv, (gulong) ((slice + g_rand_double (rand)) / (ROUNDS / 2) * span));
      now = read_bytes (target);
      if (g_bytes_equal (now, old))
        saw_old++;
      else if (same_but_dates (now, fresh))
        saw_new++;
      else
        g_error ("after kill %u the PDF is neither the old one nor a whole new one (%zu bytes)",
                 i, g_bytes_get_size (now));
    }
  g_test_message ("old %u times, new %u times", saw_old, saw_new);
  g_assert_cmpuint (saw_old, >, 0);
  g_assert_cmpuint (saw_new, >, 0);
  remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  self_path = argv[0];
  if (argc > 2 && g_str_equal (argv[1], "--saver"))
    return run_saver (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/interrupted/save", test_save);
  g_test_add_func ("/interrupted/export", test_export);
  return g_test_run ();
}
