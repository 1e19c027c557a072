/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas-draw.c — PtCanvas: laying out the cards and drawing a frame.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-canvas-private.h"

static gboolean still_is_current (PtCanvas *self,
                                  int       width,
                                  int       height,
                                  gboolean  moving);

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */
/* ------------------------------------------------------------------------ */

static void
pt_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 960 : 680;
}

/* A widget coordinate on the screen's whole pixels: a card's picture moved
 * by part of a pixel would be resampled, and its text blurred. */
static float
on_whole_pixels (PtCanvas *self,
                 double    at)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  return (float) (round (at * factor) / factor);
}

static void
allocate_at_scene_rect (PtCanvas     *self,
                        GtkWidget    *child,
                        const PtRect *rect,
                        int           min_width,
                        int           min_height)
{
  double x = rect->x * self->scale + self->offset_x;
  double y = rect->y * self->scale + self->offset_y;
  int w = MAX ((int) (rect->width * self->scale + 0.5), min_width);
  int h = MAX ((int) (rect->height * self->scale + 0.5), min_height);
  int child_min;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  w = MAX (w, child_min);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &child_min, NULL, NULL, NULL);
  h = MAX (h, child_min);
  /* Widgets larger than their card (the editor) stay inside the canvas. */
  if (w > rect->width * self->scale + 0.5)
    x = CLAMP (x, 0, MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - w));
  gtk_widget_allocate (child, w, h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (on_whole_pixels (self, x),
                                                                            on_whole_pixels (self, y))));
}

/* In front of a room text must be read from six metres: card text from
 * 18 to 36 px on a 720-line screen in the overview, 28 to 48 px in a
 * spotlight, growing with the screen, as large as lets every card show
 * whole (pt_board_fit ()). That is too large for the triangle's corners,
 * so the cards go on a board: the spotlit dimension across the view, or
 * all three side by side, in the keys' order. */
static void
lay_out_board (PtCanvas *self,
               int       width,
               int       height)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  double screen = MAX (720, root != NULL ? gtk_widget_get_height (root) : height);
  /* The text scale of a pixel on a 720-line screen. */
  double px = screen / 720.0 / (PT_CARD_FONT_SIZE * self->scale);
  double margin = 24 * screen / 720, x0, y0, x1, y1;

  pt_canvas_widget_to_scene (self, margin, margin / 2, &x0, &y0);
  pt_canvas_widget_to_scene (self, width - margin, height - margin / 2, &x1, &y1);
  if (self->spotlight >= 0)
    {
      self->n_board = 1;
      self->board[0] = (PtBoardColumn) { self->spotlight, { x0, y0, x1 - x0, y1 - y0 }, 0, 0 };
      pt_board_fit_spotlight (self->scene, self->board, px);
    }
  else
    {
      double gap = margin / self->scale, column;

      /* Cards not yet placed get a fourth column, last. */
      self->n_board = pt_scene_shows_unplaced (self->scene) ? 4 : 3;
      column = (x1 - x0 - (self->n_board - 1) * gap) / self->n_board;
      for (guint i = 0; i < self->n_board; i++)
        {
          PtDimensionKind d = i < 3 ? PT_DIMENSION_RESOURCES + i : PT_DIMENSION_UNPLACED;

          self->board[i] = (PtBoardColumn) { d, { x0 + i * (column + gap), y0, column, y1 - y0 }, 0, i < 3 ? d : 0 };
        }
      pt_board_fit (self->scene, self->board, self->n_board, 18 * px, 36 * px);
    }
  pt_canvas_update_cards_shown (self);
}

/* In the editing view every card is placed by the layout engine, whole and
 * uncovered, with text from 11 to 16 pixels high where the window allows
 * (pt_scene_arrange ()): again whenever the workshop or the window's shape
 * has changed, never while cards are dragged, as they would jump. */
static void
arrange (PtCanvas *self,
         int       width,
         int       height)
{
  double aspect = (double) width / MAX (height, 1);

  if (self->scene == NULL || self->presenting || width <= 0 || height <= 0 ||
      self->drag.mode == MODE_MOVE_CARDS)
    return;
  if (self->arranged_aspect == aspect && self->arranged_generation == pt_scene_get_generation (self->scene))
    return;
  pt_scene_arrange (self->scene, width, height, 11.0, 16.0, TRUE);
  self->arranged_aspect = aspect;
  self->arranged_generation = pt_scene_get_generation (self->scene);
}

