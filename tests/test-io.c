/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-io.c — the document format: round trips, the schema, bad files, and
 * saving safely.
 *
 * Every bad file in tests/bad/ is listed here with the message it must get,
 * so a change in wording or position is a deliberate one.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pt-reader.h"
#include "pt-text.h"
#include "pt-writer.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "examples", name, NULL);
}

static PtWorkshop *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pt_reader_load_file (file, NULL, error);
}

static PtWorkshop *
reload (PtWorkshop *ws)
{
  g_autoptr(GBytes) bytes = pt_writer_to_bytes (ws);
  g_autoptr(GError) error = NULL;
  PtWorkshop *copy = pt_reader_load_bytes (bytes, "memory", &error);

  g_assert_no_error (error);
  return copy;
}

/* Validates path against the RELAX NG schema with xmllint, as a user of the
 * format would. */
static void
assert_valid_against_schema (const char *path)
{
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "data",
                                                   "power-triangle-workshop.rng", NULL);
  const char *xmllint = g_getenv ("XMLLINT");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = { xmllint != NULL ? xmllint : "xmllint", "--noout", "--relaxng",
                         schema, path, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s does not validate: %s", path, err);
  g_assert_nonnull (strstr (err, "validates"));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));
      g_assert_cmpstr (sa, ==, sb);
    }
}

/* load → save → load is equal; save → save is byte-identical; what was
 * written validates against the schema. */
static void
assert_round_trips (PtWorkshop *ws,
                    const char *tmpdir,
                    const char *name)
{
  g_autoptr(GBytes) first = pt_writer_to_bytes (ws);
  g_autoptr(PtWorkshop) again = reload (ws);
  g_autoptr(GBytes) second = pt_writer_to_bytes (again);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) from_disk = NULL;

  g_assert_true (pt_workshop_equal (ws, again));
  assert_bytes_equal (first, second);

  g_assert_true (pt_writer_save_file (ws, file, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_valid_against_schema (path);
  from_disk = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (pt_workshop_equal (ws, from_disk));
}

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pt-test-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

/* ------------------------------------------------------------------------ */
/* Round trips                                                              */
/* ------------------------------------------------------------------------ */

static void
test_examples_round_trip (void)
{
  const char *names[] = { "lindgarden-en.ptw", "lindgarden-sv.ptw" };
  g_autofree char *tmpdir = make_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = example_path (names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtWorkshop) ws = load_path (path, &error);
      g_autoptr(GBytes) on_disk = NULL;
      g_autoptr(GBytes) written = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_no_error (error);
      g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, >=, 12);
      g_assert_false (pt_history_get_dirty (pt_workshop_get_history (ws)));
      assert_round_trips (ws, tmpdir, names[i]);

      /* The examples are stored exactly as the program writes them. */
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      on_disk = g_bytes_new_take (g_steal_pointer (&contents), length);
      written = pt_writer_to_bytes (ws);
      assert_bytes_equal (on_disk, written);
    }
  remove_tree (tmpdir);
}

/* What the examples promise a new user: the model at work. */
static void
test_examples_content (void)
{
  const char *names[] = { "lindgarden-en.ptw", "lindgarden-sv.ptw" };
  const char *languages[] = { "en", "sv" };
  const char *resources[] = { "Resources", "Resurser" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = example_path (names[i]);
      g_autoptr(PtWorkshop) ws = load_path (path, NULL);
      GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
      GPtrArray *links = pt_workshop_get_items (ws, PT_ITEM_KIND_LINK);
      GPtrArray *participants = pt_workshop_get_items (ws, PT_ITEM_KIND_PARTICIPANT);
      guint per_dimension[4][2] = { { 0 } };
      guint cross = 0;
      GHashTable *perspectives = g_hash_table_new (NULL, NULL);

      g_assert_nonnull (ws);
      g_assert_cmpstr (pt_workshop_get_language (ws), ==, languages[i]);
      g_assert_cmpstr (pt_dimension_get_display_label (pt_workshop_get_dimension (ws, PT_DIMENSION_RESOURCES)),
                       ==, resources[i]);
      g_assert_cmpstr (pt_workshop_get_focus_question (ws), !=, "");
      for (guint j = 0; j < factors->len; j++)
        {
          PtFactor *f = g_ptr_array_index (factors, j);
          per_dimension[pt_factor_get_dimension (f)][pt_factor_get_polarity (f)]++;
        }
      for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
        {
          g_assert_cmpuint (per_dimension[k][0] + per_dimension[k][1], >=, 4);
          g_assert_cmpuint (per_dimension[k][PT_POLARITY_BARRIER], >=, 1);
          g_assert_cmpuint (per_dimension[k][PT_POLARITY_ENABLER], >=, 1);
        }
      for (guint j = 0; j < links->len; j++)
        {
          PtLink *link = g_ptr_array_index (links, j);
          PtFactor *from = pt_workshop_lookup_factor (ws, pt_link_get_from (link));
          PtFactor *to = pt_workshop_lookup_factor (ws, pt_link_get_to (link));

          cross += pt_factor_get_dimension (from) != pt_factor_get_dimension (to);
        }
      g_assert_cmpuint (cross, >=, 2);
      for (guint j = 0; j < participants->len; j++)
        g_hash_table_add (perspectives,
                          GINT_TO_POINTER (pt_participant_get_perspective (g_ptr_array_index (participants, j)) + 1));
      g_assert_cmpuint (g_hash_table_size (perspectives), >=, 3);
      g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_ACTION)->len, >=, 1);
      g_hash_table_unref (perspectives);
    }
}

