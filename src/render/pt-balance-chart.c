/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-balance-chart.c — barriers and enablers per dimension across rounds.
 *
 * Three panels, one a dimension; in each, for every round, a barrier bar
 * and an enabler bar side by side, coloured and bordered as the cards are
 * (an enabler's border dashed), so the chart reads in black and white
 * too; the round's number under them, the count over each bar. All
 * panels share one scale, so dimensions compare.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include "pt-balance.h"
#include "pt-balance-chart.h"
#include "pt-pango.h"

static void
show_text (cairo_t         *cr,
           PangoContext    *pango,
           const char      *text,
           double           size,
           gboolean         bold,
           double           x,
           double           y,
           double           align,
           const PtPalette *palette)
{
  PangoLayout *layout = pt_pango_layout_new (pango, text, size, bold, FALSE);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - align * w, y);
  cairo_set_source_rgb (cr, palette->ink.r, palette->ink.g, palette->ink.b);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

void
pt_balance_chart_draw (cairo_t         *cr,
                       PangoContext    *pango,
                       PtWorkshop      *workshop,
                       const PtPalette *palette,
                       double           width,
                       double           height)
{
  g_autoptr(GArray) rounds = NULL;
  const double gap = 12, title = 18, foot = 16, label = 10;
  double panel, top, bottom;
  guint most = 1;

  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  rounds = pt_balance_by_round (workshop);
  for (guint r = 0; r < rounds->len; r++)
    for (PtDimensionKind d = PT_DIMENSION_RESOURCES; d <= PT_DIMENSION_CONTEXTS; d++)
      for (PtPolarity p = PT_POLARITY_BARRIER; p <= PT_POLARITY_ENABLER; p++)
        most = MAX (most, g_array_index (rounds, PtBalance, r).counts[d][p]);

  panel = (width - 2 * gap) / 3;
  top = title + label + 2;
  bottom = height - foot;
  cairo_save (cr);
  for (PtDimensionKind d = PT_DIMENSION_RESOURCES; d <= PT_DIMENSION_CONTEXTS; d++)
    {
      double x0 = (d - PT_DIMENSION_RESOURCES) * (panel + gap);
      double slot = panel / MAX (rounds->len, 1), bar = MIN (slot * 0.36, 18);

      show_text (cr, pango, pt_workshop_get_dimension_label (workshop, d), 12, TRUE, x0, 0, 0.0, palette);
      /* The baseline. */
      cairo_move_to (cr, x0, bottom + 0.5);
      cairo_line_to (cr, x0 + panel, bottom + 0.5);
      cairo_set_source_rgb (cr, palette->ink_soft.r, palette->ink_soft.g, palette->ink_soft.b);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      for (guint r = 0; r < rounds->len; r++)
        {
          const PtBalance *balance = &g_array_index (rounds, PtBalance, r);
          double middle = x0 + slot * (r + 0.5);
          char number[16];

          for (PtPolarity p = PT_POLARITY_BARRIER; p <= PT_POLARITY_ENABLER; p++)
            {
              static const double dashes[] = { 3, 2 };
              guint n = balance->counts[d][p];
              double h = (bottom - top) * n / most;
              double x = p == PT_POLARITY_BARRIER ? middle - bar - 1 : middle + 1;
              const PtColor *fill = p == PT_POLARITY_BARRIER ? &palette->barrier_fill : &palette->enabler_fill;
              const PtColor *edge = p == PT_POLARITY_BARRIER ? &palette->barrier_edge : &palette->enabler_edge;

              cairo_rectangle (cr, x + 0.5, bottom - h + 0.5, bar - 1, h);
              cairo_set_source_rgb (cr, fill->r, fill->g, fill->b);
              cairo_fill_preserve (cr);
              if (p == PT_POLARITY_ENABLER)
                cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
              cairo_set_source_rgb (cr, edge->r, edge->g, edge->b);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
              g_snprintf (number, sizeof number, "%u", n);
              show_text (cr, pango, number, label, FALSE, x + bar / 2, bottom - h - label - 3, 0.5, palette);
            }
          g_snprintf (number, sizeof number, "%u", balance->round);
          show_text (cr, pango, number, label, FALSE, middle, bottom + 3, 0.5, palette);
        }
    }
  cairo_restore (cr);
}
