/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-private.h — PtWindow's insides, shared by the files that
 * implement it by concern (pt-window*.c). */
#pragma once

#include "pt-canvas.h"
#include "pt-choice-button.h"
#include "pt-cycle-band.h"
#include "pt-export.h"
#include "pt-projector-window.h"
#include "pt-side-panel.h"
#include "pt-room-panel.h"
#include "pt-step-timer.h"
#include "pt-window.h"

G_BEGIN_DECLS

struct _PtWindow
{
  GtkApplicationWindow parent_instance;

  PtWorkshop  *workshop;
  GFile       *file;           /* NULL until saved */
  char        *etag;           /* the file's, when loaded or last saved */
  gboolean     close_after_save;

  PtCanvas    *canvas;
  PtSidePanel *side_panel;
  GtkPaned    *paned;
  GtkInfoBar  *error_bar;
  GtkInfoBar  *loading_bar;
  GtkLabel    *loading_label;
  GtkProgressBar *loading_progress;
  GTask       *loading;          /* a file being read for this window, or NULL */
  guint        loading_timer;
  GtkLabel    *error_title;
  GtkLabel    *error_detail;
  GtkWidget   *save_failed_buttons;
  GtkWidget   *overwrite_button;
  GMenu       *recent_menu;
  GMenuModel  *primary_menu;
  GtkMenuButton *menu_button;
  PtCycleBand *cycle_band;
  GtkWidget   *header_bar;
  GtkMenuButton *timer_button;
  GtkSpinButton *timer_spin;       /* NULL until its popover is first opened */
  int          timer_minutes;
  GtkButton   *next_step_button;
  GtkMenuButton *rounds_button;
  PtChoiceButton *show_round_choice;  /* these three NULL until the Rounds */
  PtChoiceButton *compare_choice;     /* popover is first opened */
  GtkBox      *changes_box;
  GtkWidget   *balance_chart;
  guint        shown_round;        /* 0: the round at hand */
  guint        compared_round;     /* 0: none */
  GtkInfoBar  *viewing_bar;
  GtkLabel    *viewing_label;
  PtWorkshop  *viewed;             /* an earlier round on the canvas, or NULL */
  char        *recovery_id;        /* this window's recovery copy */
  guint        autosave_id;
  gboolean     recovery_failed;
  gboolean     discarded;          /* closed with its changes thrown away */
  gboolean     updating_rounds;

  PtStepTimer *timer;
  gboolean     presenting;
  gboolean     panel_was_visible;  /* before presenting */
  GtkWindow   *projector;          /* the second screen's window, or NULL */

  GtkPrintSettings *print_settings;
  GtkPageSetup     *page_setup;
  /* The Handout tab's choices, kept for the rest of the session (with
   * the print settings): the next print, or the one after a preview,
   * has the same pages. */
  PtHandoutParts    handout_parts;
  gboolean          handout_private;
  GFile            *export_folder;  /* where the last export went, or NULL */
  GtkWindow        *journal_window; /* the whole journal, while open (weak) */
  gboolean          exporting;
  PtRoom           *room;           /* made when first collecting */
  PtRoomPanel      *room_panel;     /* NULL until first collecting */
  GtkBox           *canvas_row;
  gboolean          lived_experience_first;
  gboolean          panel_hidden_for_room;
};

/* pt-window.c */
GtkBuilder *_pt_window_build_popover    (GtkMenuButton *button,
                                         const char    *resource);
void     _pt_window_set_document        (PtWindow    *self,
                                         PtWorkshop  *workshop,
                                         GFile       *file,
                                         const char  *etag);
void     _pt_window_show_error          (PtWindow    *self,
                                         const char  *title,
                                         const char  *detail);
void     _pt_window_update_title        (PtWindow    *self);
void     _pt_window_update_cycle        (PtWindow    *self);
void     _pt_window_commit_edits        (PtWindow    *self);
char    *_pt_window_get_display_name    (PtWindow    *self);
void     _pt_window_opened              (PtWindow    *self,
                                         PtWorkshop  *workshop,
                                         GFile       *file,
                                         const char  *etag);

/* pt-window-loading.c */
void     _pt_window_class_init_loading  (GtkWidgetClass *widget_class);
void     _pt_window_cancel_loading      (PtWindow       *self);

/* pt-window-actions.c */
void     _pt_window_class_init_actions  (GtkWidgetClass *widget_class);
void     _pt_window_update_actions      (PtWindow       *self);
void     _pt_window_set_accels          (GtkApplication *app);

/* pt-window-handouts.c */
void     _pt_window_print               (PtWindow              *self);
void     _pt_window_export_dialog       (PtWindow              *self);
void     _pt_window_export_to           (PtWindow              *self,
                                         GFile                 *file,
                                         const PtExportOptions *options);

/* pt-window-presentation.c */
void     _pt_window_set_presenting      (PtWindow    *self,
                                         gboolean     presenting);
void     _pt_window_class_init_presentation (GtkWidgetClass *widget_class);
void     _pt_window_init_presentation   (PtWindow    *self);
void     _pt_window_dispose_presentation (PtWindow   *self);

/* pt-window-rounds.c */
void     _pt_window_update_room         (PtWindow    *self);
void     _pt_window_set_collecting      (PtWindow    *self,
                                         gboolean     collecting);
gboolean _pt_window_get_collecting      (PtWindow    *self);
void     _pt_window_dispose_room        (PtWindow    *self);
void     _pt_window_reveal              (PtWindow    *self);

void     _pt_window_init_rounds         (PtWindow    *self);
void     _pt_window_update_rounds       (PtWindow    *self);
void     _pt_window_reset_rounds        (PtWindow    *self);
void     _pt_window_back_to_round       (PtWindow    *self);
void     _pt_window_rounds_item_changed (PtWindow    *self,
                                         GObject     *item);

/* pt-window-recovery.c */
void     _pt_window_init_recovery       (PtWindow    *self);
void     _pt_window_dispose_recovery    (PtWindow    *self);
void     _pt_window_recovery_history_changed (PtWindow *self);

/* pt-window-files.c */
void     _pt_window_open_dialog         (PtWindow    *self);
void     _pt_window_save                (PtWindow    *self);
void     _pt_window_save_as_dialog      (PtWindow    *self);
void     _pt_window_open_recent         (PtWindow    *self,
                                         const char  *uri);
void     _pt_window_update_recent_menu  (PtWindow    *self);
gboolean _pt_window_confirm_close       (PtWindow    *self);

G_END_DECLS
