/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-format.c — the io layer's error domain. */
#define G_LOG_DOMAIN "pt-io"

#include "pt-format.h"

G_DEFINE_QUARK (pt-io-error-quark, pt_io_error)
