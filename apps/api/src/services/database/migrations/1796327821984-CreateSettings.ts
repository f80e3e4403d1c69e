import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSettings1796327821984 implements MigrationInterface {
  name = 'CreateSettings1796327821984';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "settings" ("key" varchar(200) PRIMARY KEY NOT NULL, ` +
        `"value" text NOT NULL, "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "settings"`);
  }
}
