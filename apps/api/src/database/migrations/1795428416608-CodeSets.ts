import { MigrationInterface, QueryRunner } from "typeorm";

export class CodeSets1795428416608 implements MigrationInterface {
    name = 'CodeSets1795428416608'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "code_sets" ("id" SERIAL NOT NULL, "system" text NOT NULL, "version" text NOT NULL, "fiscal_year" integer, "effective_from" date NOT NULL, "effective_to" date NOT NULL, "source_file" text NOT NULL, "row_count" integer NOT NULL, "checksum" text NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_code_sets_system_version" UNIQUE ("system", "version"), CONSTRAINT "CHK_code_sets_effective" CHECK ("effective_to" >= "effective_from"), CONSTRAINT "CHK_code_sets_system" CHECK ("system" IN ('ICD10CM', 'ICD10PCS', 'HCPCS', 'HCPCS_MODIFIER', 'CPT', 'POA_EXEMPT', 'MSDRG')), CONSTRAINT "PK_d9f3025219578e132c9fa50b04b" PRIMARY KEY ("id"))`);
        // Hand-edited: TypeORM wrote the scratch database's name here; current_database() makes the
        // generated-column record match in every database, so later migration:generate runs see no diff.
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)`, ["codes","GENERATED_COLUMN","search","to_tsvector('simple'::regconfig, regexp_replace(lower(long_description), '[^a-z0-9]+', ' ', 'g'))"]);
        await queryRunner.query(`CREATE TABLE "codes" ("code_set_id" integer NOT NULL, "code" text NOT NULL, "system" text NOT NULL, "fiscal_year" integer, "billable" boolean NOT NULL, "short_description" text NOT NULL, "long_description" text NOT NULL, "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, regexp_replace(lower(long_description), '[^a-z0-9]+', ' ', 'g'))) STORED NOT NULL, CONSTRAINT "PK_7fc21dc89dae088f796379fa269" PRIMARY KEY ("code_set_id", "code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_codes_system_year_code" ON "codes" ("system", "fiscal_year", "code") `);
        await queryRunner.query(`CREATE TABLE "ms_drgs" ("fiscal_year" integer NOT NULL, "drg" text NOT NULL, "version" text NOT NULL, "mdc" text, "type" text, "title" text NOT NULL, "relative_weight" numeric(8,4), "gmlos" numeric, CONSTRAINT "PK_ce25eb4b002a30ee35606ad5885" PRIMARY KEY ("fiscal_year", "drg"))`);
        await queryRunner.query(`CREATE TABLE "poa_exempt_codes" ("fiscal_year" integer NOT NULL, "code" text NOT NULL, CONSTRAINT "PK_2670bcc7bc43a20f7f64d3d80e5" PRIMARY KEY ("fiscal_year", "code"))`);
        await queryRunner.query(`ALTER TABLE "codes" ADD CONSTRAINT "FK_e83a39b53ce568bc59d7fb08a28" FOREIGN KEY ("code_set_id") REFERENCES "code_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "codes" DROP CONSTRAINT "FK_e83a39b53ce568bc59d7fb08a28"`);
        await queryRunner.query(`DROP TABLE "poa_exempt_codes"`);
        await queryRunner.query(`DROP TABLE "ms_drgs"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_codes_system_year_code"`);
        await queryRunner.query(`DROP TABLE "codes"`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3`, ["GENERATED_COLUMN","search","codes"]);
        await queryRunner.query(`DROP TABLE "code_sets"`);
    }

}
