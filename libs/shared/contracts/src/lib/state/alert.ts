import { IsoTime } from './common';

/** An active alert as `/api/state` lists it. */
export interface StateAlert {
  id: string;
  type: string;
  level: string;
  resourceId: string;
  resourceName: string;
  node: string;
  instance: string;
  message: string;
  value: number;
  threshold: number;
  startTime: IsoTime;
  acknowledged: boolean;
  ackTime?: IsoTime;
  ackUser?: string;
}
