/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-handout.c — PtHandout: measuring, paginating and drawing handouts.
 *
 * The text pages are a list of blocks (headings, rows of factors, lines of
 * links and actions, ruled lines), each measured once with Pango at the
 * page's width; pagination then places whole blocks, so a row is never cut
 * in half and a heading never ends a page. Sizes are in points.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pt-handout.h"
#include "pt-palette.h"
#include "pt-balance-chart.h"
#include "pt-pango.h"
#include "pt-privacy.h"
#include "pt-scene.h"
#include "pt-text.h"

#define MARGIN        42.0
#define FOOTER        18.0
#define GAP           14.0     /* between the two columns */
#define MARK          9.0      /* polarity mark, diameter */
#define BODY_SIZE     10.0
#define META_SIZE     8.5
#define HEADING_SIZE  14.0
#define TITLE_SIZE    18.0
#define LEGEND_HEIGHT 40.0
#define RULE_SPACING  26.0
#define CHART_HEIGHT  150.0

typedef enum {
  BLOCK_HEADING,
  BLOCK_COLUMN_TITLES,
  BLOCK_FACTOR_ROW,
  BLOCK_PARAGRAPH,
  BLOCK_RULES,
  BLOCK_CHART,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  PangoLayout *text;
  PangoLayout *meta;
  PangoLayout *notes;
  PtPolarity   polarity;
  double       height;
} Cell;

typedef struct
{
  BlockKind    kind;
  double       height;
  gboolean     keep_with_next;
  PangoLayout *layout;           /* headings, paragraphs, column titles (left) */
  PangoLayout *layout2;          /* column titles (right) */
  Cell         cells[2];         /* factor rows: barrier | enabler */
  guint        n_rules;
  guint        page;             /* after pagination */
  double       y;
} Block;

struct _PtHandout
{
  GObject parent_instance;

  PtWorkshop     *workshop;
  PtHandoutParts  parts;
  double          width;
  double          height;

  PangoContext   *pango;
  GPtrArray      *blocks;
  guint           n_text_pages;

  /* Page one's triangle, arranged once, and where it starts on the page. */
  PtScene        *scene;
  double          scene_top;
  /* PtFactor* → its number ("12") in the list, when page one is too small
   * for the cards' text at 8 pt and shows numbers instead; else NULL. */
  GHashTable     *numbers;
  gboolean        cards_left_off;  /* too many even for numbers */
};

G_DEFINE_FINAL_TYPE (PtHandout, pt_handout, G_TYPE_OBJECT)

/* ------------------------------------------------------------------------ */
/* Text                                                                     */
/* ------------------------------------------------------------------------ */

static double
content_width (PtHandout *self)
{
  return self->width - 2 * MARGIN;
}

static PangoLayout *
layout_new (PtHandout  *self,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic,
            double      width)
{
  PangoLayout *layout = pt_pango_layout_new (self->pango, text, size, bold, italic);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static const char *
factor_text (PtHandout  *self,
             const char *id)
{
  PtFactor *factor = pt_workshop_lookup_factor (self->workshop, id);

  return factor != NULL ? pt_factor_get_text (factor) : id;
}

/* ------------------------------------------------------------------------ */
/* Blocks                                                                   */
/* ------------------------------------------------------------------------ */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_object (&block->layout2);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&block->cells[i].text);
      g_clear_object (&block->cells[i].meta);
      g_clear_object (&block->cells[i].notes);
    }
  g_free (block);
}