static void
pt_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  PtCanvas *self = PT_CANVAS (widget);
  GHashTableIter iter;
  gpointer factor, card;

  pt_canvas_flush_cards_shown (self);
  arrange (self, width, height);
  pt_canvas_compute_view (self, width, height);

  if (self->presenting && self->scene != NULL)
    lay_out_board (self, width, height);
  else
    self->n_board = 0;

  /* While a drag keeps the view, only the moving cards move: the others
   * keep their places, and a thousand of them cost a frame its time. */
  if (self->scene != NULL && self->drag.mode == MODE_MOVE_CARDS && still_is_current (self, width, height, TRUE))
    {
      for (guint i = 0; i < self->selection->len; i++)
        {
          PtFactor *moving = g_ptr_array_index (self->selection, i);
          PtRect rect;

          pt_canvas_card_rect (self, moving, &rect);
          allocate_at_scene_rect (self, g_hash_table_lookup (self->cards, moving), &rect, 1, 1);
        }
    }
  else if (self->scene != NULL)
    {
      g_hash_table_iter_init (&iter, self->cards);
      while (g_hash_table_iter_next (&iter, &factor, &card))
        {
          PtRect rect;

          pt_card_set_scale (card, self->scale);
          pt_canvas_card_rect (self, factor, &rect);
          allocate_at_scene_rect (self, card, &rect, 1, 1);
        }
    }

  if (self->editor != NULL)
    {
      PtRect rect;

      pt_canvas_editor_rect (self, &rect);
      allocate_at_scene_rect (self, self->editor, &rect, 200, 72);
    }

  /* The first-factor hint: in the centre triangle while it holds no focus
   * question, otherwise in the top left corner. */
  if (gtk_widget_get_visible (self->hint))
    {
      gboolean centre = self->workshop == NULL ||
                        pt_workshop_get_focus_question (self->workshop)[0] == '\0';
      int max_w = centre ? (int) (280 * self->scale) : width / 3;
      int hint_w, hint_h;
      double x, y;

      gtk_widget_measure (self->hint, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &hint_w, NULL, NULL);
      hint_w = CLAMP (hint_w, 1, MAX (max_w, 120));
      gtk_widget_measure (self->hint, GTK_ORIENTATION_VERTICAL, hint_w, NULL, &hint_h, NULL, NULL);
      if (centre)
        {
          x = 500 * self->scale + self->offset_x - hint_w / 2.0;
          y = PT_TRIANGLE_HEIGHT * 0.66 * self->scale + self->offset_y - hint_h / 2.0;
        }
      else
        x = y = 12;
      gtk_widget_allocate (self->hint, hint_w, hint_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((float) x, (float) y)));
    }
}

