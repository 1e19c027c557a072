/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-example.h — the example workshop, built in the interface's language. */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

PtWorkshop *pt_example_new (void);

G_END_DECLS
