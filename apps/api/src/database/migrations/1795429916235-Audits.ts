import { MigrationInterface, QueryRunner } from "typeorm";

export class Audits1795429916235 implements MigrationInterface {
    name = 'Audits1795429916235'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "name" text NOT NULL, "description" text, "team_ids" uuid array NOT NULL, "scope" jsonb NOT NULL, "method" jsonb NOT NULL, "rules" jsonb, "seed" text, "spares" integer NOT NULL DEFAULT '0', "exclusion_window_days" integer, "due_in_days" integer, "auditor_ids" uuid array NOT NULL DEFAULT '{}', "schedule" jsonb, "schedule_pattern" text, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0f507860ee892974f01cce9adc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_plans_created_at_idx" ON "audit_plans" ("created_at") `);
        await queryRunner.query(`CREATE TABLE "audits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid, "run_key" text, "name" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "team_ids" uuid array NOT NULL, "plan_snapshot" jsonb NOT NULL, "seed" text, "algorithm" text, "frame_size" integer, "scope_size" integer, "excluded_count" integer, "filtered_out_count" integer, "frame_hash" text, "sample_size" integer NOT NULL DEFAULT '0', "spare_count" integer NOT NULL DEFAULT '0', "due_date" date, "rebuttal_due_at" TIMESTAMP WITH TIME ZONE, "sampling_error" jsonb, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sampled_at" TIMESTAMP WITH TIME ZONE, "released_at" TIMESTAMP WITH TIME ZONE, "finalized_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "audits_status_check" CHECK ("status" IN ('draft', 'sampling', 'in_review', 'released', 'final')), CONSTRAINT "PK_b2d7a2089999197dc7024820f28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "audits_run_key_key" ON "audits" ("run_key") `);
        await queryRunner.query(`CREATE INDEX "audits_plan_idx" ON "audits" ("plan_id") `);
        await queryRunner.query(`CREATE INDEX "audits_status_idx" ON "audits" ("status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "audit_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "encounter_version_id" uuid NOT NULL, "encounter_id" uuid NOT NULL, "coder_id" uuid NOT NULL, "setting" text NOT NULL, "encounter_date" date NOT NULL, "fiscal_year" smallint NOT NULL, "stratum" text NOT NULL, "draw_order" integer NOT NULL, "status" text NOT NULL, "auditor_id" uuid, "due_date" date, "version" integer NOT NULL DEFAULT '1', "auditor_codes" jsonb, "auditor_drg" text, "codes_reviewed" integer, "replaces_item_id" uuid, "replaced_by_item_id" uuid, "unreviewable_reason" text, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_items_status_check" CHECK ("status" IN ('assigned', 'in_progress', 'reviewed', 'unreviewable', 'spare')), CONSTRAINT "PK_29c9dcee199af96e49a46d7a58b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_items_encounter_idx" ON "audit_items" ("encounter_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "audit_items_auditor_status_idx" ON "audit_items" ("auditor_id", "status") `);
        await queryRunner.query(`CREATE INDEX "audit_items_audit_order_idx" ON "audit_items" ("audit_id", "draw_order") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_items_audit_version_key" ON "audit_items" ("audit_id", "encounter_version_id") `);
        await queryRunner.query(`CREATE TABLE "audit_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "item_id" uuid NOT NULL, "coder_id" uuid NOT NULL, "key" text NOT NULL, "ordinal" integer NOT NULL, "type" text NOT NULL, "category" text NOT NULL, "system" text NOT NULL, "code_before" text, "code_after" text, "principal" boolean NOT NULL, "poa_before" text, "poa_after" text, "modifiers_before" text array, "modifiers_after" text array, "units_before" integer, "units_after" integer, "suggested_direction" text NOT NULL, "root_cause" text, "impact" text, "direction" text NOT NULL, "rationale" text, "reference" jsonb, "fiscal_year" smallint NOT NULL, "drg_before" text, "drg_after" text, "weight_before" numeric(8,4), "weight_after" numeric(8,4), "weight_delta" numeric(8,4), "payment_delta" numeric(14,2), "base_rate" numeric(12,2), "status" text NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b66fb855ac062aabeccdd4ec1b4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_findings_coder_status_idx" ON "audit_findings" ("coder_id", "status") `);
        await queryRunner.query(`CREATE INDEX "audit_findings_audit_idx" ON "audit_findings" ("audit_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_findings_item_key_key" ON "audit_findings" ("item_id", "key") `);
        await queryRunner.query(`CREATE TABLE "audit_frames" ("audit_id" uuid NOT NULL, "scope_version_ids" uuid array NOT NULL, "excluded_version_ids" uuid array NOT NULL, "scope_size" integer NOT NULL, "snapshot_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58ca40d67edbf0c87eed0ea0e15" PRIMARY KEY ("audit_id"))`);
        await queryRunner.query(`CREATE TABLE "audit_scores" ("audit_id" uuid NOT NULL, "kind" text NOT NULL, "method_version" text NOT NULL, "settings" jsonb NOT NULL, "records_reviewed" integer NOT NULL, "codes_reviewed" integer NOT NULL, "code_accuracy" double precision, "record_accuracy" double precision, "drg_accuracy" double precision, "body" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "audit_scores_kind_check" CHECK ("kind" IN ('preliminary', 'final')), CONSTRAINT "PK_a90cf3246ed268e35334639efae" PRIMARY KEY ("audit_id", "kind"))`);
        await queryRunner.query(`CREATE TABLE "score_rollups" ("scope" text NOT NULL, "scope_id" uuid NOT NULL, "month" date NOT NULL, "team_id" uuid, "method_version" text NOT NULL, "records_reviewed" integer NOT NULL, "codes_reviewed" integer NOT NULL, "weighted_errors" double precision NOT NULL, "records_with_error" integer NOT NULL, "inpatient_records_reviewed" integer NOT NULL, "drg_unchanged" integer NOT NULL, "code_accuracy" double precision, "code_accuracy_lower" double precision, "code_accuracy_upper" double precision, "record_accuracy" double precision, "record_accuracy_lower" double precision, "record_accuracy_upper" double precision, "overpayment" numeric(14,2) NOT NULL, "underpayment" numeric(14,2) NOT NULL, "overpayment_weight" numeric(10,4) NOT NULL, "underpayment_weight" numeric(10,4) NOT NULL, "category_errors" jsonb NOT NULL, "preliminary" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "score_rollups_scope_check" CHECK ("scope" IN ('coder', 'team')), CONSTRAINT "PK_1d06f99813605930cf57452e9b9" PRIMARY KEY ("scope", "scope_id", "month"))`);
        await queryRunner.query(`CREATE INDEX "score_rollups_team_month_idx" ON "score_rollups" ("team_id", "month") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "entity_type" text, "entity_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "notifications_user_kind_entity_key" ON "notifications" ("user_id", "kind", "entity_id") `);
        await queryRunner.query(`CREATE INDEX "notifications_user_created_idx" ON "notifications" ("user_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))`);
        await queryRunner.query(`ALTER TABLE "audit_plans" ADD CONSTRAINT "FK_97d5595fb25c8a5d2ebe97abbc0" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audits" ADD CONSTRAINT "FK_595370ea2a4174f6045198547fe" FOREIGN KEY ("plan_id") REFERENCES "audit_plans"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audits" ADD CONSTRAINT "FK_bc4c8c792e23b2943d384c98175" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_items" ADD CONSTRAINT "FK_78d557ed9433a622fabb53ba007" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_items" ADD CONSTRAINT "FK_f771756005f6468d380a62e5c67" FOREIGN KEY ("encounter_version_id") REFERENCES "encounter_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_items" ADD CONSTRAINT "FK_eae74318f00bc22cacbd159d822" FOREIGN KEY ("coder_id") REFERENCES "coders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_items" ADD CONSTRAINT "FK_5572b131b86826f1b3d0bf10109" FOREIGN KEY ("auditor_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_findings" ADD CONSTRAINT "FK_171d7ba75037f4c80624319690e" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_findings" ADD CONSTRAINT "FK_df778fc6de09aabfb1240035f13" FOREIGN KEY ("item_id") REFERENCES "audit_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_frames" ADD CONSTRAINT "FK_58ca40d67edbf0c87eed0ea0e15" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_scores" ADD CONSTRAINT "FK_59282f1459f6a440b8572788127" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "settings" ADD CONSTRAINT "FK_ca2df2d42e84dd5d354e57a0361" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "settings" DROP CONSTRAINT "FK_ca2df2d42e84dd5d354e57a0361"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
        await queryRunner.query(`ALTER TABLE "audit_scores" DROP CONSTRAINT "FK_59282f1459f6a440b8572788127"`);
        await queryRunner.query(`ALTER TABLE "audit_frames" DROP CONSTRAINT "FK_58ca40d67edbf0c87eed0ea0e15"`);
        await queryRunner.query(`ALTER TABLE "audit_findings" DROP CONSTRAINT "FK_df778fc6de09aabfb1240035f13"`);
        await queryRunner.query(`ALTER TABLE "audit_findings" DROP CONSTRAINT "FK_171d7ba75037f4c80624319690e"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP CONSTRAINT "FK_5572b131b86826f1b3d0bf10109"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP CONSTRAINT "FK_eae74318f00bc22cacbd159d822"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP CONSTRAINT "FK_f771756005f6468d380a62e5c67"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP CONSTRAINT "FK_78d557ed9433a622fabb53ba007"`);
        await queryRunner.query(`ALTER TABLE "audits" DROP CONSTRAINT "FK_bc4c8c792e23b2943d384c98175"`);
        await queryRunner.query(`ALTER TABLE "audits" DROP CONSTRAINT "FK_595370ea2a4174f6045198547fe"`);
        await queryRunner.query(`ALTER TABLE "audit_plans" DROP CONSTRAINT "FK_97d5595fb25c8a5d2ebe97abbc0"`);
        await queryRunner.query(`DROP TABLE "settings"`);
        await queryRunner.query(`DROP INDEX "public"."notifications_user_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."notifications_user_kind_entity_key"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."score_rollups_team_month_idx"`);
        await queryRunner.query(`DROP TABLE "score_rollups"`);
        await queryRunner.query(`DROP TABLE "audit_scores"`);
        await queryRunner.query(`DROP TABLE "audit_frames"`);
        await queryRunner.query(`DROP INDEX "public"."audit_findings_item_key_key"`);
        await queryRunner.query(`DROP INDEX "public"."audit_findings_audit_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_findings_coder_status_idx"`);
        await queryRunner.query(`DROP TABLE "audit_findings"`);
        await queryRunner.query(`DROP INDEX "public"."audit_items_audit_version_key"`);
        await queryRunner.query(`DROP INDEX "public"."audit_items_audit_order_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_items_auditor_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_items_encounter_idx"`);
        await queryRunner.query(`DROP TABLE "audit_items"`);
        await queryRunner.query(`DROP INDEX "public"."audits_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audits_plan_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audits_run_key_key"`);
        await queryRunner.query(`DROP TABLE "audits"`);
        await queryRunner.query(`DROP INDEX "public"."audit_plans_created_at_idx"`);
        await queryRunner.query(`DROP TABLE "audit_plans"`);
    }

}
