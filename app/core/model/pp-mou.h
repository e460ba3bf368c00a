/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou.h: PpMou, a memorandum of understanding or agreement between parties. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_MOU (pp_mou_get_type ())

G_DECLARE_FINAL_TYPE (PpMou, pp_mou, PP, MOU, PpNode)

PpMou *pp_mou_new (const char *id);

const char *pp_mou_get_title (PpMou *self);
void pp_mou_set_title (PpMou *self, const char *title);
const char *pp_mou_get_sector (PpMou *self);
void pp_mou_set_sector (PpMou *self, const char *sector);
PpMouStatus pp_mou_get_status (PpMou *self);
void pp_mou_set_status (PpMou *self, PpMouStatus status);
const char * const *pp_mou_get_parties (PpMou *self);
void pp_mou_set_parties (PpMou *self, const char * const *parties);
const GDate *pp_mou_get_signed_on (PpMou *self);
void pp_mou_set_signed_on (PpMou *self, const GDate *signed_on);
const GDate *pp_mou_get_effective_on (PpMou *self);
void pp_mou_set_effective_on (PpMou *self, const GDate *effective_on);
const GDate *pp_mou_get_expires_on (PpMou *self);
void pp_mou_set_expires_on (PpMou *self, const GDate *expires_on);
gboolean pp_mou_get_renewal_automatic (PpMou *self);
void pp_mou_set_renewal_automatic (PpMou *self, gboolean renewal_automatic);
int pp_mou_get_renewal_notice_days (PpMou *self);
void pp_mou_set_renewal_notice_days (PpMou *self, int renewal_notice_days);
const char *pp_mou_get_summary (PpMou *self);
void pp_mou_set_summary (PpMou *self, const char *summary);
GListModel *pp_mou_get_follow_ups (PpMou *self);

G_END_DECLS