static Block *
add_block (PtHandout *self,
           BlockKind  kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
add_heading (PtHandout  *self,
             const char *text,
             double      size)
{
  Block *block = add_block (self, BLOCK_HEADING);

  block->layout = layout_new (self, text, size, TRUE, FALSE, content_width (self));
  block->height = layout_height (block->layout) + size * 0.6;
  block->keep_with_next = TRUE;
}

static void
add_paragraph (PtHandout  *self,
               const char *markup,
               double      size)
{
  Block *block = add_block (self, BLOCK_PARAGRAPH);

  block->layout = layout_new (self, "", size, FALSE, FALSE, content_width (self));
  pango_layout_set_markup (block->layout, markup, -1);
  block->height = layout_height (block->layout) + 6;
}

static void
fill_cell (PtHandout *self,
           Cell      *cell,
           PtFactor  *factor,
           double     width)
{
  PtParticipant *who = PT_PARTICIPANT (pt_workshop_lookup (self->workshop, pt_factor_get_raised_by (factor)));
  guint votes = pt_factor_get_votes (factor);
  g_autoptr(GString) meta = g_string_new (NULL);
  double text_width = width - MARK - 6;

  const char *number = self->numbers != NULL ? g_hash_table_lookup (self->numbers, factor) : NULL;

  cell->polarity = pt_factor_get_polarity (factor);
  if (number != NULL)
    {
      /* Translators: a factor in a handout's list, after the number that
       * stands for it on page 1: "12. Understaffing" */
      g_autofree char *text = g_strdup_printf (_("%s. %s"), number, pt_factor_get_text (factor));

      cell->text = layout_new (self, text, BODY_SIZE, FALSE, FALSE, text_width);
    }
  else
    cell->text = layout_new (self, pt_factor_get_text (factor), BODY_SIZE, FALSE, FALSE, text_width);

  if (PT_IS_PARTICIPANT (who))
    /* Translators: on a handout, under a factor: "Raised by Anna · User" */
    g_string_append_printf (meta, _("Raised by %s · %s"), pt_participant_get_name (who),
                            pt_perspective_to_label (pt_participant_get_perspective (who)));
  if (votes > 0)
    {
      if (meta->len > 0)
        g_string_append (meta, " · ");
      g_string_append_printf (meta, ngettext ("%u vote", "%u votes", votes), votes);
    }
  if (meta->len > 0)
    cell->meta = layout_new (self, meta->str, META_SIZE, FALSE, FALSE, text_width);

  if (pt_factor_get_notes (factor)[0] != '\0')
    cell->notes = layout_new (self, pt_factor_get_notes (factor), META_SIZE + 0.5, FALSE, TRUE, text_width);

  cell->height = layout_height (cell->text) + layout_height (cell->meta) + layout_height (cell->notes) +
                 (cell->meta != NULL ? 2 : 0) + (cell->notes != NULL ? 2 : 0);
}

/* A dimension's factors as the list shows them: its barriers, then its
 * enablers, each in the workshop's order. */
static void
split_by_polarity (PtHandout       *self,
                   PtDimensionKind  dimension,
                   GPtrArray       *barriers,
                   GPtrArray       *enablers)
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);

      if (pt_factor_get_dimension (f) == dimension)
        g_ptr_array_add (pt_factor_get_polarity (f) == PT_POLARITY_BARRIER ? barriers : enablers, f);
    }
}

/* Numbers every factor in the order the list shows them, dimension by
 * dimension, the unplaced last. */
static GHashTable *
number_factors (PtHandout *self)
{
  static const PtDimensionKind order[] = { PT_DIMENSION_RESOURCES, PT_DIMENSION_DISCOURSES,
                                           PT_DIMENSION_CONTEXTS, PT_DIMENSION_UNPLACED };
  GHashTable *numbers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  guint next = 1;

  for (guint d = 0; d < G_N_ELEMENTS (order); d++)
    {
      g_autoptr(GPtrArray) barriers = g_ptr_array_new ();
      g_autoptr(GPtrArray) enablers = g_ptr_array_new ();

      split_by_polarity (self, order[d], barriers, enablers);
      for (guint i = 0; i < barriers->len; i++)
        g_hash_table_insert (numbers, g_ptr_array_index (barriers, i), g_strdup_printf ("%u", next++));
      for (guint i = 0; i < enablers->len; i++)
        g_hash_table_insert (numbers, g_ptr_array_index (enablers, i), g_strdup_printf ("%u", next++));
    }
  return numbers;
}

