/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-outline.c — PtOutline: every factor as a row of a list, under a
 * heading for its dimension and polarity, the most-voted first.
 *
 * The rows are kept: a change relabels or re-sorts the row of the factor
 * that changed, and nothing else is made or measured again, so an edit
 * costs the same with ten factors as with thousands.
 *
 * Rows scrolled out of view are not drawn. GTK 4.8's cairo renderer walks
 * every node of the window on each frame, however little of it changed,
 * and a thousand rows below the fold cost each frame of a card's drag on
 * the canvas 2 ms. A row out of view has no opacity, which GTK leaves out
 * of the frame; it keeps its place, its size and its accessible name, so
 * the keyboard and screen readers find every factor as before.
 *
 * The rows are made after the first frame the outline is shown in, not
 * before it: below the panel's fold, as it mostly is then, they would
 * cost a new window a twentieth of its first frame, laying out text no
 * one sees yet. What changes in the workshop before then is in the rows
 * when they are made.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pt-card.h"
#include "pt-outline.h"

/* Resources, discourses, contexts, then unplaced, each barriers first;
 * face-down cards last, apart, not telling where or what they are. */
#define GROUP_FACE_DOWN 8
#define N_GROUPS        9

struct _PtOutline
{
  GtkWidget parent_instance;

  PtWorkshop    *workshop;
  GtkListBox    *list;
  GHashTable    *rows;           /* PtFactor → GtkListBoxRow, its own */
  guint          counts[N_GROUPS];
  guint          next_order;     /* the workshop's order, for equal votes */

  gboolean       filled;         /* the rows are made for the workshop */
  GdkFrameClock *waiting_on;     /* to make them once it has painted */

  GtkAdjustment *vadjustment;    /* of the scrolled window it is in */
  GPtrArray     *drawn;          /* the rows in view, drawn */
};

G_DEFINE_FINAL_TYPE (PtOutline, pt_outline, GTK_TYPE_WIDGET)

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
group_of (PtFactor *factor)
{
  static const int dimension_order[] = {
    [PT_DIMENSION_RESOURCES] = 0,
    [PT_DIMENSION_DISCOURSES] = 1,
    [PT_DIMENSION_CONTEXTS] = 2,
    [PT_DIMENSION_UNPLACED] = 3,
  };

  if (pt_factor_get_hidden (factor))
    return GROUP_FACE_DOWN;
  return dimension_order[pt_factor_get_dimension (factor)] * 2 +
         (pt_factor_get_polarity (factor) == PT_POLARITY_ENABLER ? 1 : 0);
}

static PtFactor *
row_factor (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "factor");
}

/* The group a row was counted in, which its factor may have just left. */
static int
row_group (GtkListBoxRow *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "group"));
}

static void
set_row_group (GtkListBoxRow *row,
               int            group)
{
  g_object_set_data (G_OBJECT (row), "group", GINT_TO_POINTER (group));
}

static char *
group_heading (PtOutline *self,
               int        group)
{
  static const PtDimensionKind dimensions[] = {
    PT_DIMENSION_RESOURCES, PT_DIMENSION_DISCOURSES, PT_DIMENSION_CONTEXTS, PT_DIMENSION_UNPLACED
  };

  if (group == GROUP_FACE_DOWN)
    return g_strdup_printf (ngettext ("Face down (%u)", "Face down (%u)", self->counts[group]),
                            self->counts[group]);
  /* Translators: an outline heading, "Resources — Barrier (3)" */
  return g_strdup_printf (_("%s — %s (%u)"), pt_workshop_get_dimension_label (self->workshop, dimensions[group / 2]),
                          pt_polarity_to_label (group % 2 == 0 ? PT_POLARITY_BARRIER : PT_POLARITY_ENABLER),
                          self->counts[group]);
}

/* The row's text and its name for screen readers: read as the card on
 * the canvas is, with its votes after. */