static const char *awkward[] = {
  "Räksmörgås åt ÅÄÖ-gruppen",
  "Emoji 🙂👩‍⚕️🧑🏽‍🦽 in text",
  "مرحبا — right to left עברית",
  "",
  "  leading and trailing spaces  ",
  "line one\nline two\r\nline three\ttabbed",
  "<markup> & \"quotes\" 'apostrophes' ]]> &amp;",
  "\n",
};

/* A workshop that uses everything the format holds, with awkward text. */
static PtWorkshop *
generate_workshop (guint n_factors,
                   guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  PtWorkshop *ws = pt_workshop_new ();
  PtHistory *history = pt_workshop_get_history (ws);

  g_object_set (ws, "title", awkward[0], "place", awkward[2], "date", "2024-02-29",
                "facilitator", awkward[1], "focus-question", awkward[5], "language", "sv",
                "step", PT_CYCLE_STEP_ACTION, "round", 3, NULL);
  g_object_set (pt_workshop_get_dimension (ws, PT_DIMENSION_CONTEXTS),
                "label", awkward[6], "description", awkward[4], NULL);

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_PARTICIPANT);
      g_autoptr(PtItem) p = g_object_new (PT_TYPE_PARTICIPANT, "id", id,
                                          "name", awkward[i % G_N_ELEMENTS (awkward)],
                                          "perspective", i, NULL);
      pt_workshop_add (ws, p);
    }
  for (guint i = 0; i < n_factors; i++)
    {
      g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_FACTOR);
      g_autofree char *raised_by = g_strdup_printf ("p%u", 1 + g_rand_int_range (rand, 0, 7));
      g_autoptr(PtItem) f = g_object_new (PT_TYPE_FACTOR, "id", id,
                                          "text", awkward[g_rand_int_range (rand, 0, G_N_ELEMENTS (awkward))],
                                          "notes", awkward[g_rand_int_range (rand, 0, G_N_ELEMENTS (awkward))],
                                          "dimension", g_rand_int_range (rand, 0, 4),
                                          "polarity", g_rand_int_range (rand, 0, 2),
                                          "x", g_rand_double (rand), "y", g_rand_double (rand),
                                          "votes", g_rand_int_range (rand, 0, 20),
                                          "private", g_rand_boolean (rand),
                                          "hidden", g_rand_boolean (rand),
                                          "from-room", i % 3 == 0,
                                          "perspective", i % 3 == 0 && i % 2 == 0 ? "relative" : "",
                                          "raised-by", g_str_equal (raised_by, "p7") ? "" : raised_by,
                                          NULL);
      pt_workshop_add (ws, f);
    }
  for (guint i = 0; n_factors > 1 && i < n_factors; i++)
    {
      g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_LINK);
      guint from = g_rand_int_range (rand, 0, n_factors);
      guint to = (from + 1 + g_rand_int_range (rand, 0, n_factors - 1)) % n_factors;
      GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
      g_autoptr(PtItem) l = g_object_new (PT_TYPE_LINK, "id", id,
                                          "from", pt_item_get_id (g_ptr_array_index (factors, from)),
                                          "to", pt_item_get_id (g_ptr_array_index (factors, to)),
                                          "kind", g_rand_int_range (rand, 0, 3),
                                          "label", awkward[i % G_N_ELEMENTS (awkward)], NULL);
      pt_workshop_add (ws, l);
    }
  {
    g_autoptr(PtSnapshot) snapshot = NULL;
    GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
    const char *ids[] = { n_factors >= 2 ? pt_item_get_id (g_ptr_array_index (factors, 0)) : NULL,
                          n_factors >= 2 ? pt_item_get_id (g_ptr_array_index (factors, 1)) : NULL,
                          NULL };
    g_autoptr(PtItem) action = g_object_new (PT_TYPE_ACTION, "id", "a-first", "text", awkward[2],
                                             "owner", awkward[0], "due", "2024-12-31",
                                             "status", PT_ACTION_STATUS_DOING,
                                             "aim", PT_ACTION_AIM_REINFORCE,
                                             "factors", n_factors >= 2 ? ids : NULL, NULL);
    g_autoptr(PtItem) entry = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "j1", "text", awkward[5],
                                            "step", PT_CYCLE_STEP_INTERACTION, "round", 2,
                                            "private", TRUE, "created", "2021-05-04T14:30:00+02:00",
                                            "changed", "2021-05-11T09:05:12Z", NULL);
    /* The snapshot keeps the action and the participants too. */
    pt_workshop_add (ws, action);
    snapshot = pt_workshop_take_snapshot (ws, "2024-02-29T13:45:00+01:00");
    g_assert_cmpuint (pt_snapshot_get_actions (snapshot)->len, ==, 1);
    pt_workshop_add (ws, PT_ITEM (snapshot));
    pt_workshop_add (ws, entry);
  }
  pt_history_clear (history);
  return ws;
}

