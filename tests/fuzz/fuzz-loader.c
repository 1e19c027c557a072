/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-loader.c — libFuzzer's way into our own XML-to-model code.
 *
 * Any bytes must either load or be refused with a message; never crash,
 * hang or leak. What loads must also save, and what is saved must load
 * again to the same bytes: the writer's own promise, checked on whatever
 * the fuzzer finds the reader accepts.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "pt-reader.h"
#include "pt-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtWorkshop) workshop = pt_reader_load_bytes (bytes, "fuzz.ptw", &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(PtWorkshop) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  if (workshop == NULL)
    {
      /* Refused, and said why. */
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  saved = pt_writer_to_bytes (workshop);
  again = pt_reader_load_bytes (saved, "fuzz-saved.ptw", &error);
  if (again == NULL)
    g_error ("a document that loaded does not load once saved: %s", error->message);
  saved_again = pt_writer_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
  return 0;
}