static void
add_factor_rows (PtHandout       *self,
                 PtDimensionKind  dimension)
{
  g_autoptr(GPtrArray) barriers = g_ptr_array_new ();
  g_autoptr(GPtrArray) enablers = g_ptr_array_new ();
  double column = (content_width (self) - GAP) / 2;
  Block *titles;

  split_by_polarity (self, dimension, barriers, enablers);
  if (barriers->len == 0 && enablers->len == 0)
    return;

  add_heading (self, pt_workshop_get_dimension_label (self->workshop, dimension), HEADING_SIZE - 2);
  titles = add_block (self, BLOCK_COLUMN_TITLES);
  /* Translators: the column of barriers on a handout */
  titles->layout = layout_new (self, _("Barriers"), BODY_SIZE, TRUE, FALSE, column);
  /* Translators: the column of enablers on a handout */
  titles->layout2 = layout_new (self, _("Enablers"), BODY_SIZE, TRUE, FALSE, column);
  titles->height = layout_height (titles->layout) + 6;
  titles->keep_with_next = TRUE;

  for (guint i = 0; i < MAX (barriers->len, enablers->len); i++)
    {
      Block *row = add_block (self, BLOCK_FACTOR_ROW);

      row->cells[0].polarity = PT_POLARITY_BARRIER;
      row->cells[1].polarity = PT_POLARITY_ENABLER;
      if (i < barriers->len)
        fill_cell (self, &row->cells[0], g_ptr_array_index (barriers, i), column);
      if (i < enablers->len)
        fill_cell (self, &row->cells[1], g_ptr_array_index (enablers, i), column);
      row->height = MAX (row->cells[0].height, row->cells[1].height) + 10;
    }
}

static void
add_links_and_actions (PtHandout *self)
{
  GPtrArray *links = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_LINK);
  GPtrArray *actions = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_ACTION);
  gboolean heading = FALSE;

  for (guint i = 0; i < links->len; i++)
    {
      PtLink *link = g_ptr_array_index (links, i);
      g_autofree char *kind = g_utf8_strdown (pt_link_kind_to_label (pt_link_get_kind (link)), -1);
      g_autofree char *text = NULL;
      g_autofree char *markup = NULL;

      if (!heading)
        add_heading (self, _("Links"), HEADING_SIZE);
      heading = TRUE;

      /* Translators: a link on a handout: "FACTOR — reinforces → FACTOR" */
      text = g_strdup_printf (_("%s — %s → %s"), factor_text (self, pt_link_get_from (link)), kind,
                              factor_text (self, pt_link_get_to (link)));
      if (pt_link_get_label (link)[0] != '\0')
        markup = g_markup_printf_escaped ("%s <i>(%s)</i>", text, pt_link_get_label (link));
      else
        markup = g_markup_escape_text (text, -1);
      add_paragraph (self, markup, BODY_SIZE);
    }

  if (actions->len > 0)
    add_heading (self, _("Actions"), HEADING_SIZE);
  for (guint i = 0; i < actions->len; i++)
    {
      PtAction *action = g_ptr_array_index (actions, i);
      const char * const *ids = pt_action_get_factors (action);
      g_autoptr(GString) details = g_string_new (NULL);
      g_autofree char *due = pt_format_date (pt_action_get_due (action));
      g_autofree char *markup = NULL;

      for (guint j = 0; ids[j] != NULL; j++)
        g_string_append_printf (details, "%s%s", j == 0 ? _("Factors: ") : "; ", factor_text (self, ids[j]));
      if (pt_action_get_owner (action)[0] != '\0')
        g_string_append_printf (details, "%s%s%s", details->len > 0 ? " · " : "", _("Owner: "),
                                pt_action_get_owner (action));
      if (due != NULL)
        g_string_append_printf (details, "%s%s%s", details->len > 0 ? " · " : "", _("Due: "), due);
      g_string_append_printf (details, "%s%s%s", details->len > 0 ? " · " : "", _("Status: "),
                              pt_action_status_to_label (pt_action_get_status (action)));
      markup = g_markup_printf_escaped ("<b>%s</b>\n<small>%s</small>", pt_action_get_text (action), details->str);
      add_paragraph (self, markup, BODY_SIZE);
    }
}

/* Once a round is closed, whether the balance is moving: barriers and
 * enablers of each dimension, round by round. */
static void
add_balance_chart (PtHandout *self)
{
  Block *chart;

  if (pt_workshop_get_items (self->workshop, PT_ITEM_KIND_SNAPSHOT)->len == 0)
    return;
  add_heading (self, _("Barriers and enablers, round by round"), HEADING_SIZE);
  ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = TRUE;
  chart = add_block (self, BLOCK_CHART);
  chart->height = CHART_HEIGHT;
}

