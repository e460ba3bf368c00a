/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisations-page-rows.c: the rows of the Organisations page's list,
 * each an organisation's name over its country, kind and number of
 * contacts, kept up to date while the row shows it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-organisations-page-private.h"

/* "Pakistan · Ministry · 2 contacts" */
static char *
describe (PpOrganisation *org)
{
  const char *country = pp_organisation_get_country (org);
  guint n = g_list_model_get_n_items (pp_organisation_get_contacts (org));
  const char *kind = pp_enum_get_display_name (PP_TYPE_ORGANISATION_KIND,
                                               pp_organisation_get_kind (org));
  const char *where = country != NULL ? pp_iso_country_get_name (country) : _("International");
  g_autofree char *contacts = NULL;

  if (n == 0)
    /* Translators: an organisation's country and kind, "Pakistan · Ministry" */
    return pp_sentence_new (_("%s · %s"), where, kind);
  contacts = pp_sentence_new (ngettext ("%u contact", "%u contacts", n), n);
  /* Translators: "Pakistan · Ministry · 2 contacts" */
  return pp_sentence_new (_("%s · %s · %s"), where, kind, contacts);
}

static void
item_notify_cb (PpOrganisation *org,
                GParamSpec     *pspec,
                GtkWidget      *box)
{
  g_autofree char *subtitle = describe (org);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)),
                       pp_organisation_get_name (org));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), subtitle);
}

static void
item_contacts_changed_cb (GListModel *contacts,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GtkWidget  *box)
{
  item_notify_cb (g_object_get_data (G_OBJECT (box), "organisation"), NULL, box);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  PpOrganisation *org = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  item_notify_cb (org, NULL, box);
  g_object_set_data (G_OBJECT (box), "organisation", org);
  g_signal_connect_object (org, "notify", G_CALLBACK (item_notify_cb), box, 0);
  g_signal_connect_object (pp_organisation_get_contacts (org), "items-changed",
                           G_CALLBACK (item_contacts_changed_cb), box, 0);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  PpOrganisation *org = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  g_signal_handlers_disconnect_by_data (org, box);
  g_signal_handlers_disconnect_by_data (pp_organisation_get_contacts (org), box);
}

/* Makes @factory give the list's rows. */
void
_pp_organisations_set_up_rows (GtkSignalListItemFactory *factory)
{
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
}
