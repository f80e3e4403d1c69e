import { Pipe, PipeTransform } from '@angular/core';
import {
  formatBytes,
  formatDateTime,
  formatPercent,
  formatRate,
  formatUptime,
  formatUsedOf,
} from './format';

@Pipe({ name: 'bytes' })
export class BytesPipe implements PipeTransform {
  transform(bytes: number | null | undefined): string {
    return formatBytes(bytes);
  }
}

@Pipe({ name: 'rate' })
export class RatePipe implements PipeTransform {
  transform(bytesPerSecond: number | null | undefined): string {
    return formatRate(bytesPerSecond);
  }
}

@Pipe({ name: 'uptime' })
export class UptimePipe implements PipeTransform {
  transform(seconds: number | null | undefined): string {
    return formatUptime(seconds);
  }
}

@Pipe({ name: 'percent' })
export class PercentPipe implements PipeTransform {
  transform(percent: number | null | undefined): string {
    return formatPercent(percent);
  }
}

@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(time: string | number | null | undefined): string {
    return formatDateTime(time);
  }
}

@Pipe({ name: 'usedOf' })
export class UsedOfPipe implements PipeTransform {
  transform(amounts: { used: number; total: number } | null): string | undefined {
    return formatUsedOf(amounts);
  }
}
