import { ApiProperty } from '@nestjs/swagger';
import { Length } from 'class-validator';

export class StorageIdParam {
  @ApiProperty({ example: 'main-pve1-local-lvm' })
  @Length(1, 300)
  id!: string;
}
