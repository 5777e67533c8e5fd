import { MigrationInterface, QueryRunner } from "typeorm";

export class RatStatsDraws1796409070784 implements MigrationInterface {
    name = 'RatStatsDraws1796409070784'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_ratstats_draws" ("audit_id" uuid NOT NULL, "seed" text NOT NULL, "frame_order" text NOT NULL, "frame_size" integer NOT NULL, "frame_version_ids" uuid array NOT NULL, "sample_numbers" integer array NOT NULL, "spare_numbers" integer array NOT NULL, "numbers_sum" bigint NOT NULL, "drawn_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_ratstats_draws_frame_order_check" CHECK ("frame_order" IN ('externalId', 'encounterDate')), CONSTRAINT "PK_edf82b5304b2fc46efd48e0728c" PRIMARY KEY ("audit_id"))`);
        await queryRunner.query(`ALTER TABLE "audit_ratstats_draws" ADD CONSTRAINT "FK_edf82b5304b2fc46efd48e0728c" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_ratstats_draws" DROP CONSTRAINT "FK_edf82b5304b2fc46efd48e0728c"`);
        await queryRunner.query(`DROP TABLE "audit_ratstats_draws"`);
    }

}