/* A round closed by version 0.2 kept no actions or participants; read
 * back, that stays unknown (NULL), not none, and is written back so. A
 * round closed now keeps them, even when there are none. */
static void
test_snapshot_kept_lists (void)
{
  const char *old =
    "<workshop xmlns=\"" PT_FORMAT_NAMESPACE "\" version=\"1.0\">"
    "<factors><factor id=\"f1\" polarity=\"barrier\"><text>A</text></factor></factors>"
    "<actions><action id=\"a1\" factors=\"f1\"><text>Do</text></action></actions>"
    "<cycle round=\"3\"/>"
    "<snapshots><snapshot id=\"s1\" round=\"1\" taken=\"2021-03-16T10:00:00Z\">"
    "<factor id=\"f1\" polarity=\"enabler\"><text>A</text></factor></snapshot>"
    "<snapshot id=\"s2\" round=\"2\" taken=\"2021-03-23T10:00:00Z\">"
    "<factor id=\"f1\" polarity=\"barrier\"><text>A</text></factor>"
    "<actions><action id=\"a1\" aim=\"reinforce\" factors=\"f1\"><text>Then</text></action></actions>"
    "<participants/></snapshot></snapshots>"
    "</workshop>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (old, strlen (old));
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = pt_reader_load_bytes (bytes, "memory", &error);
  g_autoptr(PtWorkshop) again = NULL;
  g_autoptr(PtWorkshop) view = NULL;
  g_autofree char *tmpdir = make_tmpdir ();
  PtSnapshot *s1, *s2;

  g_assert_no_error (error);
  s1 = pt_workshop_get_snapshot (ws, 1);
  s2 = pt_workshop_get_snapshot (ws, 2);
  g_assert_null (pt_snapshot_get_actions (s1));
  g_assert_null (pt_snapshot_get_participants (s1));
  g_assert_cmpuint (pt_snapshot_get_actions (s2)->len, ==, 1);
  g_assert_cmpstr (pt_action_get_text (g_ptr_array_index (pt_snapshot_get_actions (s2), 0)), ==, "Then");
  g_assert_cmpint (pt_action_get_aim (g_ptr_array_index (pt_snapshot_get_actions (s2), 0)), ==,
                   PT_ACTION_AIM_REINFORCE);
  g_assert_cmpuint (pt_snapshot_get_participants (s2)->len, ==, 0);

  /* Shown, round 2 has its own action; round 1, of unknown actions, has
   * none rather than today's. */
  view = pt_workshop_view_snapshot (ws, s2);
  g_assert_cmpstr (pt_action_get_text (g_ptr_array_index (pt_workshop_get_items (view, PT_ITEM_KIND_ACTION), 0)),
                   ==, "Then");
  g_clear_object (&view);
  view = pt_workshop_view_snapshot (ws, s1);
  g_assert_cmpuint (pt_workshop_get_items (view, PT_ITEM_KIND_ACTION)->len, ==, 0);

  assert_round_trips (ws, tmpdir, "kept.ptw");
  again = reload (ws);
  g_assert_null (pt_snapshot_get_actions (pt_workshop_get_snapshot (again, 1)));
  g_assert_nonnull (pt_snapshot_get_participants (pt_workshop_get_snapshot (again, 2)));
  remove_tree (tmpdir);
}

static void
test_generated_round_trip (void)
{
  guint sizes[] = { 0, 1, 7, 1000 };
  g_autofree char *tmpdir = make_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(PtWorkshop) ws = generate_workshop (sizes[i], 42 + i);
      g_autofree char *name = g_strdup_printf ("generated-%u.ptw", sizes[i]);

      g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, sizes[i]);
      assert_round_trips (ws, tmpdir, name);
    }
  remove_tree (tmpdir);
}

/* Text survives exactly, including what XML would like to normalise. */
static void
test_text_survives_exactly (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      g_autoptr(PtWorkshop) ws = pt_workshop_new ();
      g_autoptr(PtItem) f = g_object_new (PT_TYPE_FACTOR, "id", "f1", "text", awkward[i],
                                          "notes", awkward[i], NULL);
      g_autoptr(PtWorkshop) again = NULL;

      pt_workshop_add (ws, f);
      g_object_set (ws, "title", awkward[i], NULL);
      again = reload (ws);
      g_assert_cmpstr (pt_factor_get_text (pt_workshop_lookup_factor (again, "f1")), ==, awkward[i]);
      g_assert_cmpstr (pt_workshop_get_title (again), ==, awkward[i]);
    }
}

static void
test_positions_are_shortest (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtItem) f = g_object_new (PT_TYPE_FACTOR, "id", "f1", "x", 0.1, "y", 1.0 / 3.0, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PtWorkshop) again = NULL;

  pt_workshop_add (ws, f);
  bytes = pt_writer_to_bytes (ws);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "x=\"0.1\""));
  g_assert_nonnull (strstr (text, "y=\"0.3333333333333333\""));
  again = reload (ws);
  g_assert_cmpfloat (pt_factor_get_y (pt_workshop_lookup_factor (again, "f1")), ==, 1.0 / 3.0);
}

