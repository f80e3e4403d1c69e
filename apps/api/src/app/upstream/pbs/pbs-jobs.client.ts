import { decodeList } from '../decode/shape';
import { seg } from '../http/base-url';
import { UpstreamTransport } from '../http/transport';
import { jobStatusShape, taskShape } from './pbs.decoders';
import { PbsJobStatus, PbsJobType, PbsTask, PbsTaskQuery } from './pbs.types';

/** PBS tasks and the scheduled verify, prune, sync and garbage-collection jobs. */
export class PbsJobsClient {
  constructor(private readonly transport: UpstreamTransport) {}

  tasks(query: PbsTaskQuery = {}, node = 'localhost'): Promise<PbsTask[]> {
    return this.transport.get(`/nodes/${seg(node)}/tasks`, (data) => decodeList(data, taskShape), {
      query: { ...query },
    });
  }

  verify(store?: string): Promise<PbsJobStatus[]> {
    return this.list('verify', store);
  }

  prune(store?: string): Promise<PbsJobStatus[]> {
    return this.list('prune', store);
  }

  sync(store?: string): Promise<PbsJobStatus[]> {
    return this.list('sync', store);
  }

  /** Garbage-collection schedule and last run per datastore (PBS 3.x). */
  gc(store?: string): Promise<PbsJobStatus[]> {
    return this.list('gc', store);
  }

  list(type: PbsJobType, store?: string): Promise<PbsJobStatus[]> {
    return this.transport.get(`/admin/${type}`, (data) => decodeList(data, jobStatusShape), {
      query: { store },
    });
  }
}
