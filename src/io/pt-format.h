/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-format.h — the constants of the document format, shared by the reader
 * and the writer. The schema is data/power-triangle-workshop.rng. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The major version is part of the namespace; the minor version is only in
 * the root's version attribute, because a newer minor version adds things an
 * older reader may skip. */
#define PT_FORMAT_NAMESPACE_BASE "https://powertriangle.github.io/ns/workshop/"
#define PT_FORMAT_NAMESPACE      PT_FORMAT_NAMESPACE_BASE "1"
#define PT_FORMAT_MAJOR          1
#define PT_FORMAT_MINOR          0
#define PT_FORMAT_EXTENSION      ".ptw"
#define PT_FORMAT_MIME_TYPE      "application/x-power-triangle-workshop"

/* Far above any real workshop (10,000 factors and links take about 4 MB),
 * far below what would hurt the machine. */
#define PT_MAX_FILE_SIZE         (32 * 1024 * 1024)
/* Attributes in one element: a factor has nine; libxml2 2.9 is quadratic
 * in them (see pt-reader.c). */
#define PT_MAX_ATTRIBUTES        100
/* Attributes this version does not know, kept on an element to be saved
 * back: fewer, so that with the ones it writes itself (at most ten, some
 * only written when saved) the element still loads again once saved. */
#define PT_MAX_FOREIGN_ATTRIBUTES (PT_MAX_ATTRIBUTES - 20)

#define PT_IO_ERROR (pt_io_error_quark ())

typedef enum {
  PT_IO_ERROR_READ,            /* the file could not be read at all */
  PT_IO_ERROR_TOO_LARGE,
  PT_IO_ERROR_NOT_A_WORKSHOP,  /* empty, compressed, not XML, wrong root */
  PT_IO_ERROR_MALFORMED,       /* not well-formed XML */
  PT_IO_ERROR_FORBIDDEN,       /* DOCTYPE, entities */
  PT_IO_ERROR_NEWER_VERSION,
  PT_IO_ERROR_INVALID,         /* well-formed, but not a valid workshop */
  PT_IO_ERROR_WRITE,
  PT_IO_ERROR_CHANGED_ON_DISK,
} PtIoError;

GQuark pt_io_error_quark (void);

G_END_DECLS
