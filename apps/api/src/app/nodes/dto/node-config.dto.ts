import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { NodeConfigRequest, NodeType } from '@pulse/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const NODE_TYPES: NodeType[] = ['pve', 'pbs', 'pmg'];
const FINGERPRINT = /^\s*$|^\s*([0-9a-fA-F]{2}[:\s]?){31}[0-9a-fA-F]{2}\s*$/;

/** Switches shared by create and update; each one is optional. */
class NodeFlagsDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() verifySSL?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorVMs?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorContainers?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorStorage?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorBackups?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorPhysicalDisks?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() temperatureMonitoringEnabled?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorDatastores?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorSyncJobs?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorVerifyJobs?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorPruneJobs?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorGarbageJobs?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorMailStats?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorQueues?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorQuarantine?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() monitorDomainStats?: boolean;
}

/** A node as the admin describes it when adding or testing one. */
export class NodeConfigDto extends NodeFlagsDto implements NodeConfigRequest {
  @ApiProperty({ enum: NODE_TYPES })
  @IsIn(NODE_TYPES, { message: 'type must be one of pve, pbs or pmg' })
  type!: NodeType;

  @ApiProperty({ example: 'pve-main' })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: 'https://pve1.lan:8006' })
  @IsString()
  @Length(1, 255)
  host!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) guestURL?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) user?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1024) password?: string;

  @ApiPropertyOptional({ example: 'monitor@pve!pulse' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  tokenName?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1024) tokenValue?: string;

  @ApiPropertyOptional({ example: 'AB:CD:…' })
  @IsOptional()
  @IsString()
  @Matches(FINGERPRINT, { message: 'fingerprint must be a SHA-256 fingerprint (64 hex digits)' })
  fingerprint?: string;
}

/** A partial change: fields left out, or sent empty, keep their stored values. */
export class UpdateNodeDto extends PartialType(OmitType(NodeConfigDto, ['name', 'host'] as const)) {
  @ApiPropertyOptional({ description: 'Empty keeps the stored name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ description: 'Empty keeps the stored host.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  host?: string;
}
