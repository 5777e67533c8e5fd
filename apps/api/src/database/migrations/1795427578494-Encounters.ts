import { MigrationInterface, QueryRunner } from "typeorm";

export class Encounters1795427578494 implements MigrationInterface {
    name = 'Encounters1795427578494'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "imports" ("id" uuid NOT NULL, "created_by_id" uuid, "file_name" text NOT NULL, "file_path" text NOT NULL, "file_bytes" bigint NOT NULL, "file_sha256" text NOT NULL, "format" text, "requested_layout" text NOT NULL, "layout" text, "source" text NOT NULL, "default_coder_external_id" text, "status" text NOT NULL DEFAULT 'queued', "phase" text NOT NULL DEFAULT 'upload', "rows_total" integer, "rows_parsed" integer NOT NULL DEFAULT '0', "rows_written" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "rows_with_errors" integer NOT NULL DEFAULT '0', "encounters_created" integer NOT NULL DEFAULT '0', "encounters_versioned" integer NOT NULL DEFAULT '0', "encounters_unchanged" integer NOT NULL DEFAULT '0', "encounters_rejected" integer NOT NULL DEFAULT '0', "encounters_flagged" integer NOT NULL DEFAULT '0', "codes_written" bigint NOT NULL DEFAULT '0', "bucket_count" integer, "buckets_done" integer NOT NULL DEFAULT '0', "failure" jsonb, "warnings" jsonb NOT NULL DEFAULT '[]'::jsonb, "cancel_requested_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "imports_phase_check" CHECK ("phase" IN ('upload', 'parse', 'write', 'done')), CONSTRAINT "imports_status_check" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')), CONSTRAINT "PK_ea10c62f5eb1d75e83d8b5225db" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "imports_created_at_idx" ON "imports" ("created_at") `);
        await queryRunner.query(`CREATE TABLE "encounters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" text NOT NULL, "external_id" text NOT NULL, "current_version_id" uuid NOT NULL, "version_count" integer NOT NULL, "coder_id" uuid NOT NULL, "setting" text NOT NULL, "facility" text, "encounter_date" date NOT NULL, "fiscal_year" smallint NOT NULL, "drg" text, "flagged" boolean NOT NULL, "code_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "encounters_setting_check" CHECK ("setting" IN ('inpatient', 'outpatient', 'ed', 'profee')), CONSTRAINT "PK_b2e596be58aabc4ccc8f8458b53" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "encounters_external_id_idx" ON "encounters" ("external_id", "id") `);
        await queryRunner.query(`CREATE INDEX "encounters_flagged_date_idx" ON "encounters" ("encounter_date", "id") WHERE flagged`);
        await queryRunner.query(`CREATE INDEX "encounters_setting_date_idx" ON "encounters" ("setting", "encounter_date", "id") `);
        await queryRunner.query(`CREATE INDEX "encounters_coder_date_idx" ON "encounters" ("coder_id", "encounter_date", "id") `);
        await queryRunner.query(`CREATE INDEX "encounters_date_idx" ON "encounters" ("encounter_date", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "encounters_source_external_id_key" ON "encounters" ("source", "external_id") `);
        await queryRunner.query(`CREATE TABLE "encounter_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "encounter_id" uuid NOT NULL, "version" integer NOT NULL, "import_id" uuid, "content_hash" uuid NOT NULL, "setting" text NOT NULL, "facility" text, "payer" text, "admission_date" date, "discharge_date" date, "service_date" date, "encounter_date" date NOT NULL, "fiscal_year" smallint NOT NULL, "coder_id" uuid NOT NULL, "drg" text, "total_charges" numeric(14,2), "patient_ref" text, "flags" text array NOT NULL DEFAULT '{}', "flagged" boolean NOT NULL, "code_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "encounter_versions_setting_check" CHECK ("setting" IN ('inpatient', 'outpatient', 'ed', 'profee')), CONSTRAINT "PK_684c72e907b3b775ab19a275889" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "encounter_versions_import_idx" ON "encounter_versions" ("import_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "encounter_versions_encounter_version_key" ON "encounter_versions" ("encounter_id", "version") `);
        await queryRunner.query(`CREATE TABLE "encounter_codes" ("version_id" uuid NOT NULL, "position" smallint NOT NULL, "system" text NOT NULL, "code" text NOT NULL, "sequence" smallint NOT NULL, "principal" boolean NOT NULL, "poa" text, "modifiers" text array NOT NULL DEFAULT '{}', "units" integer, "line" integer, "issue" text, CONSTRAINT "PK_e4500430328d0e84bbed216c5b7" PRIMARY KEY ("version_id", "position"))`);
        await queryRunner.query(`CREATE TABLE "import_errors" ("id" BIGSERIAL NOT NULL, "import_id" uuid NOT NULL, "row_no" integer NOT NULL, "encounter_ref" text, "field" text NOT NULL, "value" text NOT NULL, "code" text NOT NULL, "severity" text NOT NULL, "message" text NOT NULL, CONSTRAINT "import_errors_severity_check" CHECK ("severity" IN ('reject', 'flag', 'warning')), CONSTRAINT "PK_c65e36717920cb27df5578dc5ee" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "import_errors_import_row_idx" ON "import_errors" ("import_id", "row_no") `);
        await queryRunner.query(`ALTER TABLE "imports" ADD CONSTRAINT "FK_3bc7ec4d0412ccd78d82f24e3d4" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "encounters" ADD CONSTRAINT "FK_38a5166853f2e22edafbc47226a" FOREIGN KEY ("current_version_id") REFERENCES "encounter_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`);
        await queryRunner.query(`ALTER TABLE "encounters" ADD CONSTRAINT "FK_3d94c9ba3bb7519dcd9cf87f758" FOREIGN KEY ("coder_id") REFERENCES "coders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD CONSTRAINT "FK_f89e595cbd92be28092a5d24222" FOREIGN KEY ("encounter_id") REFERENCES "encounters"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD CONSTRAINT "FK_ce88c7b37d4534a47ef47582389" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD CONSTRAINT "FK_6107da332d63dae945d6b3ed3e7" FOREIGN KEY ("coder_id") REFERENCES "coders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "encounter_codes" ADD CONSTRAINT "FK_d93aa9c8e0b78d196bd0481f7fb" FOREIGN KEY ("version_id") REFERENCES "encounter_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "import_errors" ADD CONSTRAINT "FK_9926b1b4a42a17f2792b7852176" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "import_errors" DROP CONSTRAINT "FK_9926b1b4a42a17f2792b7852176"`);
        await queryRunner.query(`ALTER TABLE "encounter_codes" DROP CONSTRAINT "FK_d93aa9c8e0b78d196bd0481f7fb"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP CONSTRAINT "FK_6107da332d63dae945d6b3ed3e7"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP CONSTRAINT "FK_ce88c7b37d4534a47ef47582389"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP CONSTRAINT "FK_f89e595cbd92be28092a5d24222"`);
        await queryRunner.query(`ALTER TABLE "encounters" DROP CONSTRAINT "FK_3d94c9ba3bb7519dcd9cf87f758"`);
        await queryRunner.query(`ALTER TABLE "encounters" DROP CONSTRAINT "FK_38a5166853f2e22edafbc47226a"`);
        await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "FK_3bc7ec4d0412ccd78d82f24e3d4"`);
        await queryRunner.query(`DROP INDEX "public"."import_errors_import_row_idx"`);
        await queryRunner.query(`DROP TABLE "import_errors"`);
        await queryRunner.query(`DROP TABLE "encounter_codes"`);
        await queryRunner.query(`DROP INDEX "public"."encounter_versions_encounter_version_key"`);
        await queryRunner.query(`DROP INDEX "public"."encounter_versions_import_idx"`);
        await queryRunner.query(`DROP TABLE "encounter_versions"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_source_external_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_date_idx"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_coder_date_idx"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_setting_date_idx"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_flagged_date_idx"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_external_id_idx"`);
        await queryRunner.query(`DROP TABLE "encounters"`);
        await queryRunner.query(`DROP INDEX "public"."imports_created_at_idx"`);
        await queryRunner.query(`DROP TABLE "imports"`);
    }

}
