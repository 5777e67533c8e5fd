import { MigrationInterface, QueryRunner } from "typeorm";

export class RecordNotes1796399090107 implements MigrationInterface {
    name = 'RecordNotes1796399090107'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_item_notes" ("item_id" uuid NOT NULL, "notes" text NOT NULL DEFAULT '', "documentation_url" text, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90dc5488ec41e812715f39fc7aa" PRIMARY KEY ("item_id"))`);
        await queryRunner.query(`ALTER TABLE "audit_item_notes" ADD CONSTRAINT "FK_90dc5488ec41e812715f39fc7aa" FOREIGN KEY ("item_id") REFERENCES "audit_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_item_notes" ADD CONSTRAINT "FK_3669519e5607d890d5f4ae70701" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_item_notes" DROP CONSTRAINT "FK_3669519e5607d890d5f4ae70701"`);
        await queryRunner.query(`ALTER TABLE "audit_item_notes" DROP CONSTRAINT "FK_90dc5488ec41e812715f39fc7aa"`);
        await queryRunner.query(`DROP TABLE "audit_item_notes"`);
    }

}
