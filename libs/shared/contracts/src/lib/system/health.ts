/** Body of `GET /api/health`. */
export interface HealthResponse {
  /** Always `"healthy"` while the server answers. */
  status: 'healthy';
  /** Unix time in seconds when the answer was made. */
  timestamp: number;
  /** Seconds since the server started. */
  uptime: number;
  proxyInstallScriptAvailable: boolean;
  /** Present only when `PULSE_DEV_ALLOW_CONTAINER_SSH=true`. */
  devModeSSH?: boolean;
}
