import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNodes1796328145454 implements MigrationInterface {
  name = 'CreateNodes1796328145454';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "node_sequences" ("type" varchar(8) PRIMARY KEY NOT NULL, ` +
        `"next" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "nodes" ("id" varchar(32) PRIMARY KEY NOT NULL, "type" varchar(8) NOT NULL, ` +
        `"seq" integer NOT NULL, "name" varchar(100) COLLATE NOCASE NOT NULL, ` +
        `"host" varchar(255) NOT NULL, "guest_url" varchar(255), "username" varchar(128), ` +
        `"password_sealed" text, "token_name" varchar(128), "token_value_sealed" text, ` +
        `"fingerprint" varchar(128), "verify_ssl" boolean NOT NULL DEFAULT (0), ` +
        `"monitoring" text NOT NULL, "is_cluster" boolean NOT NULL DEFAULT (0), ` +
        `"cluster_name" varchar(100), "cluster_endpoints" text, ` +
        `"created_at" datetime NOT NULL DEFAULT (datetime('now')), ` +
        `"updated_at" datetime NOT NULL DEFAULT (datetime('now')), ` +
        `CONSTRAINT "UQ_b8645506b68b2c103372aacc0ff" UNIQUE ("name"), ` +
        `CONSTRAINT "UQ_nodes_type_seq" UNIQUE ("type", "seq"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "nodes"`);
    await queryRunner.query(`DROP TABLE "node_sequences"`);
  }
}