/* What was written in the journal, step by step. */
static void
add_journal (PtHandout *self)
{
  GPtrArray *entries = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_JOURNAL_ENTRY);
  gboolean heading = FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      PtJournalEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *title = NULL, *markup = NULL;

      if (pt_journal_entry_get_text (entry)[0] == '\0')
        continue;
      if (!heading)
        add_heading (self, _("Journal"), HEADING_SIZE);
      heading = TRUE;
      /* Private notes are printed only when asked for, and then marked
       * as on screen. */
      title = pt_journal_entry_title (entry);
      markup = g_markup_printf_escaped ("<b>%s</b>\n%s", title, pt_journal_entry_get_text (entry));
      add_paragraph (self, markup, BODY_SIZE);
    }
}

static void
add_reflection (PtHandout *self)
{
  add_block (self, BLOCK_PAGE_BREAK);
  add_heading (self, _("Reflection"), HEADING_SIZE + 2);
  for (PtCycleStep step = PT_CYCLE_STEP_REACTION; step <= PT_CYCLE_STEP_ACTION; step++)
    {
      g_autofree char *prompt = g_markup_printf_escaped ("<i>%s</i>", pt_cycle_step_to_prompt (step));
      Block *rules;

      add_heading (self, pt_cycle_step_to_label (step), HEADING_SIZE - 2);
      add_paragraph (self, prompt, BODY_SIZE);
      /* The question stays with the lines for its answer. */
      ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = TRUE;
      rules = add_block (self, BLOCK_RULES);
      rules->n_rules = 6;
      rules->height = rules->n_rules * RULE_SPACING + 10;
    }
}

/* Places whole blocks on pages; a heading goes with what follows it. */
static void
paginate (PtHandout *self)
{
  double top = MARGIN, bottom = self->height - MARGIN - FOOTER;
  double y = top;
  guint page = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double needed = block->height;

      if (block->kind == BLOCK_PAGE_BREAK)
        {
          if (y > top)
            {
              page++;
              y = top;
            }
          block->page = page;
          continue;
        }
      if (block->keep_with_next && i + 1 < self->blocks->len)
        needed += ((Block *) g_ptr_array_index (self->blocks, i + 1))->height;
      if (y + needed > bottom && y > top)
        {
          page++;
          y = top;
        }
      block->page = page;
      block->y = y;
      y += block->height;
    }
  self->n_text_pages = self->blocks->len > 0 ? page + 1 : 0;
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                  */
/* ------------------------------------------------------------------------ */

