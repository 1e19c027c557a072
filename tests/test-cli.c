/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c — `power-triangle --check`: output, exit status, and that it
 * runs with no display at all. */
#include "config.h"

#include <gio/gio.h>
#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the program with no DISPLAY, no WAYLAND_DISPLAY and no session bus,
 * the way CI and a server run it. */
static void
run_program (Run         *run,
             const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);

  g_ptr_array_add (argv, (char *) g_getenv ("POWER_TRIANGLE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (g_getenv ("G_TEST_SRCDIR"), (char **) argv->pdata, env, G_SPAWN_DEFAULT,
                NULL, NULL, &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
}

static int
exit_code (Run *run)
{
  g_assert_true (WIFEXITED (run->status));
  return WEXITSTATUS (run->status);
}

static void
test_check_examples (void)
{
  g_auto(Run) run = { 0 };
  const char *args[] = { "--check", "data/examples/lindgarden-en.ptw",
                         "data/examples/lindgarden-sv.ptw", NULL };

  run_program (&run, args);
  g_assert_cmpstr (run.out, ==,
                   "data/examples/lindgarden-en.ptw: ok (16 factors, 5 links)\n"
                   "data/examples/lindgarden-sv.ptw: ok (16 factors, 5 links)\n");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (exit_code (&run), ==, 0);
}

/* One bad file among good ones: its message, and a failing status. */
static void
test_check_bad_file (void)
{
  g_auto(Run) run = { 0 };
  const char *args[] = { "--check", "data/examples/lindgarden-en.ptw",
                         "tests/bad/dangling-link.ptw", NULL };

  run_program (&run, args);
  g_assert_cmpstr (run.out, ==, "data/examples/lindgarden-en.ptw: ok (16 factors, 5 links)\n");
  g_assert_nonnull (strstr (run.err, "tests/bad/dangling-link.ptw:8:29: to=“f9” refers to a factor that does not exist\n"));
  g_assert_cmpint (exit_code (&run), ==, 1);
}

static void
test_check_nothing (void)
{
  g_auto(Run) run = { 0 };
  const char *args[] = { "--check", NULL };

  run_program (&run, args);
  g_assert_cmpstr (run.err, ==, "--check needs at least one file\n");
  g_assert_cmpint (exit_code (&run), ==, 2);
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };
  const char *version_args[] = { "--version", NULL };
  const char *help_args[] = { "--help", NULL };

  run_program (&version, version_args);
  g_assert_cmpstr (version.out, ==, "power-triangle " PACKAGE_VERSION "\n");
  g_assert_cmpint (exit_code (&version), ==, 0);

  run_program (&help, help_args);
  g_assert_nonnull (strstr (help.out, "--check"));
  g_assert_nonnull (strstr (help.out, "--version"));
  g_assert_cmpint (exit_code (&help), ==, 0);
}

/* --export writes without a display, and says what is wrong otherwise. */
/* What a tool prints on its standard output; the test fails if it fails. */
static char *
tool_output (const char *tool,
             const char *path)
{
  const char *argv[] = { tool, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) words = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Every run of white space one space: the layout breaks lines. */
  words = g_strsplit_set (out, " \n\t\f", -1);
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0')
        g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[i]);
    return g_string_free (g_steal_pointer (&joined), FALSE);
  }
}

/* A PNG's width, from its header (bytes 16 to 19, big-endian). */
static guint32
png_width (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guint8 *p;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
  p = (const guint8 *) contents + 16;
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-test-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "triangle.png", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_auto(Run) ok = { 0 };
  g_auto(Run) picture = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) paper = { 0 };
  const char *ok_args[] = { "--export", pdf, "--paper", "letter", "--landscape",
                            "data/examples/lindgarden-sv.ptw", NULL };
  const char *png_args[] = { "--export", png, "--width", "640", "data/examples/lindgarden-en.ptw", NULL };
  const char *unknown_args[] = { "--export", "out.docx", "data/examples/lindgarden-sv.ptw", NULL };
  const char *missing_args[] = { "--export", pdf, "no-such-workshop.ptw", NULL };
  const char *paper_args[] = { "--export", pdf, "--paper", "a3", "data/examples/lindgarden-sv.ptw", NULL };

  run_program (&ok, ok_args);
  g_assert_cmpint (exit_code (&ok), ==, 0);
  g_assert_cmpstr (ok.err, ==, "");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (length > 1000 && memcmp (contents, "%PDF", 4) == 0);
  /* The paper asked for, turned: pdfinfo's own numbers. */
  {
    g_autofree char *info = tool_output ("pdfinfo", pdf);

    g_assert_nonnull (strstr (info, "Page size:       792 x 612 pts (letter)"));
    g_assert_nonnull (strstr (info, "Pages:           3"));
  }

  run_program (&picture, png_args);
  g_assert_cmpint (exit_code (&picture), ==, 0);
  g_assert_cmpint (png_width (png), ==, 640);

  run_program (&unknown, unknown_args);
  g_assert_cmpint (exit_code (&unknown), ==, 2);
  g_assert_cmpstr (unknown.err, ==, "out.docx: unknown kind of file; name it .pdf, .svg or .png\n");

  run_program (&missing, missing_args);
  g_assert_cmpint (exit_code (&missing), ==, 1);
  g_assert_true (g_str_has_suffix (missing.err, "no-such-workshop.ptw: there is no such file\n"));

  run_program (&paper, paper_args);
  g_assert_cmpint (exit_code (&paper), ==, 2);
  g_assert_cmpstr (paper.err, ==, "--paper a3: use a4 or letter\n");

  g_unlink (pdf);
  g_unlink (png);
  g_rmdir (dir);
}