/* A small label in a coloured box, its top left at (x, y), in scene units. */
static void
draw_tag (PtCanvas      *self,
          cairo_t       *cr,
          double         x,
          double         y,
          const char    *text,
          const PtColor *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  int w, h;

  /* 13 pixels on screen at any zoom: laid out in pixels, drawn scaled back. */
  pango_font_description_set_absolute_size (font, 13 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, 1 / self->scale, 1 / self->scale);
  cairo_rectangle (cr, 0, 0, w + 8, h + 2);
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
  cairo_fill (cr);
  cairo_move_to (cr, 4, 1);
  cairo_set_source_rgb (cr, 1, 1, 1);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Since an earlier round: a tag on each card that is new, moved or turned,
 * and the outline of each card that has gone, where it stood. */
static void
draw_comparison (PtCanvas     *self,
                 cairo_t      *cr,
                 PtComparison *comparison)
{
  const PtPalette *palette = pt_scene_get_palette (self->scene);
  const struct { GPtrArray *factors; const char *tag; const PtColor *color; } marks[] = {
    /* Translators: tags on cards when comparing with an earlier round; keep them short */
    { comparison->added, C_("compare", "new"), &palette->accent },
    { comparison->moved, C_("compare", "moved"), &palette->ink },
    { comparison->polarity_changed, C_("compare", "turned"), &palette->ink },
  };

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    for (guint i = 0; i < marks[m].factors->len; i++)
      {
        PtFactor *factor = g_ptr_array_index (marks[m].factors, i);
        PtRect rect;

        if (!g_hash_table_contains (self->cards, factor) || pt_scene_hides (self->scene, factor))
          continue;
        pt_canvas_card_rect (self, factor, &rect);
        /* Above the card's top edge, side by side (a card can be both
         * moved and turned), clear of its text and of the vote badge. */
        draw_tag (self, cr, rect.x + (m == 2 ? 64 : 0) / self->scale, rect.y - 19 / self->scale,
                  marks[m].tag, marks[m].color);
      }

  /* A removed card's ghost lies over the cards, where it stood: a pale,
   * dashed card with its text in italics, so it is read as gone, not as
   * one of the cards (nor hidden under one). */
  for (guint i = 0; i < comparison->removed->len; i++)
    {
      PtFactor *gone = g_ptr_array_index (comparison->removed, i);
      double k = pt_scene_get_text_scale (self->scene), w = PT_CARD_WIDTH * k, h;
      static const double dashes[] = { 6, 4 };
      g_autoptr(PangoLayout) text = NULL;
      PangoFontDescription *font;
      int tw, th;
      PtPoint at;

      /* One private when it was removed is not outlined for the room. */
      if (pt_scene_hides (self->scene, gone))
        continue;
      at = pt_geometry_model_to_scene (pt_factor_get_dimension (gone),
                                       pt_factor_get_x (gone), pt_factor_get_y (gone));
      text = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                             pt_factor_get_hidden (gone) ? _("(face down)") : pt_factor_get_text (gone));
      font = pango_font_description_from_string ("Sans Italic");
      pango_font_description_set_absolute_size (font, PT_CARD_FONT_SIZE * k * PANGO_SCALE);
      pango_layout_set_font_description (text, font);
      pango_font_description_free (font);
      pango_layout_set_width (text, (int) ((w - 16 * k) * PANGO_SCALE));
      pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (text, -3);
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (text, &tw, &th);
      h = MAX (PT_CARD_MIN_HEIGHT * k, th + 16 * k);

      cairo_rectangle (cr, at.x - w / 2, at.y - h / 2, w, h);
      cairo_set_source_rgba (cr, palette->paper.r, palette->paper.g, palette->paper.b, 0.88);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, palette->ink_soft.r, palette->ink_soft.g, palette->ink_soft.b, 0.9);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_move_to (cr, at.x - w / 2 + 8 * k, at.y - th / 2.0);
      pango_cairo_show_layout (cr, text);
      draw_tag (self, cr, at.x - w / 2, at.y - h / 2 - 19 / self->scale, C_("compare", "removed"), &palette->ink_soft);
    }
}

/* After L, what to press, just under the card the facilitator is looking
 * at, at the interface's text size whatever the zoom. */
static void
draw_link_hint (PtCanvas     *self,
                cairo_t      *cr,
                const PtRect *card)
{
  /* Translators: shown under a card after L, while choosing the card to link it to */
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                  _("Arrows: choose a card · Enter: link · Esc: cancel"));
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, card->x, card->y + card->height + 14 / self->scale);
  cairo_scale (cr, 1 / self->scale, 1 / self->scale);
  cairo_rectangle (cr, -8, -5, w + 16, h + 10);
  cairo_set_source_rgba (cr, 0.12, 0.12, 0.14, 0.92);
  cairo_fill (cr);
  cairo_move_to (cr, 0, 0);
  cairo_set_source_rgb (cr, 1, 1, 1);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_overlays (PtCanvas *self,
               cairo_t  *cr)
{
  if (self->compare_with != NULL)
    {
      /* Kept between frames: a drag redraws often, the workshop changes
       * seldom (every change lets it go). */
      if (self->comparison == NULL)
        self->comparison = pt_comparison_new (self->compare_with, self->workshop);
      draw_comparison (self, cr, self->comparison);
    }

  /* The link handle of each selected card. */
  for (guint i = 0; i < self->selection->len && self->drag.mode != MODE_MOVE_CARDS; i++)
    {
      PtPoint centre;
      double radius;

      pt_canvas_link_handle (self, g_ptr_array_index (self->selection, i), &centre, &radius);
      cairo_arc (cr, centre.x, centre.y, radius, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }

  if (self->drag.mode == MODE_LINK && self->drag.link_source != NULL)
    {
      double sx, sy;

      pt_canvas_widget_to_scene (self, self->drag.x, self->drag.y, &sx, &sy);
      pt_scene_draw_link_preview (self->scene, cr, self->drag.link_source, sx, sy);
    }
  if (self->drag.mode == MODE_KEYBOARD_LINK && self->drag.link_source != NULL)
    {
      PtRect rect;

      if (self->drag.link_target != NULL)
        {
          pt_canvas_card_rect (self, self->drag.link_target, &rect);
          pt_scene_draw_link_preview (self->scene, cr, self->drag.link_source,
                                      rect.x + rect.width / 2, rect.y + rect.height / 2);
          cairo_rectangle (cr, rect.x - 6, rect.y - 6, rect.width + 12, rect.height + 12);
          cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
          cairo_set_line_width (cr, 4);
          cairo_stroke (cr);
        }
      pt_canvas_card_rect (self, self->drag.link_source, &rect);
      cairo_rectangle (cr, rect.x - 6, rect.y - 6, rect.width + 12, rect.height + 12);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 4);
      cairo_stroke (cr);
      draw_link_hint (self, cr, &rect);
    }
  if (self->drag.mode == MODE_RUBBER_BAND)
    {
      double x0, y0, x1, y1;

      pt_canvas_widget_to_scene (self, self->drag.press_x, self->drag.press_y, &x0, &y0);
      pt_canvas_widget_to_scene (self, self->drag.x, self->drag.y, &x1, &y1);
      cairo_rectangle (cr, MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0));
      cairo_set_source_rgba (cr, 0.11, 0.44, 0.85, 0.15);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 1.5 / self->scale);
      cairo_stroke (cr);
    }
}

