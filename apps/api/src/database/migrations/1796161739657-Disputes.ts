import { MigrationInterface, QueryRunner } from "typeorm";

export class Disputes1796161739657 implements MigrationInterface {
    name = 'Disputes1796161739657'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "dispute_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "audit_id" uuid NOT NULL, "actor_id" uuid, "actor_role" text NOT NULL, "action" text NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "rationale" text, "reference" jsonb, "next_due_at" TIMESTAMP WITH TIME ZONE, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_791ab0a705af485ff4e976fa78c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "dispute_events_action_idx" ON "dispute_events" ("action", "at") `);
        await queryRunner.query(`CREATE INDEX "dispute_events_finding_idx" ON "dispute_events" ("finding_id", "at") `);
        await queryRunner.query(`CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "outbox_unsent_idx" ON "outbox" ("created_at") WHERE sent_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "dispute_events" ADD CONSTRAINT "FK_130e58cf8203d1053326aa9923b" FOREIGN KEY ("finding_id") REFERENCES "audit_findings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dispute_events" ADD CONSTRAINT "FK_e551e67e8ae3cf256de2c1f8c5a" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outbox" ADD CONSTRAINT "FK_c7f8388eb589a8eb234c937e30c" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "FK_c7f8388eb589a8eb234c937e30c"`);
        await queryRunner.query(`ALTER TABLE "dispute_events" DROP CONSTRAINT "FK_e551e67e8ae3cf256de2c1f8c5a"`);
        await queryRunner.query(`ALTER TABLE "dispute_events" DROP CONSTRAINT "FK_130e58cf8203d1053326aa9923b"`);
        await queryRunner.query(`DROP INDEX "public"."outbox_unsent_idx"`);
        await queryRunner.query(`DROP TABLE "outbox"`);
        await queryRunner.query(`DROP INDEX "public"."dispute_events_finding_idx"`);
        await queryRunner.query(`DROP INDEX "public"."dispute_events_action_idx"`);
        await queryRunner.query(`DROP TABLE "dispute_events"`);
    }

}