/* A file from a newer minor version loads; what this version does not know
 * is skipped, as are elements of other namespaces. */
static void
test_newer_minor_version (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"" PT_FORMAT_NAMESPACE "\" xmlns:x=\"urn:example:extension\" version=\"1.7\">\n"
    "  <metadata><title>Future</title><mood>calm</mood></metadata>\n"
    "  <x:whiteboard><x:stroke/></x:whiteboard>\n"
    "  <factors>\n"
    "    <factor id=\"f1\" polarity=\"enabler\" dimension=\"contexts\" colour=\"teal\">\n"
    "      <text>Kept</text><sticker kind=\"star\"/>\n"
    "    </factor>\n"
    "  </factors>\n"
    "  <timeline><event/></timeline>\n"
    "</workshop>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = pt_reader_load_bytes (bytes, "future.ptw", &error);
  g_autofree char *same_version = NULL;
  g_autoptr(GBytes) same_bytes = NULL;
  g_autoptr(PtWorkshop) refused = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (pt_workshop_get_title (ws), ==, "Future");
  g_assert_cmpstr (pt_factor_get_text (pt_workshop_lookup_factor (ws, "f1")), ==, "Kept");

  /* The same unknown element in a file of this very version is an error. */
  same_version = g_strdup (xml);
  memcpy (strstr (same_version, "1.7"), "1.0", 3);
  same_bytes = g_bytes_new (same_version, strlen (same_version));
  refused = pt_reader_load_bytes (same_bytes, "now.ptw", &error);
  g_assert_null (refused);
  g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "now.ptw:3:34: unknown element <mood>");
}

/* ------------------------------------------------------------------------ */
/* Bad files                                                                */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *file;
  PtIoError   code;
  const char *message;  /* after "PATH" */
} BadFile;