void
pt_canvas_drop_still (PtCanvas *self)
{
  g_clear_pointer (&self->still, gsk_render_node_unref);
  g_clear_pointer (&self->still_links, g_ptr_array_unref);
}

/* The cards shown, in the order they are drawn: the selected ones last,
 * on top, unless leaving them out. */
static GPtrArray *
cards_in_drawing_order (PtCanvas *self,
                        gboolean  with_selected)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (guint pass = 0; pass < (with_selected ? 2 : 1); pass++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (PT_IS_CARD (child) && gtk_widget_get_child_visible (child) &&
          pt_card_get_selected (PT_CARD (child)) == (pass == 1))
        g_ptr_array_add (cards, child);
  return cards;
}

/* The cards' states, as PtCard draws them. */
static PtCardState *
card_states (GPtrArray *cards)
{
  PtCardState *states = g_new0 (PtCardState, cards->len);

  for (guint i = 0; i < cards->len; i++)
    {
      PtCard *card = g_ptr_array_index (cards, i);

      states[i] = (pt_card_get_selected (card) ? PT_CARD_STATE_SELECTED : 0) |
                  (pt_card_get_dimmed (card) ? PT_CARD_STATE_DIMMED : 0) |
                  (gtk_widget_get_state_flags (GTK_WIDGET (card)) & GTK_STATE_FLAG_FOCUS_VISIBLE ?
                   PT_CARD_STATE_FOCUSED : 0);
    }
  return states;
}

static PtFactor **
card_factors (GPtrArray *cards)
{
  PtFactor **factors = g_new (PtFactor *, cards->len);

  for (guint i = 0; i < cards->len; i++)
    factors[i] = pt_card_get_factor (g_ptr_array_index (cards, i));
  return factors;
}

/* The cards (of those in cards_in_drawing_order ()) that nothing of would
 * show from under the others: not drawn at all, as in a pile of hundreds
 * most cards are. */
static GHashTable *
hidden_cards (PtCanvas *self)
{
  g_autoptr(GPtrArray) cards = cards_in_drawing_order (self, TRUE);
  g_autofree PtCardState *states = card_states (cards);
  g_autofree PtFactor **factors = card_factors (cards);
  g_autofree cairo_region_t **visible = g_new0 (cairo_region_t *, cards->len);
  GHashTable *hidden = g_hash_table_new (NULL, NULL);
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double pixels = self->scale * factor;

  pt_scene_find_visible_parts (self->scene, factors, states, cards->len,
                               &(cairo_matrix_t) { pixels, 0, 0, pixels, self->offset_x * factor, self->offset_y * factor },
                               visible);
  for (guint i = 0; i < cards->len; i++)
    {
      if (visible[i] == NULL)
        g_hash_table_add (hidden, g_ptr_array_index (cards, i));
      g_clear_pointer (&visible[i], cairo_region_destroy);
    }
  return hidden;
}

