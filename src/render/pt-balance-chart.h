/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-balance-chart.h — a small chart of barriers and enablers per
 * dimension across the rounds, so that a person sees at a glance whether
 * the balance is moving. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pt-palette.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

void pt_balance_chart_draw (cairo_t         *cr,
                            PangoContext    *pango,
                            PtWorkshop      *workshop,
                            const PtPalette *palette,
                            double           width,
                            double           height);

G_END_DECLS