static void
label_row (PtOutline     *self,
           GtkListBoxRow *row)
{
  PtFactor *factor = row_factor (row);
  guint votes = pt_factor_get_votes (factor);
  /* Face down means face down here too: the outline may be on the wall. */
  const char *words = pt_factor_get_hidden (factor) ? _("Face-down card") : pt_factor_get_text (factor);
  g_autofree char *text = votes == 0 ? g_strdup (words)
    /* Translators: an outline row: the factor, then its dot votes */
    : g_strdup_printf (ngettext ("%s — %u vote", "%s — %u votes", votes), words, votes);
  g_autofree char *name = pt_card_accessible_name (self->workshop, factor);

  gtk_label_set_text (GTK_LABEL (gtk_list_box_row_get_child (row)), text);
  /* Only when it changed: a screen reader may announce each update. */
  if (g_strcmp0 (name, g_object_get_data (G_OBJECT (row), "name")) != 0 ||
      g_strcmp0 (votes > 0 ? text : "", g_object_get_data (G_OBJECT (row), "description")) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, votes > 0 ? text : "",
                                      -1);
      g_object_set_data_full (G_OBJECT (row), "description", g_strdup (votes > 0 ? text : ""), g_free);
      g_object_set_data_full (G_OBJECT (row), "name", g_steal_pointer (&name), g_free);
    }
}

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  PtFactor *fa = row_factor (a), *fb = row_factor (b);
  int ga = group_of (fa), gb = group_of (fb);

  if (ga != gb)
    return ga - gb;
  /* The most-voted first: the group's priorities lead. */
  if (pt_factor_get_votes (fa) != pt_factor_get_votes (fb))
    return (int) pt_factor_get_votes (fb) - (int) pt_factor_get_votes (fa);
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (a), "order")) -
         GPOINTER_TO_INT (g_object_get_data (G_OBJECT (b), "order"));
}

/* A heading over the first row of each group. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  PtOutline *self = data;
  int group = group_of (row_factor (row));
  GtkWidget *header;
  g_autofree char *text = NULL;

  if (before != NULL && group_of (row_factor (before)) == group)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_list_box_row_get_header (row);
  if (header == NULL)
    {
      header = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_set_margin_top (header, 8);
      gtk_widget_set_margin_bottom (header, 4);
      gtk_widget_set_margin_start (header, 8);
      gtk_list_box_row_set_header (row, header);
    }
  text = group_heading (self, group);
  gtk_label_set_text (GTK_LABEL (header), text);
}

/* ------------------------------------------------------------------------ */
/* Drawing only what is in view                                             */
/* ------------------------------------------------------------------------ */

static void
set_drawn (GtkWidget *row,
           gboolean   drawn)
{
  gtk_widget_set_opacity (row, drawn ? 1 : 0);
}

/* The first row (by index, of n) whose bottom is below y in the list. */
static guint
first_row_below (PtOutline *self,
                 guint      n,
                 double     y)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) mid)),
                                     GTK_WIDGET (self->list), &bounds) &&
          bounds.origin.y + bounds.size.height <= y)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Draws the rows in the scrolled window's view, and no others. */
static void
update_drawn (PtOutline *self)
{
  guint n = g_hash_table_size (self->rows);
  double top = 0, bottom = G_MAXDOUBLE;
  guint from, to;

  if (self->vadjustment != NULL)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
      GtkWidget *content = scroller != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
      graphene_point_t at;

      /* The view, in the list's coordinates: the content scrolls, the
       * list keeps its place in it. */
      if (GTK_IS_VIEWPORT (content))
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      if (content != NULL &&
          gtk_widget_compute_point (GTK_WIDGET (self->list), content, &GRAPHENE_POINT_INIT (0, 0), &at))
        {
          /* With a little room: the view's edges may be a pixel or so
           * from the adjustment's (borders, rounding). */
          top = gtk_adjustment_get_value (self->vadjustment) - at.y - 16;
          bottom = top + gtk_adjustment_get_page_size (self->vadjustment) + 32;
        }
    }

  from = first_row_below (self, n, top);
  to = bottom == G_MAXDOUBLE ? n : first_row_below (self, n, bottom);
  /* The row reaching past the bottom is in view too. */
  to = MIN (to + 1, n);

  for (guint i = 0; i < self->drawn->len; i++)
    {
      GtkListBoxRow *row = g_ptr_array_index (self->drawn, i);
      int index = gtk_list_box_row_get_index (row);

      if (index < (int) from || index >= (int) to)
        set_drawn (GTK_WIDGET (row), FALSE);
    }
  g_ptr_array_set_size (self->drawn, 0);
  for (guint i = from; i < to; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i);

      set_drawn (GTK_WIDGET (row), TRUE);
      g_ptr_array_add (self->drawn, row);
    }
}

static void
on_view_changed_cb (PtOutline *self)
{
  update_drawn (self);
}

static void
set_vadjustment (PtOutline     *self,
                 GtkAdjustment *adjustment)
{
  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_view_changed_cb), self);
      g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (on_view_changed_cb), self);
    }
}

/* ------------------------------------------------------------------------ */
/* Following the workshop                                                   */
/* ------------------------------------------------------------------------ */

