/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-contact.h: PpContact, a person to reach at an organisation. */
#pragma once

#include "pp-node.h"

G_BEGIN_DECLS

#define PP_TYPE_CONTACT (pp_contact_get_type ())

G_DECLARE_FINAL_TYPE (PpContact, pp_contact, PP, CONTACT, PpNode)

PpContact  *pp_contact_new       (void);

const char *pp_contact_get_name  (PpContact  *self);
void        pp_contact_set_name  (PpContact  *self,
                                  const char *name);
const char *pp_contact_get_role  (PpContact  *self);
void        pp_contact_set_role  (PpContact  *self,
                                  const char *role);
const char *pp_contact_get_email (PpContact  *self);
void        pp_contact_set_email (PpContact  *self,
                                  const char *email);
const char *pp_contact_get_phone (PpContact  *self);
void        pp_contact_set_phone (PpContact  *self,
                                  const char *phone);
char       *pp_contact_describe  (PpContact  *self);

G_END_DECLS
