import { AuditLogEntry } from '../audit-log/audit-log.entity';
import { AuditFinding } from '../audits/entities/audit-finding.entity';
import { AuditFrame } from '../audits/entities/audit-frame.entity';
import { AuditRatStatsDraw } from '../audits/entities/audit-ratstats-draw.entity';
import { AuditItem } from '../audits/entities/audit-item.entity';
import { AuditItemNote } from '../audits/entities/audit-item-note.entity';
import { AuditPlan } from '../audits/entities/audit-plan.entity';
import { AuditScore } from '../audits/entities/audit-score.entity';
import { Audit } from '../audits/entities/audit.entity';
import { ScoreRollup } from '../audits/entities/score-rollup.entity';
import { Session } from '../auth/session.entity';
import { CodeSet } from '../code-sets/code-set.entity';
import { DisputeEvent } from '../disputes/dispute-event.entity';
import { OutboxMessage } from '../disputes/outbox-message.entity';
import { Code } from '../code-sets/code.entity';
import { MsDrg } from '../code-sets/ms-drg.entity';
import { PoaExemptCode } from '../code-sets/poa-exempt-code.entity';
import { EncounterCode } from '../encounters/encounter-code.entity';
import { EncounterVersion } from '../encounters/encounter-version.entity';
import { Encounter } from '../encounters/encounter.entity';
import { ImportRowError } from '../imports/import-row-error.entity';
import { Notification } from '../notifications/notification.entity';
import { Setting } from '../settings/setting.entity';
import { Import } from '../imports/import.entity';
import { Coder } from '../users/coder.entity';
import { Team } from '../users/team.entity';
import { User } from '../users/user.entity';

/** Every entity, in one list shared by the app, the worker and the migration CLI. */
export const ENTITIES = [
  User,
  Team,
  Coder,
  Session,
  AuditLogEntry,
  Import,
  ImportRowError,
  Encounter,
  EncounterVersion,
  EncounterCode,
  CodeSet,
  Code,
  PoaExemptCode,
  MsDrg,
  AuditPlan,
  Audit,
  AuditFrame,
  AuditRatStatsDraw,
  AuditItem,
  AuditItemNote,
  AuditFinding,
  AuditScore,
  ScoreRollup,
  Notification,
  Setting,
  DisputeEvent,
  OutboxMessage,
];
