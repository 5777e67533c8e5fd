/**
 * Audits: plans, sampling, review, findings, scores, lifecycle; plus the notifications and settings they use.
 *
 * Endpoints (all under /api; errors are ErrorBody with the codes in AUDIT_ERROR_CODES):
 *   GET    /audit-plans                         AuditPlanDto[]            admin, supervisor (own teams)
 *   POST   /audit-plans                         CreatePlanRequest → 201 AuditPlanDto
 *   POST   /audit-plans/preview                 PreviewPlanRequest → PlanPreviewDto (unsaved plan)
 *   GET    /audit-plans/auditors                PersonRef[]               active auditors a plan may name in auditorIds
 *   GET    /audit-plans/:id                     AuditPlanDto
 *   PUT    /audit-plans/:id                     UpdatePlanRequest (with version) → AuditPlanDto
 *   DELETE /audit-plans/:id                     archives → AuditPlanDto (schedule removed)
 *   POST   /audit-plans/:id/preview             PlanPreviewDto
 *   POST   /audit-plans/:id/run                 RunPlanRequest → 202 AuditDto (status sampling; poll GET /audits/:id)
 *   GET    /audits                              Page<AuditSummaryDto>     admin, supervisor, auditor (audits with their items)
 *   GET    /audits/:id                          AuditDto
 *   GET    /audits/:id/items                    AuditItemDto[]            (auditors: their own items only)
 *   POST   /audits/:id/transitions              { to } → AuditDto         admin, supervisor
 *   GET    /audits/:id/scores                   AuditScoresDto
 *   GET    /audits/:id/export?part=items|findings|scores   text/csv      admin, supervisor
 *   GET    /audits/:id/ratstats?part=frame|selection|report  text/csv | text/plain   admin, supervisor, the audit's auditors (audits drawn with method ratstats)
 *   GET    /audits/:id/appraisal?format=json|csv  AuditAppraisalDto | text/csv   admin, supervisor, the audit's auditors (released audits)
 *   POST   /ratstats/random|attribute|variable|stratified|sample-size   RAT-STATS calculator (as `npm run ratstats`)   admin, supervisor
 *   GET    /audits/:auditId/items/:itemId       AuditItemReviewDto        (reads are audit-logged)
 *   PUT    /audits/:auditId/items/:itemId/review                 SaveReviewRequest → AuditItemReviewDto   the item's auditor
 *   PATCH  /audits/:auditId/items/:itemId/findings/:findingId    ClassifyFindingRequest → ClassifyFindingResponse
 *   POST   /audits/:auditId/items/:itemId/unreviewable           MarkUnreviewableRequest → MarkUnreviewableResponse
 *   GET    /audits/:auditId/items/:itemId/notes                  RecordNotesDto   auditor of the record, supervisors, admins (never coders)
 *   PUT    /audits/:auditId/items/:itemId/notes                  SaveRecordNotesRequest → RecordNotesDto   the record's auditor, audit in review
 *   GET    /worklist?status=open|reviewed|all   WorklistItemDto[]         auditor
 *   GET    /feedback/findings                   CoderFindingDto[]         coder (released audits, own records)
 *   GET    /notifications                       NotificationListDto       anyone, own only
 *   POST   /notifications/:id/read | /notifications/read-all
 *   GET    /settings/audit                      AuditSettingsDto          admin, supervisor, auditor
 *   PATCH  /settings/audit                      UpdateAuditSettingsRequest → AuditSettingsDto   admin
 */
export * from './audits/common';
export * from './audits/plans';
export * from './audits/audit';
export * from './audits/review';
export * from './audits/scores';
export * from './audits/notifications';
export * from './audits/settings';
export * from './audits/appraisal';
export * from './audits/record-notes';
export * from './audits/ratstats-plan';