/* What lies under what changes from one frame to the next is drawn once,
 * into a picture at the screen's pixels, and shown as the same render node
 * frame after frame until anything in it changes (the scene's generation,
 * the view, the lit-up target, the selected link): the triangle, its
 * labels and every link; during a drag also every card that is not moving,
 * and no link to one that is. A thousand links cost a software rasteriser
 * tens of milliseconds a frame, copying their picture well under one; and
 * as the node is the very one the last frame had, GTK redraws nothing of it
 * (the benchmark's drag_event). One of the two pictures kept; the other is
 * the cards' (pt-card-pictures.c). */
static void
make_still (PtCanvas *self,
            int       width,
            int       height,
            gboolean  moving)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree PtCardState *states = NULL;
  g_autofree PtFactor **factors = NULL;
  cairo_surface_t *picture;
  cairo_t *cr;

  pt_canvas_drop_still (self);
  /* Opaque: copied, not blended. */
  picture = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * factor, height * factor);
  cairo_surface_set_device_scale (picture, factor, factor);
  self->still_width = width;
  self->still_height = height;
  self->still_pixels = factor;
  self->still_scale = self->scale;
  self->still_x = self->offset_x;
  self->still_y = self->offset_y;
  self->still_target = self->drag.cards.target;
  self->still_link = self->selected_link;
  self->still_generation = pt_scene_get_generation (self->scene);
  self->still_moving = moving;

  cr = cairo_create (picture);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);
  if (moving)
    {
      pt_scene_draw_background (self->scene, cr, self->drag.cards.target);
      pt_scene_draw_links_apart (self->scene, cr, self->selected_link, self->drag.cards.moving);
      self->still_links = pt_scene_links_touching (self->scene, self->drag.cards.moving);
      cards = cards_in_drawing_order (self, FALSE);
      states = card_states (cards);
      factors = card_factors (cards);
      pt_scene_draw_cards (self->scene, cr, factors, states, cards->len);
    }
  else
    pt_scene_draw_base (self->scene, cr, PT_ZONE_NONE, self->selected_link);
  cairo_destroy (cr);

  self->still = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gsk_cairo_node_get_draw_context (self->still);
  cairo_set_source_surface (cr, picture, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (picture);
}

/* Where the links of the moving cards are drawn, in widget coordinates,
 * with room for their halos and heads. FALSE for none. */
static gboolean
moving_links_bounds (PtCanvas        *self,
                     graphene_rect_t *bounds)
{
  GPtrArray *links = self->still_links;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double room = 40 * self->scale * pt_scene_get_text_scale (self->scene) + 2;

  for (guint i = 0; i < links->len; i++)
    {
      PtLink *link = g_ptr_array_index (links, i);
      PtFactor *ends[] = { pt_workshop_lookup_factor (self->workshop, pt_link_get_from (link)),
                           pt_workshop_lookup_factor (self->workshop, pt_link_get_to (link)) };

      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        {
          PtRect rect;

          if (ends[e] == NULL)
            continue;
          pt_canvas_card_rect (self, ends[e], &rect);
          x0 = MIN (x0, rect.x);
          y0 = MIN (y0, rect.y);
          x1 = MAX (x1, rect.x + rect.width);
          y1 = MAX (y1, rect.y + rect.height);
        }
    }
  if (x0 > x1)
    return FALSE;
  *bounds = GRAPHENE_RECT_INIT ((float) (x0 * self->scale + self->offset_x - room),
                                (float) (y0 * self->scale + self->offset_y - room),
                                (float) ((x1 - x0) * self->scale + 2 * room),
                                (float) ((y1 - y0) * self->scale + 2 * room));
  /* Labels are drawn at the middle, up to 200 units wide. */
  graphene_rect_inset (bounds, (float) (-100 * self->scale * pt_scene_get_text_scale (self->scene)), 0);
  return TRUE;
}

/* The moving cards where the drag has them, though they may still be
 * allocated where an earlier frame had them (preview_move ()). */