/* Runs --check on path with a deadline: a file that blocks or takes
 * minutes (a FIFO, libxml2 2.9's quadratic duplicate-attribute check) is
 * killed there and fails the test. Returns what it printed on stderr. */
static char *
check_within (const char *path,
              guint       seconds)
{
  const char *argv[] = { g_getenv ("POWER_TRIANGLE"), "--check", path, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_environ_unsetenv (g_get_environ (), "DISPLAY"), "LANGUAGE", "en", TRUE);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  g_autoptr(GString) err = g_string_new (NULL);
  char buffer[4096];
  ssize_t got;
  GPid pid;
  int err_fd, status = 0;
  pid_t done = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                            NULL, NULL, &pid, NULL, NULL, &err_fd, &error);
  g_assert_no_error (error);
  while (done == 0 && g_get_monotonic_time () < deadline)
    {
      done = waitpid (pid, &status, WNOHANG);
      if (done == 0)
        g_usleep (10000);
    }
  if (done == 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_error ("--check %s did not answer within %u s", path, seconds);
    }
  g_spawn_close_pid (pid);
  while ((got = read (err_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (err, buffer, got);
  close (err_fd);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  return g_string_free (g_steal_pointer (&err), FALSE);
}

/* Files that would stop a reader: 100,000 attributes on one element, a
 * FIFO, a character device, a socket. Each is answered at once, with a
 * message, and a failing status. */
static void
test_check_hostile (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-hostile-XXXXXX", NULL);
  g_autofree char *attrs = g_build_filename (dir, "attributes.ptw", NULL);
  g_autofree char *fifo = g_build_filename (dir, "x.ptw", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "socket.ptw", NULL);
  g_autoptr(GString) flood = g_string_new ("<?xml version=\"1.0\"?>\n"
                                           "<workshop version=\"1.0\" xmlns=\"https://powertriangle.github.io/ns/workshop/1\">"
                                           "<metadata");
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  struct { const char *path; const char *message; } cases[] = {
    { attrs, ":2:79: an element has more than 100 attributes, which no workshop has; the file was not read\n" },
    { fifo, ": this is not a workshop file (it is a device, a pipe or a socket)\n" },
    { "/dev/null", ": this is not a workshop file (it is a device, a pipe or a socket)\n" },
    { socket_path, ": this is not a workshop file (it is a device, a pipe or a socket)\n" },
  };

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (flood, " a%u=\"x\"", i);
  g_string_append (flood, "><title>x</title></metadata></workshop>\n");
  g_assert_true (g_file_set_contents (attrs, flood->str, (gssize) flood->len, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  address = g_unix_socket_address_new (socket_path);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = check_within (cases[i].path, 2);
      g_autofree char *expected = g_strconcat (cases[i].path, cases[i].message, NULL);

      g_assert_cmpstr (err, ==, expected);
    }
  g_unlink (attrs);
  g_unlink (fifo);
  g_unlink (socket_path);
  g_rmdir (dir);
}

/* --include-private prints what is private, and without it nothing of it
 * is printed; an SVG is written too. */
static void
test_export_private_and_svg (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-test-cli-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (dir, "private.ptw", NULL);
  g_autofree char *closed = g_build_filename (dir, "closed.pdf", NULL);
  g_autofree char *open = g_build_filename (dir, "open.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "triangle.svg", NULL);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *closed_text = NULL, *open_text = NULL, *svg_text = NULL;
  g_autofree char *private_xml = NULL;
  g_auto(Run) without = { 0 };
  g_auto(Run) with = { 0 };
  g_auto(Run) picture = { 0 };
  const char *closed_args[] = { "--export", closed, source, NULL };
  const char *open_args[] = { "--export", open, "--include-private", source, NULL };
  const char *svg_args[] = { "--export", svg, source, NULL };
  const char *marker = "<factor id=\"f5\" ";

  /* The example, with "The municipality funds a coach" made private. */
  g_assert_true (g_file_get_contents (example, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, marker));
  {
    g_auto(GStrv) halves = g_strsplit (xml, marker, 2);

    private_xml = g_strconcat (halves[0], marker, "private=\"true\" ", halves[1], NULL);
  }
  g_assert_true (g_file_set_contents (source, private_xml, -1, NULL));

  run_program (&without, closed_args);
  g_assert_cmpint (exit_code (&without), ==, 0);
  run_program (&with, open_args);
  g_assert_cmpint (exit_code (&with), ==, 0);
  closed_text = pdf_words (closed);
  open_text = pdf_words (open);
  g_assert_null (strstr (closed_text, "The municipality funds a coach"));
  g_assert_nonnull (strstr (closed_text, "Relatives speak for those who cannot"));
  g_assert_nonnull (strstr (open_text, "The municipality funds a coach"));

  run_program (&picture, svg_args);
  g_assert_cmpint (exit_code (&picture), ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "</svg>"));

  g_unlink (source);
  g_unlink (closed);
  g_unlink (open);
  g_unlink (svg);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/examples", test_check_examples);
  g_test_add_func ("/cli/check/bad-file", test_check_bad_file);
  g_test_add_func ("/cli/check/nothing", test_check_nothing);
  g_test_add_func ("/cli/check/hostile", test_check_hostile);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/export/private-and-svg", test_export_private_and_svg);

  return g_test_run ();
}