static const BadFile bad_files[] = {
  { "bad-date.ptw", PT_IO_ERROR_INVALID, ":3:3: the workshop date “2021-02-30” is not a date written as YYYY-MM-DD" },
  { "bad-journal-time.ptw", PT_IO_ERROR_INVALID, ":5:46: <entry>’s created=“last Tuesday” is not a date and time such as 2021-05-04T14:30:00+02:00" },
  { "bad-id.ptw", PT_IO_ERROR_INVALID, ":4:13: “1 2” is not a valid id (letters, digits, “-”, “_” and “.”, starting with a letter, at most 64)" },
  { "billion-laughs.ptw", PT_IO_ERROR_FORBIDDEN, ":2:1: the file has a DOCTYPE declaration, which workshop documents never have; it was not read, for safety" },
  { "control-character-reference.ptw", PT_IO_ERROR_MALFORMED, ":3:32: the file contains a character that is not allowed in a workshop document (a control character)" },
  { "control-character.ptw", PT_IO_ERROR_MALFORMED, ":3:25: the file contains a character that is not allowed in a workshop document (a control character)" },
  { "dangling-action-factor.ptw", PT_IO_ERROR_INVALID, ":8:38: factors=“f3” refers to a factor that does not exist" },
  { "dangling-link.ptw", PT_IO_ERROR_INVALID, ":8:29: to=“f9” refers to a factor that does not exist" },
  { "dangling-raised-by.ptw", PT_IO_ERROR_INVALID, ":4:40: raised-by=“p7” refers to a participant that does not exist" },
  { "doctype.ptw", PT_IO_ERROR_FORBIDDEN, ":2:1: the file has a DOCTYPE declaration, which workshop documents never have; it was not read, for safety" },
  { "duplicate-id-across-kinds.ptw", PT_IO_ERROR_INVALID, ":7:13: the id “x1” is used twice" },
  { "duplicate-id.ptw", PT_IO_ERROR_INVALID, ":5:13: the id “f1” is used twice" },
  { "element-in-text.ptw", PT_IO_ERROR_INVALID, ":4:48: <text> holds text only, not the element <b>" },
  { "ebcdic-attribute-flood.ptw", PT_IO_ERROR_MALFORMED, ":1:1: the file is not valid UTF-8 text; it may be damaged or saved in another encoding" },
  { "empty.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ": the file is empty" },
  { "external-dtd.ptw", PT_IO_ERROR_FORBIDDEN, ":2:1: the file has a DOCTYPE declaration, which workshop documents never have; it was not read, for safety" },
  { "external-entity.ptw", PT_IO_ERROR_FORBIDDEN, ":2:1: the file has a DOCTYPE declaration, which workshop documents never have; it was not read, for safety" },
  { "gzip-compressed.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ": the file is compressed (or an archive); unpack it and open the .ptw file inside" },
  { "huge-coordinate.ptw", PT_IO_ERROR_INVALID, ":4:50: the position y=“1e308” is not a number between 0 and 1" },
  { "infinite-coordinate.ptw", PT_IO_ERROR_INVALID, ":4:62: the position x=“INF” is not a number between 0 and 1" },
  { "invalid-utf8.ptw", PT_IO_ERROR_MALFORMED, ":3:23: the file is not valid UTF-8 text; it may be damaged or saved in another encoding" },
  { "missing-polarity.ptw", PT_IO_ERROR_INVALID, ":4:5: <factor> has no polarity" },
  { "missing-version.ptw", PT_IO_ERROR_INVALID, ":2:1: <workshop> has no version" },
  { "nan-coordinate.ptw", PT_IO_ERROR_INVALID, ":4:62: the position x=“NaN” is not a number between 0 and 1" },
  { "negative-coordinate.ptw", PT_IO_ERROR_INVALID, ":4:62: the position x=“-0.25” is not a number between 0 and 1" },
  { "newer-major-namespace.ptw", PT_IO_ERROR_NEWER_VERSION, ":2:1: this workshop was saved by a newer version of Power Triangle (format 2); update Power Triangle to open it" },
  { "newer-major-version.ptw", PT_IO_ERROR_NEWER_VERSION, ":2:65: this workshop was saved by a newer version of Power Triangle (format 2.1); update Power Triangle to open it" },
  { "no-namespace.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ":2:1: <workshop> is not in the Power Triangle namespace (https://powertriangle.github.io/ns/workshop/1)" },
  { "not-xml.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ":1:1: the file is empty or is not an XML document" },
  { "out-of-order.ptw", PT_IO_ERROR_INVALID, ":4:3: <factors> is out of order" },
  { "section-twice.ptw", PT_IO_ERROR_INVALID, ":4:3: <factors> appears twice" },
  { "self-link.ptw", PT_IO_ERROR_INVALID, ":8:29: the link “l1” goes from a factor to itself" },
  { "stray-text.ptw", PT_IO_ERROR_INVALID, ":3:1: unexpected text between elements" },
  { "text-coordinate.ptw", PT_IO_ERROR_INVALID, ":4:50: the position y=“middle” is not a number between 0 and 1" },
  { "too-many-attributes.ptw", PT_IO_ERROR_INVALID, ":4:5: an element has more than 100 attributes, which no workshop has; the file was not read" },
  { "truncated.ptw", PT_IO_ERROR_MALFORMED, ":34:88: the file ends too early; it may have been cut off while being copied or saved" },
  { "two-roots.ptw", PT_IO_ERROR_MALFORMED, ":3:1: there is more after the end of the workshop; the file may have been joined with another" },
  { "unclosed-tag.ptw", PT_IO_ERROR_MALFORMED, ":5:14: the file is not well-formed XML (Opening and ending tag mismatch: title line 4 and metadata)" },
  { "undeclared-entity.ptw", PT_IO_ERROR_FORBIDDEN, ":3:42: the file uses entities, which workshop documents never contain" },
  { "unknown-dimension.ptw", PT_IO_ERROR_INVALID, ":4:21: “economy” is not a valid dimension (use one of “unplaced”, “resources”, “discourses”, “contexts”)" },
  { "unknown-element.ptw", PT_IO_ERROR_INVALID, ":3:29: unknown element <budget>" },
  { "unknown-perspective.ptw", PT_IO_ERROR_INVALID, ":4:57: “king” is not a valid perspective (use one of “user”, “relative”, “staff”, “manager”, “improvement-coach”, “other”)" },
  { "unknown-polarity.ptw", PT_IO_ERROR_INVALID, ":4:43: “neutral” is not a valid polarity (use one of “barrier”, “enabler”)" },
  { "utf16-external-entity.ptw", PT_IO_ERROR_MALFORMED, ":1:1: the file is not valid UTF-8 text; it may be damaged or saved in another encoding" },
  { "votes-out-of-range.ptw", PT_IO_ERROR_INVALID, ":4:40: votes=“-3” is not a whole number from 0 to 999" },
  { "whitespace-only.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ": the file is empty" },
  { "wrong-namespace.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ":2:1: <workshop> is not in the Power Triangle namespace (https://powertriangle.github.io/ns/workshop/1)" },
  { "wrong-root.ptw", PT_IO_ERROR_NOT_A_WORKSHOP, ":2:1: this is an XML file, but not a workshop (it starts with <svg>, not <workshop>)" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "tests", "bad", bad->file, NULL);
  g_autofree char *expected = g_strconcat (path, bad->message, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = load_path (path, &error);

  g_assert_null (ws);
  g_assert_error (error, PT_IO_ERROR, (int) bad->code);
  g_assert_cmpstr (error->message, ==, expected);
  /* Nothing of /etc/passwd, which some of them point at, ever shows. */
  g_assert_null (strstr (error->message, "root:"));
}

/* Every file in tests/bad/ is in the table, so none goes untested. */
static void
test_bad_files_all_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "tests", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        listed |= g_str_equal (bad_files[i].file, name);
      if (!listed)
        g_error ("tests/bad/%s has no expected message in test-io.c", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_files));
  g_assert_cmpuint (n, >=, 25);
}

/* An entity pointing at a local file: refused, and the file's content never
 * reaches the model or the message — here with a secret we made ourselves. */
static void
test_external_entity_never_read (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *secret = g_build_filename (tmpdir, "secret.txt", NULL);
  g_autofree char *doc_path = g_build_filename (tmpdir, "leak.ptw", NULL);
  g_autofree char *doc = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<!DOCTYPE workshop [<!ENTITY s SYSTEM \"file://%s\">]>\n"
    "<workshop xmlns=\"" PT_FORMAT_NAMESPACE "\" version=\"1.0\">"
    "<metadata><title>&s;</title></metadata></workshop>\n", secret);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = NULL;

  g_assert_true (g_file_set_contents (secret, "TOP-SECRET-4711", -1, NULL));
  g_assert_true (g_file_set_contents (doc_path, doc, -1, NULL));
  ws = load_path (doc_path, &error);
  g_assert_null (ws);
  g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_FORBIDDEN);
  g_assert_null (strstr (error->message, "TOP-SECRET"));
  remove_tree (tmpdir);
}

static GBytes *
bytes_printf (const char *format,
              ...) G_GNUC_PRINTF (1, 2);

static GBytes *
bytes_printf (const char *format,
              ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return g_bytes_new_take (text, strlen (text));
}

/* A workshop whose title is n_bytes of 'a'. */
static GBytes *
title_of_size (gsize n_bytes)
{
  const char *head = "<?xml version=\"1.0\"?>\n<workshop xmlns=\"" PT_FORMAT_NAMESPACE "\" version=\"1.0\">\n"
                     "<metadata><title>";
  const char *tail = "</title></metadata></workshop>\n";
  gsize head_len = strlen (head), tail_len = strlen (tail);
  char *text = g_malloc (head_len + n_bytes + tail_len);

  memcpy (text, head, head_len);
  memset (text + head_len, 'a', n_bytes);
  memcpy (text + head_len + n_bytes, tail, tail_len);
  return g_bytes_new_take (text, head_len + n_bytes + tail_len);
}

/* Bad files too large to keep in the repository are made here. */
static void
test_generated_bad_files (void)
{
  const char *head = "<?xml version=\"1.0\"?>\n<workshop xmlns=\"" PT_FORMAT_NAMESPACE "\" version=\"1.0\">\n";
  g_autoptr(GError) error = NULL;

  /* 10,000-deep nesting. */
  {
    g_autoptr(GString) s = g_string_new (head);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(PtWorkshop) ws = NULL;

    /* In a foreign namespace, which the reader skips, so libxml2's own
     * depth limit is what stops it. */
    g_string_append (s, "<metadata><x:x xmlns:x=\"urn:example\">");
    for (guint i = 0; i < 10000; i++)
      g_string_append (s, "<x:x>");
    for (guint i = 0; i < 10000; i++)
      g_string_append (s, "</x:x>");
    g_string_append (s, "</x:x></metadata></workshop>\n");
    bytes = g_string_free_to_bytes (g_steal_pointer (&s));
    ws = pt_reader_load_bytes (bytes, "deep.ptw", &error);
    g_assert_null (ws);
    g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_MALFORMED);
    g_assert_true (g_str_has_suffix (error->message, ": elements are nested far too deeply to be a workshop"));
    g_clear_error (&error);
  }

  /* A factor of a newer minor version with 95 attributes this version does
   * not know: under the 100 of the first check, but with those it writes
   * itself it would not load once saved: refused, by name. At 80 it
   * loads, saves, and loads again. */
  for (guint n = 80; n <= 95; n += 15)
    {
      g_autoptr(GString) s = g_string_new ("<?xml version=\"1.0\"?>\n<workshop xmlns=\"" PT_FORMAT_NAMESPACE
                                            "\" version=\"1.9\">\n<factors><factor id=\"f1\" dimension=\"resources\" polarity=\"barrier\"");
      g_autoptr(GBytes) bytes = NULL, saved = NULL;
      g_autoptr(PtWorkshop) ws = NULL, again = NULL;

      for (guint i = 0; i < n; i++)
        g_string_append_printf (s, " future%u=\"%u\"", i, i);
      g_string_append (s, "><text>Understaffing</text></factor></factors></workshop>\n");
      bytes = g_string_free_to_bytes (g_steal_pointer (&s));
      ws = pt_reader_load_bytes (bytes, "future.ptw", &error);
      if (n > PT_MAX_FOREIGN_ATTRIBUTES)
        {
          g_assert_null (ws);
          g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "more than 80 attributes this version of Power Triangle does not know"));
          g_clear_error (&error);
          continue;
        }
      g_assert_no_error (error);
      saved = pt_writer_to_bytes (ws);
      again = pt_reader_load_bytes (saved, "future-saved.ptw", &error);
      g_assert_no_error (error);
      g_assert_nonnull (again);
    }

  /* A 50 MB text node: refused before parsing, by size. */
  {
    g_autoptr(GBytes) bytes = title_of_size (50 * 1000 * 1000);
    g_autoptr(PtWorkshop) ws = pt_reader_load_bytes (bytes, "huge.ptw", &error);

    g_assert_null (ws);
    g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_TOO_LARGE);
    g_assert_cmpstr (error->message, ==, "huge.ptw: the file is too large to be a workshop (more than 32 MB)");
    g_clear_error (&error);
  }

  /* A 12 MB text node, under the file cap: libxml2's own limit holds. */
  {
    g_autoptr(GBytes) bytes = title_of_size (12 * 1000 * 1000);
    g_autoptr(PtWorkshop) ws = pt_reader_load_bytes (bytes, "big-text.ptw", &error);

    g_assert_null (ws);
    g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_TOO_LARGE);
    g_assert_true (g_str_has_suffix (error->message, ": a text or element in the file is too large to be a workshop"));
    g_clear_error (&error);
  }

  /* A factor text over the model's limit, and one exactly at it. */
  {
    g_autofree char *over = g_strnfill (PT_MAX_LONG_TEXT + 1, 'w');
    g_autofree char *at = g_strnfill (PT_MAX_LONG_TEXT, 'w');
    g_autoptr(GBytes) over_bytes =
      bytes_printf ("%s<factors>\n<factor id=\"f1\" polarity=\"barrier\"><text>%s</text></factor>"
                    "</factors></workshop>", head, over);
    g_autoptr(GBytes) at_bytes =
      bytes_printf ("%s<factors>\n<factor id=\"f1\" polarity=\"barrier\"><text>%s</text></factor>"
                    "</factors></workshop>", head, at);
    g_autoptr(PtWorkshop) refused = pt_reader_load_bytes (over_bytes, "long.ptw", &error);
    g_autoptr(PtWorkshop) loaded = NULL;

    g_assert_null (refused);
    g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_INVALID);
    g_assert_true (g_str_has_suffix (error->message, ": the text in <text> is longer than 100000 characters"));
    g_clear_error (&error);

    loaded = pt_reader_load_bytes (at_bytes, "long.ptw", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (strlen (pt_factor_get_text (pt_workshop_lookup_factor (loaded, "f1"))), ==, PT_MAX_LONG_TEXT);
  }
}

static void
test_not_a_file (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *missing = g_build_filename (tmpdir, "missing.ptw", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) a = load_path (missing, &error);
  g_autoptr(PtWorkshop) b = NULL;
  g_autofree char *expected_missing = g_strconcat (missing, ": there is no such file", NULL);
  g_autofree char *expected_dir = g_strconcat (tmpdir, ": this is a folder, not a workshop file", NULL);

  g_assert_null (a);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected_missing);
  g_clear_error (&error);

  b = load_path (tmpdir, &error);
  g_assert_null (b);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, expected_dir);
  remove_tree (tmpdir);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                   */
