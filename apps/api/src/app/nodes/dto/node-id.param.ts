import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class NodeIdParam {
  @ApiProperty({ example: 'pve-0' })
  @Matches(/^(pve|pbs|pmg)-\d{1,9}$/, { message: 'id must look like pve-0, pbs-1 or pmg-2' })
  id!: string;
}
