import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795426844491 implements MigrationInterface {
    name = 'Foundation1795426844491'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" text, "action" text NOT NULL, "entity_type" text, "entity_id" text, "ip" text, "user_agent" text, "request_id" text, "details" jsonb NOT NULL DEFAULT '{}'::jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log" ("at") `);
        await queryRunner.query(`CREATE INDEX "IDX_15a6f5aad57db494c17986ed2e" ON "audit_log" ("actor_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log" ("action") `);
        await queryRunner.query(`CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log" ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "coders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" text NOT NULL, "display_name" text NOT NULL, "team_id" uuid, "active" boolean NOT NULL DEFAULT true, "started_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d62cb374ded5f437dcbaa8eb3a9" UNIQUE ("external_id"), CONSTRAINT "PK_ac9f494ae4f19363b8f8fd224a5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_74934bf45e2914b25c5ed7fd5e" ON "coders" ("team_id") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "must_change_password" boolean NOT NULL DEFAULT false, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "coder_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "REL_488995c055b274c3e1f394557d" UNIQUE ("coder_id"), CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'supervisor', 'auditor', 'coder')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "sessions" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" text, "user_agent" text, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9cfe37d28c3b229a350e086d94" ON "sessions" ("expires_at") `);
        await queryRunner.query(`CREATE TABLE "user_teams" ("user_id" uuid NOT NULL, "team_id" uuid NOT NULL, CONSTRAINT "PK_73a4ff91e5f6ff3eae7356555ab" PRIMARY KEY ("user_id", "team_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ee838ec2b13ac600a162c20ce3" ON "user_teams" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_006715ef1e1b40852f379efe56" ON "user_teams" ("team_id") `);
        await queryRunner.query(`ALTER TABLE "coders" ADD CONSTRAINT "FK_74934bf45e2914b25c5ed7fd5e7" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_488995c055b274c3e1f394557d8" FOREIGN KEY ("coder_id") REFERENCES "coders"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_teams" ADD CONSTRAINT "FK_ee838ec2b13ac600a162c20ce33" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "user_teams" ADD CONSTRAINT "FK_006715ef1e1b40852f379efe567" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_teams" DROP CONSTRAINT "FK_006715ef1e1b40852f379efe567"`);
        await queryRunner.query(`ALTER TABLE "user_teams" DROP CONSTRAINT "FK_ee838ec2b13ac600a162c20ce33"`);
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_488995c055b274c3e1f394557d8"`);
        await queryRunner.query(`ALTER TABLE "coders" DROP CONSTRAINT "FK_74934bf45e2914b25c5ed7fd5e7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_006715ef1e1b40852f379efe56"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ee838ec2b13ac600a162c20ce3"`);
        await queryRunner.query(`DROP TABLE "user_teams"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9cfe37d28c3b229a350e086d94"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_74934bf45e2914b25c5ed7fd5e"`);
        await queryRunner.query(`DROP TABLE "coders"`);
        await queryRunner.query(`DROP TABLE "teams"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_43fef0ec7f613c19c612fffe62"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_15a6f5aad57db494c17986ed2e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
