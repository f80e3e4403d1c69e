export { startSimulator } from './simulator';
export type { Fingerprints, Listener, Simulator, SimulatorOptions } from './simulator.types';
export type { SimulatorCredentials, TokenCredentials } from './auth/credentials';
export type { Fault, FaultInput, FaultKind } from './faults/fault.types';
export { FaultController } from './faults/fault-controller';
export type { Product } from './core/product';
export type { GuestSummary, NodeSummary } from './control/simulator-control';
export type { PresetName, ScenarioSpec, ResolvedScenario } from './scenario/scenario.types';
export { PRESETS, loadScenarioFile, resolveScenario } from './scenario/scenario';
