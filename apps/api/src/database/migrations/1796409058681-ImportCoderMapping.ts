import { MigrationInterface, QueryRunner } from "typeorm";

export class ImportCoderMapping1796409058681 implements MigrationInterface {
    name = 'ImportCoderMapping1796409058681'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" ADD "coder_mapping" jsonb`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "coder_mapping"`);
    }

}
