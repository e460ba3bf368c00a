/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-io-private.h: the JSON readers and writers of each model type, used by
 * pp-portfolio-io.c and by the types for their own items. */
#pragma once

#include "pp-date.h"
#include "pp-iso-codes.h"
#include "pp-reader.h"
#include "pp-writer.h"

G_BEGIN_DECLS

typedef struct _PpSector PpSector;
typedef struct _PpOrganisation PpOrganisation;
typedef struct _PpContact PpContact;
typedef struct _PpFollowUp PpFollowUp;
typedef struct _PpMou PpMou;
typedef struct _PpVenturePartner PpVenturePartner;
typedef struct _PpMilestone PpMilestone;
typedef struct _PpRisk PpRisk;
typedef struct _PpVenture PpVenture;
typedef struct _PpProgressEntry PpProgressEntry;
typedef struct _PpCommitment PpCommitment;
PpNode *_pp_sector_read  (PpReader   *reader,
                          JsonObject *object);
void    _pp_sector_write (PpSector *self,
                          PpWriter *writer);
PpNode *_pp_contact_read  (PpReader   *reader,
                           JsonObject *object);
void    _pp_contact_write (PpContact *self,
                           PpWriter  *writer);
PpNode *_pp_organisation_read  (PpReader   *reader,
                                JsonObject *object);
void    _pp_organisation_write (PpOrganisation *self,
                                PpWriter *writer);
PpNode *_pp_follow_up_read  (PpReader   *reader,
                             JsonObject *object);
void    _pp_follow_up_write (PpFollowUp *self,
                             PpWriter *writer);
PpNode *_pp_mou_read  (PpReader   *reader,
                       JsonObject *object);
void    _pp_mou_write (PpMou *self,
                       PpWriter *writer);
PpNode *_pp_venture_partner_read  (PpReader   *reader,
                                   JsonObject *object);
void    _pp_venture_partner_write (PpVenturePartner *self,
                                   PpWriter *writer);
PpNode *_pp_milestone_read  (PpReader   *reader,
                             JsonObject *object);
void    _pp_milestone_write (PpMilestone *self,
                             PpWriter *writer);
PpNode *_pp_risk_read  (PpReader   *reader,
                        JsonObject *object);
void    _pp_risk_write (PpRisk *self,
                        PpWriter *writer);
PpNode *_pp_venture_read  (PpReader   *reader,
                           JsonObject *object);
void    _pp_venture_write (PpVenture *self,
                           PpWriter *writer);
PpNode *_pp_progress_entry_read  (PpReader   *reader,
                                  JsonObject *object);
void    _pp_progress_entry_write (PpProgressEntry *self,
                                  PpWriter *writer);
PpNode *_pp_commitment_read  (PpReader   *reader,
                              JsonObject *object);
void    _pp_commitment_write (PpCommitment *self,
                              PpWriter *writer);

G_END_DECLS
