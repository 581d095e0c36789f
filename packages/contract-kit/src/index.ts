export {
  type ContractSpec,
  ContractSpecError,
  type ContractSpecSource,
  type ResolveContractSpecOptions,
  resolveContractSpec,
  shippedSpec,
} from "./contract-spec.js";
export { describeSpec } from "./describe-spec.js";
export {
  type ContractSuiteResult,
  type RunContractSuiteOptions,
  runContractSuite,
} from "./run-suite.js";