static void
add_row (PtOutline *self,
         PtFactor  *factor)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *row = gtk_list_box_row_new ();
  int group = group_of (factor);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 16);
  gtk_widget_set_margin_end (label, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "factor", g_object_ref (factor), g_object_unref);
  g_object_set_data (G_OBJECT (row), "order", GUINT_TO_POINTER (self->next_order++));
  set_row_group (GTK_LIST_BOX_ROW (row), group);
  label_row (self, GTK_LIST_BOX_ROW (row));
  /* Drawn once it is found in view. */
  set_drawn (row, FALSE);
  g_hash_table_insert (self->rows, factor, row);
  self->counts[group]++;
  gtk_list_box_insert (self->list, row, -1);
}

static void
fill (PtOutline *self)
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);

  for (guint i = 0; i < factors->len; i++)
    add_row (self, g_ptr_array_index (factors, i));
  gtk_list_box_invalidate_headers (self->list);
  self->filled = TRUE;
}

static void
stop_waiting (PtOutline *self)
{
  if (self->waiting_on == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->waiting_on, self);
  g_clear_object (&self->waiting_on);
}

static void
on_after_paint_cb (PtOutline *self)
{
  stop_waiting (self);
  fill (self);
}

/* Until the next frame is painted. */
static void
wait_to_fill (PtOutline *self)
{
  if (self->filled || self->workshop == NULL || self->waiting_on != NULL)
    return;
  self->waiting_on = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  g_signal_connect_swapped (self->waiting_on, "after-paint", G_CALLBACK (on_after_paint_cb), self);
}

static void
remove_all (PtOutline *self)
{
  GHashTableIter iter;
  gpointer row;

  /* Not a heading to update for each row taken away. */
  gtk_list_box_set_header_func (self->list, NULL, NULL, NULL);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    gtk_list_box_remove (self->list, row);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  g_hash_table_remove_all (self->rows);
  self->filled = FALSE;
  stop_waiting (self);
  g_ptr_array_set_size (self->drawn, 0);
  memset (self->counts, 0, sizeof self->counts);
  self->next_order = 0;
}

static void
label_all_rows (PtOutline *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    label_row (self, row);
}

static void
on_item_added_cb (PtOutline *self,
                  PtItem    *item)
{
  if (!self->filled)
    return;
  if (PT_IS_FACTOR (item))
    {
      add_row (self, PT_FACTOR (item));
      /* Its group's count is in the heading. */
      gtk_list_box_invalidate_headers (self->list);
    }
  else if (PT_IS_ACTION (item))
    /* A factor's actions are in its name. */
    label_all_rows (self);
}

static void
on_item_removed_cb (PtOutline *self,
                    PtItem    *item)
{
  GtkListBoxRow *row = PT_IS_FACTOR (item) ? g_hash_table_lookup (self->rows, item) : NULL;

  if (!self->filled)
    return;
  if (row != NULL)
    {
      self->counts[row_group (row)]--;
      g_ptr_array_remove (self->drawn, row);
      g_hash_table_remove (self->rows, item);
      gtk_list_box_remove (self->list, GTK_WIDGET (row));
      gtk_list_box_invalidate_headers (self->list);
    }
  else if (PT_IS_ACTION (item))
    label_all_rows (self);
}

static void
on_item_changed_cb (PtOutline  *self,
                    GObject    *object,
                    GParamSpec *pspec)
{
  static const char *const shown[] = { "text", "votes", "hidden", "dimension", "polarity", NULL };
  GtkListBoxRow *row = PT_IS_FACTOR (object) ? g_hash_table_lookup (self->rows, object) : NULL;

  if (!self->filled)
    return;
  if (row != NULL && g_strv_contains (shown, pspec->name))
    {
      int group = group_of (PT_FACTOR (object));
      gboolean moved = group != row_group (row);
      /* The text and the votes it shows; the group and the votes sort it. */
      gboolean sorted = moved || g_str_equal (pspec->name, "votes");

      if (moved)
        {
          self->counts[row_group (row)]--;
          self->counts[group]++;
          set_row_group (row, group);
        }
      label_row (self, row);
      if (sorted)
        gtk_list_box_row_changed (row);
      if (moved)
        gtk_list_box_invalidate_headers (self->list);
    }
  else if (PT_IS_DIMENSION (object))
    {
      /* Its name is in the headings and in every name read out. */
      label_all_rows (self);
      gtk_list_box_invalidate_headers (self->list);
    }
  else if (PT_IS_ACTION (object) && g_str_equal (pspec->name, "factors"))
    label_all_rows (self);
}