static void
snapshot_moving_cards (PtCanvas    *self,
                       GtkSnapshot *snapshot)
{
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *moving = g_ptr_array_index (self->selection, i);
      GtkWidget *card = g_hash_table_lookup (self->cards, moving);
      graphene_point_t at;
      PtRect rect;

      if (card == NULL || !gtk_widget_get_child_visible (card) ||
          !gtk_widget_compute_point (card, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (0, 0), &at))
        continue;
      pt_canvas_card_rect (self, moving, &rect);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (on_whole_pixels (self, rect.x * self->scale + self->offset_x) - at.x,
                                                    on_whole_pixels (self, rect.y * self->scale + self->offset_y) - at.y));
      gtk_widget_snapshot_child (GTK_WIDGET (self), card, snapshot);
      gtk_snapshot_restore (snapshot);
    }
}

static gboolean
still_is_current (PtCanvas *self,
                  int       width,
                  int       height,
                  gboolean  moving)
{
  return self->still != NULL && self->still_width == width && self->still_height == height &&
         self->still_pixels == gtk_widget_get_scale_factor (GTK_WIDGET (self)) &&
         self->still_scale == self->scale && self->still_x == self->offset_x && self->still_y == self->offset_y &&
         self->still_target == self->drag.cards.target && self->still_link == self->selected_link &&
         self->still_generation == pt_scene_get_generation (self->scene) && self->still_moving == moving;
}

static void
pt_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  PtCanvas *self = PT_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autoptr(GHashTable) hidden = NULL;
  cairo_t *cr;
  GtkWidget *child;
  gboolean dragging;

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;

  pt_canvas_compute_view (self, width, height);
  /* GTK plays what is drawn here back on the screen's pixels. */
  pt_scene_set_recording_scale (self->scene, gtk_widget_get_scale_factor (widget));
  dragging = self->drag.mode == MODE_MOVE_CARDS && self->n_board == 0;
  if (self->n_board > 0)
    pt_canvas_drop_still (self);
  else if (!still_is_current (self, width, height, dragging))
    make_still (self, width, height, dragging);

  if (dragging)
    {
      graphene_rect_t links;

      gtk_snapshot_append_node (snapshot, self->still);
      if (moving_links_bounds (self, &links))
        {
          cr = gtk_snapshot_append_cairo (snapshot, &links);
          cairo_translate (cr, self->offset_x, self->offset_y);
          cairo_scale (cr, self->scale, self->scale);
          pt_scene_draw_link_list (self->scene, cr, self->selected_link, self->still_links);
          cairo_destroy (cr);
        }
    }
  else if (self->n_board == 0)
    {
      gtk_snapshot_append_node (snapshot, self->still);
      hidden = hidden_cards (self);
    }
  else
    {
      /* On the board, the triangle's lines would point nowhere, and links
       * would run behind other cards across the columns: the room reads the
       * cards; the links stay on the facilitator's screen and on paper. */
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, self->offset_x, self->offset_y);
      cairo_scale (cr, self->scale, self->scale);
      pt_board_draw (self->scene, cr, self->board, self->n_board);
      cairo_destroy (cr);
    }

  /* Selected cards on top, so what is being dragged or edited is seen;
   * while dragging, the others are in the still picture, and a thousand
   * cards are not even looked at: the hint and the editor are all else. */
  if (dragging)
    {
      gtk_widget_snapshot_child (widget, self->hint, snapshot);
      if (self->editor != NULL)
        gtk_widget_snapshot_child (widget, self->editor, snapshot);
      snapshot_moving_cards (self, snapshot);
    }
  else
    {
      for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (!PT_IS_CARD (child) ||
            (!pt_card_get_selected (PT_CARD (child)) && (hidden == NULL || !g_hash_table_contains (hidden, child))))
          gtk_widget_snapshot_child (widget, child, snapshot);
      for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (PT_IS_CARD (child) && pt_card_get_selected (PT_CARD (child)) &&
            (hidden == NULL || !g_hash_table_contains (hidden, child)))
          gtk_widget_snapshot_child (widget, child, snapshot);
    }

  /* Moving cards show no handles; only a comparison draws over them. */
  if (!dragging || self->compare_with != NULL)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_translate (cr, self->offset_x, self->offset_y);
      cairo_scale (cr, self->scale, self->scale);
      draw_overlays (self, cr);
      cairo_destroy (cr);
    }
}

void
pt_canvas_class_init_drawing (GtkWidgetClass *widget_class)
{
  widget_class->measure = pt_canvas_measure;
  widget_class->size_allocate = pt_canvas_size_allocate;
  widget_class->snapshot = pt_canvas_snapshot;
}