/* ------------------------------------------------------------------------ */

static void
test_save_keeps_symlink (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *real = g_build_filename (tmpdir, "real.ptw", NULL);
  g_autofree char *link = g_build_filename (tmpdir, "link.ptw", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(PtWorkshop) ws = generate_workshop (3, 1);
  g_autoptr(PtWorkshop) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.ptw", link), ==, 0);
  g_assert_true (pt_writer_save_file (ws, link_file, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  back = load_path (real, &error);
  g_assert_no_error (error);
  g_assert_true (pt_workshop_equal (ws, back));
  remove_tree (tmpdir);
}

static void
test_save_keeps_permissions (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "mode.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) ws = generate_workshop (2, 2);
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (pt_writer_save_file (ws, file, NULL, NULL, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  remove_tree (tmpdir);
}

/* Someone changed the file since we opened it: refuse, touch nothing. */
static void
test_save_detects_change_on_disk (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "shared.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) ws = generate_workshop (2, 3);
  g_autoptr(PtWorkshop) mine = NULL;
  g_autofree char *etag = NULL, *new_etag = NULL, *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *theirs = "their version, written meanwhile";

  g_assert_true (pt_writer_save_file (ws, file, NULL, NULL, NULL));
  mine = pt_reader_load_file (file, &etag, &error);
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  /* Etags change with the modification time; make sure it moves. */
  g_usleep (10 * 1000);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  g_assert_false (pt_writer_save_file (mine, file, etag, &new_etag, &error));
  g_assert_error (error, PT_IO_ERROR, PT_IO_ERROR_CHANGED_ON_DISK);
  g_assert_true (g_str_has_suffix (error->message,
                                   ": not saved: the file was changed by someone or something else since it was opened"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, theirs);
  g_clear_error (&error);

  /* Without the etag (the user chose Overwrite) it saves. */
  g_assert_true (pt_writer_save_file (mine, file, NULL, &new_etag, &error));
  g_assert_no_error (error);
  g_assert_nonnull (new_etag);
  remove_tree (tmpdir);
}

/* A folder we may not write into: an error, and the old file is intact.
 * Root may write anywhere, so as root the save runs in a child that has
 * become the unprivileged user "nobody" first. */
static void
test_save_into_read_only_folder (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("PT_LOCKED_FILE"));
      g_autoptr(PtWorkshop) ws = generate_workshop (2, 4);
      g_autoptr(GError) error = NULL;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        g_error ("could not become the user nobody: %s", g_strerror (errno));
      g_assert_cmpint (geteuid (), !=, 0);
      g_assert_false (pt_writer_save_file (ws, file, NULL, NULL, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
      return;
    }

  tmpdir = make_tmpdir ();
  path = g_build_filename (tmpdir, "locked.ptw", NULL);
  g_assert_true (g_file_set_contents (path, "original", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (tmpdir, 0555), ==, 0);
  g_setenv ("PT_LOCKED_FILE", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "original");
  g_chmod (tmpdir, 0755);
  remove_tree (tmpdir);
}

static void
test_save_into_missing_folder (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "gone", "x.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) ws = generate_workshop (1, 5);
  g_autoptr(GError) error = NULL;

  g_assert_false (pt_writer_save_file (ws, file, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  remove_tree (tmpdir);
}

/* What a newer minor version wrote survives a save by this one, where it
 * was, with the version it had; a second save changes nothing more. */
static void
test_newer_minor_kept (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"" PT_FORMAT_NAMESPACE "\" xmlns:x=\"urn:example:extension\" version=\"1.7\" x:origin=\"room\">\n"
    "  <metadata mood=\"calm\"><title lang=\"en\">Future</title><weather>sun &amp; wind</weather></metadata>\n"
    "  <x:whiteboard><x:stroke width=\"2\"/></x:whiteboard>\n"
    "  <factors layout=\"grid\">\n"
    "    <factor id=\"f1\" polarity=\"enabler\" dimension=\"contexts\" colour=\"teal\" x:seen=\"yes\">\n"
    "      <text>Kept</text><sticker kind=\"star\">★</sticker>\n"
    "    </factor>\n"
    "    <cluster id=\"c1\" members=\"f1\"/>\n"
    "  </factors>\n"
    "  <cycle step=\"action\" round=\"2\" pace=\"slow\"/>\n"
    "  <timeline><event at=\"1\"/></timeline>\n"
    "</workshop>\n";
  const char *kept[] = {
    "version=\"1.7\"", "xmlns:x=\"urn:example:extension\"", "x:origin=\"room\"", "mood=\"calm\"",
    "lang=\"en\"", "sun &amp; wind</weather>", "<x:stroke width=\"2\"/>", "layout=\"grid\"",
    "colour=\"teal\"", "x:seen=\"yes\"", "<sticker kind=\"star\"", "★</sticker>",
    "<cluster id=\"c1\" members=\"f1\"/>", "pace=\"slow\"", "<event at=\"1\"/>",
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) ws = pt_reader_load_bytes (bytes, "future.ptw", &error);
  g_autoptr(PtWorkshop) again = NULL;
  g_autoptr(GBytes) saved = NULL, saved_again = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  /* An edit in between, as a user makes before saving. */
  pt_workshop_set (ws, pt_workshop_lookup_factor (ws, "f1"), "text", "Kept, and edited", NULL);
  saved = pt_writer_to_bytes (ws);
  text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (strstr (text, kept[i]) == NULL)
      g_error ("“%s” was lost on saving:\n%s", kept[i], text);
  g_assert_nonnull (strstr (text, "Kept, and edited"));

  again = pt_reader_load_bytes (saved, "saved.ptw", &error);
  g_assert_no_error (error);
  g_assert_true (pt_workshop_equal (ws, again));
  saved_again = pt_writer_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));

  /* A file of this version gets this version, and nothing kept. */
  {
    g_autoptr(PtWorkshop) fresh = pt_workshop_new ();
    g_autoptr(GBytes) plain = pt_writer_to_bytes (fresh);
    g_autofree char *plain_text = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));

    g_assert_nonnull (strstr (plain_text, "version=\"1.0\""));
    g_assert_true (pt_foreign_is_empty (pt_workshop_get_foreign (fresh)));
  }
}

/* A new workshop file is its owner's alone: it holds names and notes. */
static void
test_save_new_file_private (void)
{
  g_autofree char *tmpdir = make_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "new.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PtWorkshop) ws = generate_workshop (2, 2);
  mode_t old_mask = umask (0022);
  GStatBuf st;

  g_assert_true (pt_writer_save_file (ws, file, NULL, NULL, NULL));
  umask (old_mask);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/round-trip/examples", test_examples_round_trip);
  g_test_add_func ("/io/round-trip/examples-content", test_examples_content);
  g_test_add_func ("/io/round-trip/generated", test_generated_round_trip);
  g_test_add_func ("/io/round-trip/snapshot-kept-lists", test_snapshot_kept_lists);
  g_test_add_func ("/io/round-trip/text-exact", test_text_survives_exactly);
  g_test_add_func ("/io/round-trip/positions-shortest", test_positions_are_shortest);
  g_test_add_func ("/io/read/newer-minor-version", test_newer_minor_version);
  g_test_add_func ("/io/round-trip/newer-minor-kept", test_newer_minor_kept);
  g_test_add_func ("/io/read/not-a-file", test_not_a_file);
  g_test_add_func ("/io/read/external-entity-never-read", test_external_entity_never_read);
  g_test_add_func ("/io/read/generated-bad-files", test_generated_bad_files);
  g_test_add_func ("/io/read/bad-files-all-listed", test_bad_files_all_listed);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/read/bad/%s", bad_files[i].file);
      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/io/save/keeps-symlink", test_save_keeps_symlink);
  g_test_add_func ("/io/save/keeps-permissions", test_save_keeps_permissions);
  g_test_add_func ("/io/save/new-file-private", test_save_new_file_private);
  g_test_add_func ("/io/save/detects-change-on-disk", test_save_detects_change_on_disk);
  g_test_add_func ("/io/save/read-only-folder", test_save_into_read_only_folder);
  g_test_add_func ("/io/save/missing-folder", test_save_into_missing_folder);

  return g_test_run ();
}
