/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print-preview.c: PpPrintPreview, the pages as they will print.
 *
 * The window lays the document out once, in points, on a surface of its
 * own, so the pages match the PDF export and the printer whatever the
 * screen; it then draws one page at a time, scaled onto a white sheet.
 * Page Up and Page Down turn the pages, Home and End go to the first and
 * last, Ctrl+plus and Ctrl+minus zoom, and Print… prints the same
 * document through the function the preview was made with: the preview
 * knows the job it shows, not how printing runs (pp-print.c, which opens
 * the previews).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-format.h"
#include "pp-page-layout.h"
#include "pp-print-preview.h"

#define SHEET_MARGIN 24.0   /* pixels of window around the sheet */
#define ZOOM_STEP 1.25
#define ZOOM_MAX 4.0        /* pixels per point */

struct _PpPrintPreview
{
  AdwWindow parent_instance;

  PpPrintJob *job;
  GtkPageSetup *page_setup;
  PpPrintFunc print;          /* what Print… does */
  PpPageLayout *layout;
  double width;               /* of the paper, in points */
  double height;
  guint page;
  guint n_pages;
  double zoom;                /* pixels per point; 0 fits the page in the window */

  AdwWindowTitle *window_title;
  GtkScrolledWindow *scroller;
  GtkDrawingArea *drawing_area;
};

G_DEFINE_FINAL_TYPE (PpPrintPreview, pp_print_preview, ADW_TYPE_WINDOW)

static double
get_fit_scale (PpPrintPreview *self,
               int             width,
               int             height)
{
  double scale = MIN ((width - 2 * SHEET_MARGIN) / self->width,
                      (height - 2 * SHEET_MARGIN) / self->height);

  return MAX (scale, 0.05);
}

static void
update_zoom (PpPrintPreview *self)
{
  int width = 0, height = 0;

  /* Zoomed in, the sheet asks for its size and the window scrolls;
   * fitted, it takes whatever room there is. */
  if (self->zoom > 0)
    {
      width = ceil (self->width * self->zoom + 2 * SHEET_MARGIN);
      height = ceil (self->height * self->zoom + 2 * SHEET_MARGIN);
    }
  gtk_drawing_area_set_content_width (self->drawing_area, width);
  gtk_drawing_area_set_content_height (self->drawing_area, height);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", self->zoom > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", self->zoom < ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-fit", self->zoom > 0);
  gtk_widget_queue_draw (GTK_WIDGET (self->drawing_area));
}

static void
update_page (PpPrintPreview *self)
{
  g_autofree char *text = NULL;

  text = pp_sentence_new (ngettext ("Page %u of %u", "Page %u of %u", self->n_pages),
                          self->page + 1, self->n_pages);
  adw_window_title_set_subtitle (self->window_title, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drawing_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.first", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next",
                                 self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.last",
                                 self->page + 1 < self->n_pages);
  /* A new page starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_widget_queue_draw (GTK_WIDGET (self->drawing_area));
}

/* A soft shadow under the sheet, a hairline around it, and white paper. */
static void
draw_sheet (cairo_t *cr,
            double   x,
            double   y,
            double   width,
            double   height)
{
  for (int i = 1; i <= 4; i++)
    {
      cairo_rectangle (cr, x - i, y - i + 2, width + 2 * i, height + 2 * i);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.04);
      cairo_fill (cr);
    }
  cairo_rectangle (cr, x - 0.5, y - 0.5, width + 1, height + 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
}

static void
drawing_area_draw_cb (GtkDrawingArea *area,
                      cairo_t        *cr,
                      int             width,
                      int             height,
                      gpointer        user_data)
{
  PpPrintPreview *self = user_data;
  double scale, x, y;

  if (self->layout == NULL || self->n_pages == 0)
    return;

  scale = self->zoom > 0 ? self->zoom : get_fit_scale (self, width, height);
  x = round (MAX (SHEET_MARGIN, (width - self->width * scale) / 2));
  y = round (MAX (SHEET_MARGIN, (height - self->height * scale) / 2));
  draw_sheet (cr, x, y, self->width * scale, self->height * scale);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pp_page_layout_draw_page (self->layout, cr, self->page);
  cairo_restore (cr);
}

static void
turn_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpPrintPreview *self = PP_PRINT_PREVIEW (widget);
  guint page = self->page;

  if (self->n_pages == 0)
    return;
  if (g_str_equal (action_name, "preview.previous") && page > 0)
    page--;
  else if (g_str_equal (action_name, "preview.next"))
    page++;
  else if (g_str_equal (action_name, "preview.first"))
    page = 0;
  else if (g_str_equal (action_name, "preview.last"))
    page = self->n_pages;
  pp_print_preview_set_page (self, MIN (page, self->n_pages - 1));
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpPrintPreview *self = PP_PRINT_PREVIEW (widget);
  int width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  int height = gtk_widget_get_height (GTK_WIDGET (self->scroller));
  /* Before the window is shown, a point is taken for a pixel. */
  double fit = width > 0 && height > 0 ? get_fit_scale (self, width, height) : 1.0;
  double zoom = self->zoom > 0 ? self->zoom : fit;

  if (g_str_equal (action_name, "preview.zoom-in"))
    self->zoom = MIN (zoom * ZOOM_STEP, ZOOM_MAX);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    self->zoom = zoom / ZOOM_STEP <= fit ? 0 : zoom / ZOOM_STEP;
  else
    self->zoom = 0;
  update_zoom (self);
}

