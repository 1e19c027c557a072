/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-window.c — PtJournalWindow: the whole journal (see the header).
 *
 * For the person who reflects alone over weeks: every round's notes in
 * order under their rounds (with the dates the rounds were closed), each
 * with when it was written; a search (Ctrl+F, or simply typing) that
 * keeps the notes holding the words and marks them; Export… to Markdown
 * or plain text for a report; and Print… of the journal on its own. It follows the workshop as it
 * changes; private notes are shown, marked, and exported only if asked.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pt-follow.h"
#include "pt-journal.h"
#include "pt-journal-window.h"
#include "pt-print-operation.h"

struct _PtJournalWindow
{
  GtkWindow parent_instance;

  PtWorkshop   *workshop;
  GtkSearchBar *search_bar;
  GtkEditable  *search_entry;
  GtkBox       *notes;
  guint         n_shown;
};

G_DEFINE_FINAL_TYPE (PtJournalWindow, pt_journal_window, GTK_TYPE_WINDOW)

/* text as markup, each place that holds query (ignoring case) marked. */
static char *
marked_markup (const char *text,
               const char *query)
{
  g_autofree char *folded_query = query[0] != '\0' ? g_utf8_casefold (query, -1) : NULL;
  GString *out = g_string_new (NULL);
  const char *c = text;

  while (*c != '\0')
    {
      const char *next = g_utf8_next_char (c);
      gboolean found = FALSE;

      if (folded_query != NULL)
        {
          /* Whether query starts here: as many characters as it has. */
          glong n = g_utf8_strlen (query, -1);
          const char *end = c;

          for (glong i = 0; i < n && *end != '\0'; i++)
            end = g_utf8_next_char (end);
          {
            g_autofree char *folded = g_utf8_casefold (c, end - c);

            if (g_str_equal (folded, folded_query))
              {
                g_autofree char *escaped = g_markup_escape_text (c, end - c);

                g_string_append_printf (out, "<span background=\"#f8e45c\" foreground=\"#000000\">%s</span>",
                                        escaped);
                c = end;
                found = TRUE;
              }
          }
        }
      if (!found)
        {
          g_autofree char *escaped = g_markup_escape_text (c, next - c);

          g_string_append (out, escaped);
          c = next;
        }
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
label_new (const char *markup,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Text can be selected with the pointer, to copy; the keyboard's Tab
   * goes to the search and the buttons, and the window does not open
   * with a note's text selected. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
rebuild (PtJournalWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  const char *query = gtk_editable_get_text (self->search_entry);
  GtkWidget *child;
  guint round = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes))) != NULL)
    gtk_box_remove (self->notes, child);
  self->n_shown = 0;
  if (self->workshop == NULL)
    return;

  entries = pt_journal_entries_in_order (self->workshop, TRUE);
  for (guint i = 0; i < entries->len; i++)
    {
      PtJournalEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *title = NULL, *heading = NULL, *body = NULL;

      if (!pt_journal_entry_matches (entry, query))
        continue;
      if (pt_journal_entry_get_round (entry) != round)
        {
          g_autofree char *round_title = NULL, *escaped = NULL;
          GtkWidget *label;

          round = pt_journal_entry_get_round (entry);
          round_title = pt_journal_round_title (self->workshop, round);
          escaped = g_markup_escape_text (round_title, -1);
          label = label_new (escaped, "title-4");
          gtk_widget_set_margin_top (label, self->n_shown > 0 ? 18 : 0);
          gtk_box_append (self->notes, label);
        }
      title = pt_journal_entry_title (entry);
      heading = marked_markup (title, query);
      body = marked_markup (pt_journal_entry_get_text (entry), query);
      gtk_box_append (self->notes, label_new (heading, "heading"));
      gtk_box_append (self->notes, label_new (body, NULL));
      self->n_shown++;
    }
  if (self->n_shown == 0)
    {
      g_autofree char *text = query[0] != '\0'
                              /* Translators: the journal window, when a search finds nothing */
                              ? g_strdup_printf (_("No note holds “%s”."), query)
                              /* Translators: the journal window of a workshop with no notes */
                              : g_strdup (_("No notes yet. Write them in the side panel, at each step of the cycle."));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->notes, label);
    }
}

static void
on_workshop_changed_cb (PtJournalWindow *self,
                        GObject         *object)
{
  if (PT_IS_JOURNAL_ENTRY (object) || PT_IS_SNAPSHOT (object) || PT_IS_WORKSHOP (object))
    rebuild (self);
}

/* ------------------------------------------------------------------------ */
/* Export                                                                   */
/* ------------------------------------------------------------------------ */

static void
show_error (PtJournalWindow *self,
            const char      *what,
            const char      *detail)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", what);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       PtJournalWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);
      const char *private = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "private");
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      gboolean markdown = !g_str_has_suffix (name, ".txt") &&
                          (g_str_has_suffix (name, ".md") || filter == NULL ||
                           g_object_get_data (G_OBJECT (filter), "markdown") != NULL);
      g_autofree char *text = pt_journal_to_text (self->workshop, markdown, g_strcmp0 (private, "true") == 0);
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".md") && !g_str_has_suffix (name, ".txt"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *named = g_strconcat (name, markdown ? ".md" : ".txt", NULL);

          g_set_object (&file, g_file_get_child (parent, named));
        }
      if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
        show_error (self, _("The journal could not be exported"), error->message);
    }
  g_object_unref (dialog);
}