void
pt_outline_set_workshop (PtOutline  *self,
                         PtWorkshop *workshop)
{
  g_return_if_fail (PT_IS_OUTLINE (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  remove_all (self);
  g_set_object (&self->workshop, workshop);
  g_signal_connect_swapped (workshop, "item-added", G_CALLBACK (on_item_added_cb), self);
  g_signal_connect_swapped (workshop, "item-removed", G_CALLBACK (on_item_removed_cb), self);
  g_signal_connect_swapped (workshop, "item-changed", G_CALLBACK (on_item_changed_cb), self);

  /* On the screen already: the next frame shows another workshop anyway. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill (self);
}

/* For tests: how many rows the last frame could draw. */
guint
pt_outline_count_drawn (PtOutline *self)
{
  g_return_val_if_fail (PT_IS_OUTLINE (self), 0);
  return self->drawn->len;
}

static void
on_row_activated_cb (PtOutline     *self,
                     GtkListBoxRow *row)
{
  g_signal_emit (self, signals[FACTOR_ACTIVATED], 0, row_factor (row));
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */
/* ------------------------------------------------------------------------ */

static void
pt_outline_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (PT_OUTLINE (widget)->list), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* The list's rows wrap, so their height depends on the width they get:
 * a widget that says nothing here is measured as if of constant size, at
 * the rows' full length, and the last rows would fall below its end, out
 * of reach of the scroll bar. */
static GtkSizeRequestMode
pt_outline_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (GTK_WIDGET (PT_OUTLINE (widget)->list));
}

/* Rows move only when the list is laid out again, or scrolled. */
static void
pt_outline_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  PtOutline *self = PT_OUTLINE (widget);

  gtk_widget_allocate (GTK_WIDGET (self->list), width, height, baseline, NULL);
  update_drawn (self);
}

static void
pt_outline_root (GtkWidget *widget)
{
  PtOutline *self = PT_OUTLINE (widget);
  GtkWidget *scroller;

  GTK_WIDGET_CLASS (pt_outline_parent_class)->root (widget);
  scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  set_vadjustment (self, scroller != NULL ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))
                                          : NULL);
}

static void
pt_outline_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pt_outline_parent_class)->map (widget);
  wait_to_fill (PT_OUTLINE (widget));
}

static void
pt_outline_unmap (GtkWidget *widget)
{
  stop_waiting (PT_OUTLINE (widget));
  GTK_WIDGET_CLASS (pt_outline_parent_class)->unmap (widget);
}

static void
pt_outline_unroot (GtkWidget *widget)
{
  set_vadjustment (PT_OUTLINE (widget), NULL);
  GTK_WIDGET_CLASS (pt_outline_parent_class)->unroot (widget);
}

static void
pt_outline_dispose (GObject *object)
{
  PtOutline *self = PT_OUTLINE (object);

  set_vadjustment (self, NULL);
  stop_waiting (self);
  if (self->list != NULL)
    {
      gtk_list_box_set_header_func (self->list, NULL, NULL, NULL);
      gtk_widget_unparent (GTK_WIDGET (self->list));
      self->list = NULL;
    }
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_clear_object (&self->workshop);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->drawn, g_ptr_array_unref);

  G_OBJECT_CLASS (pt_outline_parent_class)->dispose (object);
}

/* The list is one stop for Tab, not one a row: Tab enters it (at the
 * selected row, or the first) and Tab again leaves it; the arrows move
 * inside it. */
static gboolean
pt_outline_focus (GtkWidget        *widget,
                  GtkDirectionType  direction)
{
  if ((direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD) &&
      gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;
  return GTK_WIDGET_CLASS (pt_outline_parent_class)->focus (widget, direction);
}

static void
pt_outline_class_init (PtOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_outline_dispose;
  widget_class->get_request_mode = pt_outline_get_request_mode;
  widget_class->measure = pt_outline_measure;
  widget_class->size_allocate = pt_outline_size_allocate;
  widget_class->map = pt_outline_map;
  widget_class->unmap = pt_outline_unmap;
  widget_class->root = pt_outline_root;
  widget_class->unroot = pt_outline_unroot;
  widget_class->focus = pt_outline_focus;

  /**
   * PtOutline::factor-activated:
   * @factor: the factor whose row was activated
   */
  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PT_TYPE_FACTOR);
}

static void
pt_outline_init (PtOutline *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->drawn = g_ptr_array_new ();
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_sort_func (self->list, compare_rows, NULL, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("All factors"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}