/* Prints the same document on the same paper, from the window the preview
 * belongs to, and closes the preview. */
static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PpPrintPreview *self = PP_PRINT_PREVIEW (widget);
  g_autoptr(PpPrintJob) job = pp_print_job_ref (self->job);
  g_autoptr(GtkPageSetup) page_setup = g_object_ref (self->page_setup);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  PpPrintFunc print = self->print;

  gtk_window_destroy (GTK_WINDOW (self));
  print (job, page_setup, parent);
}

static void
pp_print_preview_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PP_TYPE_PRINT_PREVIEW);
  G_OBJECT_CLASS (pp_print_preview_parent_class)->dispose (object);
}

static void
pp_print_preview_finalize (GObject *object)
{
  PpPrintPreview *self = PP_PRINT_PREVIEW (object);

  g_clear_pointer (&self->layout, pp_page_layout_free);
  g_clear_pointer (&self->job, pp_print_job_unref);
  g_clear_object (&self->page_setup);
  G_OBJECT_CLASS (pp_print_preview_parent_class)->finalize (object);
}

static void
pp_print_preview_class_init (PpPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_print_preview_dispose;
  object_class->finalize = pp_print_preview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpPrintPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, PpPrintPreview, drawing_area);
  /* Actions drive these; they are named only for the tests to find. */
  gtk_widget_class_bind_template_child_full (widget_class, "previous_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "next_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_out_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_in_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "print_button", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, turn_activated);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, turn_activated);
  gtk_widget_class_install_action (widget_class, "preview.first", NULL, turn_activated);
  gtk_widget_class_install_action (widget_class, "preview.last", NULL, turn_activated);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "preview.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "preview.next",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "preview.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "preview.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pp_print_preview_init (PpPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->drawing_area, drawing_area_draw_cb, self, NULL);
}

/* Measures the pages on an image surface: the layout's metrics do not
 * depend on the surface, so the count is the PDF's. */
static void
paginate (PpPrintPreview *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  self->width = gtk_page_setup_get_paper_width (self->page_setup, GTK_UNIT_POINTS);
  self->height = gtk_page_setup_get_paper_height (self->page_setup, GTK_UNIT_POINTS);
  self->layout = pp_page_layout_new (pp_print_job_get_document (self->job),
                                     self->width, self->height);
  self->n_pages = pp_page_layout_paginate (self->layout, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/**
 * pp_print_preview_new:
 * @parent: (nullable): the window the preview belongs to, and prints from
 * @page_setup: (nullable): the paper; %NULL for the job's
 * @print: what the Print button calls, once the preview has closed
 *
 * Returns: (transfer none): a new preview window, showing the first page
 */
PpPrintPreview *
pp_print_preview_new (GtkWindow    *parent,
                      PpPrintJob   *job,
                      GtkPageSetup *page_setup,
                      PpPrintFunc   print)
{
  PpPrintPreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup), NULL);
  g_return_val_if_fail (print != NULL, NULL);

  self = g_object_new (PP_TYPE_PRINT_PREVIEW, "transient-for", parent, NULL);
  self->job = pp_print_job_ref (job);
  self->page_setup = gtk_page_setup_copy (page_setup != NULL
                                          ? page_setup : pp_print_job_get_page_setup (job));
  self->print = print;
  paginate (self);
  update_page (self);
  update_zoom (self);
  return self;
}

guint
pp_print_preview_get_page (PpPrintPreview *self)
{
  g_return_val_if_fail (PP_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

/**
 * pp_print_preview_set_page:
 * @page: from 0, below pp_print_preview_get_n_pages()
 */
void
pp_print_preview_set_page (PpPrintPreview *self,
                           guint           page)
{
  g_return_if_fail (PP_IS_PRINT_PREVIEW (self));
  g_return_if_fail (page < self->n_pages);

  if (self->page == page)
    return;
  self->page = page;
  update_page (self);
}

guint
pp_print_preview_get_n_pages (PpPrintPreview *self)
{
  g_return_val_if_fail (PP_IS_PRINT_PREVIEW (self), 0);
  return self->n_pages;
}