static void
set_color (cairo_t       *cr,
           const PtColor *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

/* The polarity mark, as on the cards: − in a disc for a barrier, + for an
 * enabler; shape, not colour, carries it on a grey printer. */
static void
draw_mark (cairo_t    *cr,
           PtPolarity  polarity,
           double      x,
           double      y)
{
  double r = MARK / 2;

  cairo_save (cr);
  cairo_new_path (cr);   /* text leaves a current point; the disc must not join it */
  set_color (cr, polarity == PT_POLARITY_BARRIER ? &pt_palette_normal.barrier_edge : &pt_palette_normal.enabler_edge);
  cairo_arc (cr, x + r, y + r, r, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.6);
  cairo_move_to (cr, x + r * 0.45, y + r);
  cairo_line_to (cr, x + r * 1.55, y + r);
  if (polarity == PT_POLARITY_ENABLER)
    {
      cairo_move_to (cr, x + r, y + r * 0.45);
      cairo_line_to (cr, x + r, y + r * 1.55);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_cell (cairo_t *cr,
           Cell    *cell,
           double   x,
           double   y)
{
  double text_x = x + MARK + 6;

  if (cell->text == NULL)
    return;
  draw_mark (cr, cell->polarity, x, y + 2);
  set_color (cr, &pt_palette_normal.ink);
  show (cr, cell->text, text_x, y);
  y += layout_height (cell->text) + 2;
  if (cell->meta != NULL)
    {
      set_color (cr, &pt_palette_normal.ink_soft);
      show (cr, cell->meta, text_x, y);
      y += layout_height (cell->meta) + 2;
    }
  if (cell->notes != NULL)
    {
      set_color (cr, &pt_palette_normal.ink);
      show (cr, cell->notes, text_x, y);
    }
}

static void
draw_block (PtHandout *self,
            cairo_t   *cr,
            Block     *block)
{
  double column = (content_width (self) - GAP) / 2;

  switch (block->kind)
    {
    case BLOCK_HEADING:
    case BLOCK_PARAGRAPH:
      set_color (cr, &pt_palette_normal.ink);
      show (cr, block->layout, MARGIN, block->y + (block->kind == BLOCK_HEADING ? 4 : 0));
      break;
    case BLOCK_COLUMN_TITLES:
      set_color (cr, &pt_palette_normal.ink);
      show (cr, block->layout, MARGIN, block->y);
      show (cr, block->layout2, MARGIN + column + GAP, block->y);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, MARGIN, block->y + block->height - 2);
      cairo_line_to (cr, self->width - MARGIN, block->y + block->height - 2);
      cairo_stroke (cr);
      break;
    case BLOCK_FACTOR_ROW:
      draw_cell (cr, &block->cells[0], MARGIN, block->y + 4);
      draw_cell (cr, &block->cells[1], MARGIN + column + GAP, block->y + 4);
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN, block->y + block->height);
      cairo_line_to (cr, self->width - MARGIN, block->y + block->height);
      cairo_stroke (cr);
      break;
    case BLOCK_RULES:
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_set_line_width (cr, 0.6);
      for (guint i = 1; i <= block->n_rules; i++)
        {
          cairo_move_to (cr, MARGIN, block->y + i * RULE_SPACING);
          cairo_line_to (cr, self->width - MARGIN, block->y + i * RULE_SPACING);
        }
      cairo_stroke (cr);
      break;
    case BLOCK_CHART:
      cairo_save (cr);
      cairo_translate (cr, MARGIN, block->y + 4);
      pt_balance_chart_draw (cr, self->pango, self->workshop, &pt_palette_normal,
                             content_width (self), block->height - 8);
      cairo_restore (cr);
      break;
    case BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

static void
draw_footer (PtHandout *self,
             cairo_t   *cr,
             guint      page)
{
  guint n = pt_handout_get_n_pages (self);
  /* Translators: the footer of a printed page */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, n);
  g_autoptr(PangoLayout) layout = layout_new (self, text, PT_HANDOUT_MIN_TEXT, FALSE, FALSE, -1);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  set_color (cr, &pt_palette_normal.ink_soft);
  show (cr, layout, (self->width - (double) w / PANGO_SCALE) / 2, self->height - MARGIN);
}

/* The legend under the triangle: what the marks and lines mean. */
static double
draw_legend (PtHandout *self,
             cairo_t   *cr,
             double     y)
{
  double x = MARGIN, size = PT_HANDOUT_MIN_TEXT + 0.5;
  const PtPolarity polarities[] = { PT_POLARITY_BARRIER, PT_POLARITY_ENABLER };

  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    {
      g_autoptr(PangoLayout) label = layout_new (self, pt_polarity_to_label (polarities[i]), size, FALSE, FALSE, -1);
      int w, h;

      draw_mark (cr, polarities[i], x, y + 2);
      set_color (cr, &pt_palette_normal.ink);
      show (cr, label, x + MARK + 4, y);
      pango_layout_get_size (label, &w, &h);
      x += MARK + 4 + (double) w / PANGO_SCALE + 18;
    }
  for (PtLinkKind kind = PT_LINK_KIND_REINFORCES; kind <= PT_LINK_KIND_RELATES; kind++)
    {
      g_autoptr(PangoLayout) label = layout_new (self, pt_link_kind_to_label (kind), size, FALSE, FALSE, -1);
      int w, h;

      pt_scene_draw_link_sample (cr, x, y + 6, x + 30, y + 6, kind, 1.6);
      set_color (cr, &pt_palette_normal.ink);
      show (cr, label, x + 36, y);
      pango_layout_get_size (label, &w, &h);
      x += 36 + (double) w / PANGO_SCALE + 18;
    }
  return size * 1.6;
}

/* Page one's header: the title, place, date and facilitator, and the focus
 * question; drawn when cr is given. Where the triangle's area starts. */
static double
page_one_header (PtHandout *self,
                 cairo_t   *cr)
{
  g_autoptr(GString) info = g_string_new (NULL);
  g_autofree char *date = pt_format_date (pt_workshop_get_date (self->workshop));
  const char *title = pt_workshop_get_title (self->workshop);
  const char *question = pt_workshop_get_focus_question (self->workshop);
  double y = MARGIN;

  if (pt_workshop_get_place (self->workshop)[0] != '\0')
    g_string_append (info, pt_workshop_get_place (self->workshop));
  if (date != NULL)
    g_string_append_printf (info, "%s%s", info->len > 0 ? " · " : "", date);
  if (pt_workshop_get_facilitator (self->workshop)[0] != '\0')
    /* Translators: on a handout's first page */
    g_string_append_printf (info, "%s%s%s", info->len > 0 ? " · " : "", _("Facilitator: "),
                            pt_workshop_get_facilitator (self->workshop));

  for (guint line = 0; line < 3; line++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      const PtColor *color = line == 1 ? &pt_palette_normal.ink_soft : &pt_palette_normal.ink;

      if (line == 0 && title[0] != '\0')
        layout = layout_new (self, title, TITLE_SIZE, TRUE, FALSE, content_width (self));
      else if (line == 1 && info->len > 0)
        layout = layout_new (self, info->str, BODY_SIZE, FALSE, FALSE, content_width (self));
      else if (line == 2 && question[0] != '\0')
        {
          /* Translators: on a handout's first page, before the focus question */
          g_autofree char *text = g_strdup_printf ("%s %s", _("Focus question:"), question);

          layout = layout_new (self, text, BODY_SIZE + 1, FALSE, TRUE, content_width (self));
        }
      if (layout == NULL)
        continue;
      if (cr != NULL)
        {
          set_color (cr, color);
          show (cr, layout, MARGIN, y);
        }
      y += layout_height (layout) + 4;
    }
  return y + 8;
}

/* The room page one leaves the triangle, below the header and above the
 * legend and the note under it. */
static void
page_one_area (PtHandout *self,
               double    *width,
               double    *height)
{
  *width = content_width (self);
  *height = self->height - MARGIN - FOOTER - LEGEND_HEIGHT - self->scene_top;
}

/* Page one's triangle, arranged once: every card whole and uncovered at
 * the largest size from 8 pt up at which all of them fit. When even 8 pt
 * does not hold them, each card shows the number it has in the list on
 * the following pages instead of its text, rather than lie in a heap. */
static void
arrange_page_one (PtHandout *self)
{
  double width, height;

  self->scene_top = page_one_header (self, NULL);
  self->scene = pt_scene_new (self->workshop);
  pt_scene_set_show_tray (self->scene, pt_scene_shows_unplaced (self->scene));
  pt_scene_set_reveal_hidden (self->scene, TRUE);
  page_one_area (self, &width, &height);
  if (pt_scene_arrange (self->scene, width, height, PT_HANDOUT_MIN_TEXT + 0.2, 12.0, FALSE))
    return;

  self->numbers = number_factors (self);
  pt_scene_set_card_numbers (self->scene, self->numbers);
  /* Numbers are short, so they fit but for hundreds of cards: then the
   * triangle is drawn without them, and the list holds them all. */
  self->cards_left_off = !pt_scene_arrange (self->scene, width, height, PT_HANDOUT_MIN_TEXT + 0.2, 14.0, FALSE);
}

/* Page one: the header, the triangle as large as the page allows, and the
 * legend. */
static void
draw_triangle_page (PtHandout *self,
                    cairo_t   *cr)
{
  double avail_w, avail_h, scale, legend_y;
  PtRect bounds;

  page_one_header (self, cr);
  page_one_area (self, &avail_w, &avail_h);
  pt_scene_get_bounds (self->scene, &bounds);
  scale = MIN (avail_w / bounds.width, avail_h / bounds.height);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_translate (cr, MARGIN + (avail_w - bounds.width * scale) / 2, self->scene_top);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds.x, -bounds.y);
  if (self->cards_left_off)
    pt_scene_draw_background (self->scene, cr, PT_ZONE_NONE);
  else
    pt_scene_draw (self->scene, cr);
  cairo_restore (cr);

  legend_y = self->height - MARGIN - FOOTER - LEGEND_HEIGHT + 14;
  draw_legend (self, cr, legend_y);
  if (self->numbers != NULL)
    {
      /* Translators: under the triangle on a handout's first page, when
       * the cards are too many to be printed there at a readable size */
      const char *text = self->cards_left_off ? _("Too many cards to show on the triangle at a readable size: "
                                                  "they are listed on the pages that follow.")
                                              : _("Too many cards to print their text here: each card's "
                                                  "number is its place in the list that follows.");
      g_autoptr(PangoLayout) note = layout_new (self, text, META_SIZE, FALSE, TRUE, content_width (self));

      set_color (cr, &pt_palette_normal.ink_soft);
      show (cr, note, MARGIN, legend_y + LEGEND_HEIGHT - 26);
    }
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_handout_finalize (GObject *object)
{
  PtHandout *self = PT_HANDOUT (object);

  g_clear_object (&self->workshop);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->scene);
  g_clear_pointer (&self->numbers, g_hash_table_unref);

  G_OBJECT_CLASS (pt_handout_parent_class)->finalize (object);
}

static void
pt_handout_class_init (PtHandoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pt_handout_finalize;
}

static void
pt_handout_init (PtHandout *self)
{
  self->pango = pt_pango_context_new ();
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/* Lays workshop out on pages of page_width × page_height points. */
PtHandout *
pt_handout_new (PtWorkshop     *workshop,
                PtHandoutParts  parts,
                gboolean        include_private,
                double          page_width,
                double          page_height)
{
  PtHandout *self;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (page_width > 4 * MARGIN && page_height > 4 * MARGIN, NULL);

  self = g_object_new (PT_TYPE_HANDOUT, NULL);
  /* What is private is not in the workshop laid out, unless asked for. */
  self->workshop = include_private ? g_object_ref (workshop) : pt_privacy_public_copy (workshop);
  self->parts = parts;
  self->width = page_width;
  self->height = page_height;

  if (parts & PT_HANDOUT_TRIANGLE)
    arrange_page_one (self);
  /* Page one's numbers need the list that says what they stand for. */
  if ((parts & PT_HANDOUT_FACTORS) || self->numbers != NULL)
    {
      add_heading (self, _("Factors"), HEADING_SIZE + 2);
      for (PtDimensionKind d = PT_DIMENSION_RESOURCES; d <= PT_DIMENSION_CONTEXTS; d++)
        add_factor_rows (self, d);
      add_factor_rows (self, PT_DIMENSION_UNPLACED);
      add_balance_chart (self);
    }
  if (parts & PT_HANDOUT_LINKS)
    add_links_and_actions (self);
  if (parts & PT_HANDOUT_JOURNAL)
    add_journal (self);
  if (parts & PT_HANDOUT_REFLECTION)
    add_reflection (self);
  paginate (self);
  return self;
}

guint
pt_handout_get_n_pages (PtHandout *self)
{
  g_return_val_if_fail (PT_IS_HANDOUT (self), 0);

  return ((self->parts & PT_HANDOUT_TRIANGLE) ? 1 : 0) + self->n_text_pages;
}

/* Draws page (from 0) onto cr, whose units are points on the page. */
void
pt_handout_draw_page (PtHandout *self,
                      cairo_t   *cr,
                      guint      page)
{
  guint text_page;

  g_return_if_fail (PT_IS_HANDOUT (self));
  g_return_if_fail (page < pt_handout_get_n_pages (self));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  if ((self->parts & PT_HANDOUT_TRIANGLE) && page == 0)
    draw_triangle_page (self, cr);
  else
    {
      text_page = page - ((self->parts & PT_HANDOUT_TRIANGLE) ? 1 : 0);
      for (guint i = 0; i < self->blocks->len; i++)
        {
          Block *block = g_ptr_array_index (self->blocks, i);

          if (block->page == text_page)
            draw_block (self, cr, block);
        }
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}