/* The journal on paper, on its own: the print dialog, its Handout tab
 * choosing whether private notes go too (not unless asked). */
static void
print_journal (PtJournalWindow *self)
{
  g_autoptr(PtPrintOperation) operation = pt_print_operation_new (self->workshop);
  g_autoptr(GError) error = NULL;

  pt_print_operation_set_parts (operation, PT_HANDOUT_JOURNAL, FALSE);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("The journal could not be printed"), error->message);
}

static void
export_journal (PtJournalWindow *self)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Export Journal"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel"));
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GtkFileFilter) markdown = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) plain = gtk_file_filter_new ();
  const char *title = pt_workshop_get_title (self->workshop);
  /* Translators: the suggested name of an exported journal, before .md */
  g_autofree char *name = g_strdup_printf ("%s.md", title[0] != '\0' ? title : _("Journal"));

  /* Translators: a file type in the journal's export dialog */
  gtk_file_filter_set_name (markdown, _("Markdown (for a report)"));
  gtk_file_filter_add_pattern (markdown, "*.md");
  g_object_set_data (G_OBJECT (markdown), "markdown", GINT_TO_POINTER (TRUE));
  /* Translators: a file type in the journal's export dialog */
  gtk_file_filter_set_name (plain, _("Plain text"));
  gtk_file_filter_add_pattern (plain, "*.txt");
  gtk_file_chooser_add_filter (chooser, markdown);
  gtk_file_chooser_add_filter (chooser, plain);
  gtk_file_chooser_add_choice (chooser, "private", _("Include private notes"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "private", "false");
  gtk_file_chooser_set_current_name (chooser, g_strdelimit (name, "/", '-'));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_journal_window_dispose (GObject *object)
{
  PtJournalWindow *self = PT_JOURNAL_WINDOW (object);

  pt_unfollow_workshop (self, &self->workshop);
  G_OBJECT_CLASS (pt_journal_window_parent_class)->dispose (object);
}

static void
action_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PtJournalWindow *self = PT_JOURNAL_WINDOW (widget);

  if (g_str_equal (action_name, "journal.search"))
    gtk_search_bar_set_search_mode (self->search_bar, !gtk_search_bar_get_search_mode (self->search_bar));
  else if (g_str_equal (action_name, "journal.export"))
    export_journal (self);
  else if (g_str_equal (action_name, "journal.print"))
    print_journal (self);
}

static void
pt_journal_window_class_init (PtJournalWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pt_journal_window_dispose;
  gtk_widget_class_install_action (widget_class, "journal.search", NULL, action_cb);
  gtk_widget_class_install_action (widget_class, "journal.export", NULL, action_cb);
  gtk_widget_class_install_action (widget_class, "journal.print", NULL, action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "journal.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "journal.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "journal.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
pt_journal_window_init (PtJournalWindow *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *search = gtk_toggle_button_new ();
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *entry = gtk_search_entry_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Journal"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 640);

  gtk_button_set_icon_name (GTK_BUTTON (search), "edit-find-symbolic");
  /* Translators: the journal window's search button */
  gtk_widget_set_tooltip_text (search, _("Search the Journal"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the Journal"), -1);
  gtk_widget_set_tooltip_text (export, _("Export the journal as Markdown or plain text, for a report"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "journal.export");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), search);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), export);
  {
    GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));

    gtk_widget_set_tooltip_text (print, _("Print the journal on its own"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "journal.print");
    gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print);
  }
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->search_bar = GTK_SEARCH_BAR (gtk_search_bar_new ());
  self->search_entry = GTK_EDITABLE (entry);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the Journal"), -1);
  gtk_search_bar_set_child (self->search_bar, entry);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_object_bind_property (search, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (rebuild), self);

  self->notes = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_margin_start (GTK_WIDGET (self->notes), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->notes), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->notes), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->notes), 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->notes));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_bar));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_window_set_child (GTK_WINDOW (self), box);
}

PtJournalWindow *
pt_journal_window_new (GtkWindow  *parent,
                       PtWorkshop *workshop)
{
  PtJournalWindow *self = g_object_new (PT_TYPE_JOURNAL_WINDOW, "transient-for", parent,
                                        "destroy-with-parent", TRUE, NULL);

  pt_follow_workshop (self, &self->workshop, workshop,
                      G_CALLBACK (on_workshop_changed_cb), G_CALLBACK (on_workshop_changed_cb));
  rebuild (self);
  return self;
}

/* Searches as if typed into the search field. */
void
pt_journal_window_set_query (PtJournalWindow *self,
                             const char      *query)
{
  g_return_if_fail (PT_IS_JOURNAL_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, query != NULL && query[0] != '\0');
  gtk_editable_set_text (self->search_entry, query != NULL ? query : "");
  rebuild (self);
}

/* How many notes the window shows, after the search. */
guint
pt_journal_window_get_n_shown (PtJournalWindow *self)
{
  g_return_val_if_fail (PT_IS_JOURNAL_WINDOW (self), 0);
  return self->n_shown;
}
